import Link from "next/link";
import type { TFileResult } from "@/lib/reports/import-reports";

type Batch = {
  id: string;
  source: string;
  createdAt: Date;
  fileCount: number;
  createdCount: number;
  duplicateCount: number;
  rejectedCount: number;
  results: TFileResult[];
  user: { name: string; email: string } | null;
};

export function ImportBatches({ batches }: { batches: Batch[] }) {
  return (
    <section className="mt-8">
      <h2 className="text-lg font-semibold">Import history</h2>
      {batches.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">No imports yet.</p>
      ) : (
        <ul className="mt-3 space-y-2">
          {batches.map((batch) => (
            <li key={batch.id} className="rounded-md border border-slate-200 bg-white text-sm">
              <details>
                <summary className="cursor-pointer px-4 py-2">
                  <span className="tabular-nums">{batch.createdAt.toISOString().slice(0, 16).replace("T", " ")}</span>{" "}
                  · {batch.user?.name ?? (batch.source === "seed" ? "sample reports" : "command line")} · {batch.fileCount} files:{" "}
                  <span className="text-emerald-700">{batch.createdCount} created</span>,{" "}
                  <span className="text-amber-700">{batch.duplicateCount} duplicates</span>,{" "}
                  <span className="text-red-700">{batch.rejectedCount} rejected</span>
                </summary>
                <ul className="border-t border-slate-100 px-4 py-2">
                  {batch.results.map((result, index) => (
                    <li key={index} className="py-0.5">
                      <span className="font-mono text-xs">{result.file}</span> — {result.status}
                      {result.reason && <span className="text-red-700">: {result.reason}</span>}
                      {result.reports.map((report) => (
                        <Link key={report.id} href={`/reports/${report.id}`} className="ml-2 text-blue-700 hover:underline">{report.title}</Link>
                      ))}
                    </li>
                  ))}
                </ul>
              </details>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
