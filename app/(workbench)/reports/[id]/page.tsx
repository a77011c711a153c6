import type { Metadata } from "next";
import Link from "next/link";
import { formatDay } from "@/components/format-date";
import { ClaimsTable } from "@/components/claims-table";
import { HighlightedBody } from "@/components/highlighted-body";
import { guardPage } from "@/lib/auth/guard-page";
import { getReport } from "@/lib/reports/get-report";

export const metadata: Metadata = { title: "Report" };

export default async function ReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const report = await guardPage(() => getReport({ id }));
  return (
    <article className="rounded-lg border border-slate-200 bg-white p-8">
      <Link href="/reports" className="text-sm text-blue-700 hover:underline">← All reports</Link>
      <h1 className="mt-3 text-2xl font-semibold tracking-tight">{report.title}</h1>
      <p className="mt-1 text-sm text-slate-600">
        {report.outlet ?? "Unknown outlet"} · {formatDay(report.publishedAt)} · {report.claims.length} claims
        {report.sourceFile && <> · <span className="font-mono text-xs">{report.sourceFile}</span></>}
      </p>
      {report.copyOf && (
        <p className="mt-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800">
          Near-copy of <Link className="underline" href={`/reports/${report.copyOf.id}`}>{report.copyOf.title}</Link>: not independent evidence.
        </p>
      )}
      <div className="mt-6">
        <HighlightedBody body={report.body} claims={report.claims} />
      </div>
      <section className="mt-10" aria-labelledby="claims-heading">
        <h2 id="claims-heading" className="mb-2 text-lg font-semibold">Claims</h2>
        <ClaimsTable claims={report.claims} />
      </section>
    </article>
  );
}
