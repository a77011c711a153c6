import Link from "next/link";

export default function ReportNotFound() {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-8">
      <h1 className="text-xl font-semibold">Report not found</h1>
      <p className="mt-2 text-sm text-slate-600">It may have been removed, or the link is wrong.</p>
      <Link href="/reports" className="mt-4 inline-block text-sm text-blue-700 hover:underline">Back to reports</Link>
    </div>
  );
}
