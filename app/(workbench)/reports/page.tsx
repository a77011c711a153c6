import type { Metadata } from "next";
import Link from "next/link";
import { formatDay } from "@/components/format-date";
import { Pagination } from "@/components/pagination";
import { REPORTS_PAGE_SIZE, listReports } from "@/lib/reports/list-reports";

export const metadata: Metadata = { title: "Reports" };

export default async function ReportsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const page = Math.max(1, Number((await searchParams).page) || 1);
  const { rows, total } = await listReports({ page });
  return (
    <>
      <div className="flex items-baseline justify-between">
        <h1 className="text-2xl font-semibold tracking-tight">Reports</h1>
        <p className="text-sm text-slate-600">{total} {total === 1 ? "report" : "reports"}</p>
      </div>
      {rows.length === 0 ? (
        <div className="mt-8 rounded-lg border border-dashed border-slate-300 bg-white p-10 text-center text-slate-600">
          <p className="font-medium text-slate-800">No reports yet.</p>
          <p className="mt-1 text-sm">An admin can import plain-text reports from the Import page or with <code>npm run import</code>.</p>
        </div>
      ) : (
        <table className="mt-6 w-full overflow-hidden rounded-lg border border-slate-200 bg-white text-sm">
          <thead className="bg-slate-100 text-left text-slate-600">
            <tr>
              <th scope="col" className="px-4 py-2 font-medium">Title</th>
              <th scope="col" className="px-4 py-2 font-medium">Outlet</th>
              <th scope="col" className="px-4 py-2 font-medium">Published</th>
              <th scope="col" className="px-4 py-2 text-right font-medium">Claims</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((report) => (
              <tr key={report.id} className="border-t border-slate-100 hover:bg-slate-50">
                <td className="px-4 py-2">
                  <Link href={`/reports/${report.id}`} className="text-blue-700 hover:underline">{report.title}</Link>
                </td>
                <td className="px-4 py-2 text-slate-700">{report.outlet ?? "—"}</td>
                <td className="whitespace-nowrap px-4 py-2 tabular-nums text-slate-700">{formatDay(report.publishedAt)}</td>
                <td className="px-4 py-2 text-right tabular-nums">{report.claimCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination page={page} pageSize={REPORTS_PAGE_SIZE} total={total} href={(p) => `/reports?page=${p}`} />
    </>
  );
}
