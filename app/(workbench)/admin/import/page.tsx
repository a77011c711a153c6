import type { Metadata } from "next";
import { ImportBatches } from "@/components/import/import-batches";
import { ImportForm } from "@/components/import/import-form";
import { guardPage } from "@/lib/auth/guard-page";
import { listImportBatches } from "@/lib/reports/list-import-batches";

export const metadata: Metadata = { title: "Import reports" };

export default async function ImportPage() {
  const { batches, reportCount } = await guardPage(() => listImportBatches());
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">Import reports</h1>
      <p className="mt-1 text-sm text-slate-600">
        Plain-text files, one report per file (UTF-8, optional first line <code> date YYYY-MM-DD</code>). Site boilerplate is removed,
        digests are split into one report per story, and the same content twice is skipped as a duplicate.
      </p>
      <ImportForm hasReports={reportCount > 0} />
      <ImportBatches batches={batches} />
    </>
  );
}
