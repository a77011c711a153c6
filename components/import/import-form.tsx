"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { TFileResult } from "@/lib/reports/import-reports";
import { filesFromDrop } from "./files-from-drop";
import { readImportStream } from "./read-import-stream";

type Row = { name: string; status: "waiting" | TFileResult["status"]; reason?: string; reports: TFileResult["reports"] };

const STATUS_STYLE: Record<Row["status"], string> = {
  waiting: "text-slate-500",
  created: "text-emerald-700",
  duplicate: "text-amber-700",
  rejected: "text-red-700",
};

export function ImportForm({ hasReports }: { hasReports: boolean }) {
  const router = useRouter();
  const [rows, setRows] = useState<Row[]>([]);
  const [isBusy, setIsBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [isDragging, setIsDragging] = useState(false);

  async function upload(list: File[]) {
    // From a folder only .txt files are reports; a single file picked by hand is tried whatever its name.
    const files = list.filter((file) => file.name.toLowerCase().endsWith(".txt") || list.length === 1);
    if (files.length === 0) return setMessage("No .txt files in what you picked.");
    const pathOf = (file: File) => file.webkitRelativePath || file.name;
    setRows(files.map((file) => ({ name: pathOf(file), status: "waiting", reports: [] })));
    setMessage(null);
    setIsBusy(true);
    const body = new FormData();
    for (const file of files) body.append("files", file, pathOf(file));
    try {
      const response = await fetch("/api/import", { method: "POST", body });
      if (!response.ok || !response.body) {
        const error = await response.json().catch(() => ({ message: response.statusText }));
        throw new Error(error.message);
      }
      await readImportStream(response.body, (line) => {
        if (line.type === "file") {
          setRows((current) => current.map((row, index) => (index === line.done - 1 ? { ...row, ...line.result, name: row.name } : row)));
        } else if (line.type === "summary") {
          setMessage(`${line.created} created, ${line.duplicates} duplicates, ${line.rejected} rejected.${line.suggestionsError ? ` Note: ${line.suggestionsError}` : ""}`);
        } else {
          setMessage(`Import stopped: ${line.message}`);
        }
      });
      router.refresh();
    } catch (error) {
      setMessage(`Import failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setIsBusy(false);
    }
  }

  async function loadSamples() {
    setIsBusy(true);
    const response = await fetch("/api/import/samples", { method: "POST" });
    const summary = await response.json();
    setMessage(response.ok ? `Loaded ${summary.created} sample files.` : summary.message);
    setIsBusy(false);
    router.refresh();
  }

  const done = rows.filter((row) => row.status !== "waiting").length;
  return (
    <section className="mt-6 rounded-lg border border-slate-200 bg-white p-6">
      <div
        onDragOver={(event) => { event.preventDefault(); setIsDragging(true); }}
        onDragLeave={() => setIsDragging(false)}
        onDrop={(event) => { event.preventDefault(); setIsDragging(false); void filesFromDrop(event.dataTransfer).then(upload); }}
        className={`rounded-md border-2 border-dashed p-6 text-center text-sm ${isDragging ? "border-blue-500 bg-blue-50" : "border-slate-300"}`}
      >
        <p className="text-slate-700">Drop report files here, or</p>
        <div className="mt-3 flex justify-center gap-3">
          <label className="cursor-pointer rounded-md bg-slate-900 px-3 py-1.5 font-medium text-white focus-within:outline-2 hover:bg-slate-700">
            Choose files
            <input type="file" name="files" multiple accept=".txt,text/plain" className="sr-only" disabled={isBusy}
              onChange={(event) => void upload(Array.from(event.target.files ?? []))} />
          </label>
          <label className="cursor-pointer rounded-md border border-slate-300 px-3 py-1.5 font-medium focus-within:outline-2 hover:bg-slate-100">
            Choose a folder
            <input type="file" multiple className="sr-only" disabled={isBusy}
              ref={(input) => input?.setAttribute("webkitdirectory", "")}
              onChange={(event) => void upload(Array.from(event.target.files ?? []))} />
          </label>
          {!hasReports && (
            <button type="button" onClick={() => void loadSamples()} disabled={isBusy}
              className="rounded-md border border-slate-300 px-3 py-1.5 font-medium hover:bg-slate-100 disabled:opacity-60">
              Load sample reports
            </button>
          )}
        </div>
      </div>
      {rows.length > 0 && (
        <div className="mt-4">
          <div className="flex items-center gap-3 text-sm">
            <progress max={rows.length} value={done} className="h-2 w-48" aria-label="Import progress" />
            <span className="tabular-nums text-slate-600">{done} of {rows.length} files</span>
          </div>
          <ul className="mt-3 divide-y divide-slate-100 text-sm" aria-label="Import results">
            {rows.map((row, index) => (
              <li key={`${row.name}-${index}`} className="flex gap-3 py-1.5">
                <span className={`w-20 shrink-0 font-medium ${STATUS_STYLE[row.status]}`}>{row.status}</span>
                <span className="font-mono text-xs leading-5">{row.name}</span>
                {row.reason && <span className="text-red-700">{row.reason}</span>}
                {row.reports.map((report) => (
                  <Link key={report.id} href={`/reports/${report.id}`} className="text-blue-700 hover:underline">{report.title}</Link>
                ))}
              </li>
            ))}
          </ul>
        </div>
      )}
      {message && <p role="status" className="mt-3 text-sm font-medium">{message}</p>}
    </section>
  );
}
