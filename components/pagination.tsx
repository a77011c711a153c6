import Link from "next/link";

export function Pagination({ page, pageSize, total, href }: { page: number; pageSize: number; total: number; href: (page: number) => string }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages === 1) return null;
  const link = "rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100";
  return (
    <nav aria-label="Pagination" className="mt-4 flex items-center gap-3 text-sm">
      {page > 1 && <Link className={link} href={href(page - 1)} rel="prev">Previous</Link>}
      <span className="text-slate-600">Page {page} of {pages}</span>
      {page < pages && <Link className={link} href={href(page + 1)} rel="next">Next</Link>}
    </nav>
  );
}
