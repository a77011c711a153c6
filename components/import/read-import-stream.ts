import type { TFileResult, TImportSummary } from "@/lib/reports/import-reports";

export type TImportLine =
  | { type: "file"; result: TFileResult; done: number; total: number }
  | ({ type: "summary" } & TImportSummary)
  | { type: "error"; message: string };

/** Reads the NDJSON lines of POST /api/import as they arrive. */
export async function readImportStream(body: ReadableStream<Uint8Array>, onLine: (line: TImportLine) => void): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    const lines = buffer.split("\n");
    buffer = lines.pop() ?? "";
    for (const line of lines) if (line.trim()) onLine(JSON.parse(line) as TImportLine);
  }
  if (buffer.trim()) onLine(JSON.parse(buffer) as TImportLine);
}
