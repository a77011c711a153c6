import { requireRole } from "@/lib/auth/session";
import { serverEnv } from "@/lib/env";
import { AppError, errorResponse } from "@/lib/errors";
import { importReports, type TImportFile } from "@/lib/reports/import-reports";

export const dynamic = "force-dynamic";

// multipart/form-data with one or more `files`; answers NDJSON: one line per file as it is
// done, then the summary, so the page can show progress on long batches.
export async function POST(request: Request) {
  try {
    const user = await requireRole("admin");
    const form = await request.formData().catch(() => {
      throw new AppError("INVALID_INPUT", "Send the reports as multipart/form-data with a `files` field.");
    });
    const uploads = form.getAll("files").filter((value): value is File => value instanceof File);
    if (uploads.length === 0) throw new AppError("INVALID_INPUT", "No files were sent.");
    const { IMPORT_MAX_BYTES: maxBytes } = serverEnv();
    const files: TImportFile[] = await Promise.all(
      uploads.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
    );
    const encoder = new TextEncoder();
    const stream = new ReadableStream({
      async start(controller) {
        const send = (line: unknown) => controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
        try {
          const summary = await importReports({
            files,
            actor: { userId: user.id, source: "web" },
            maxBytes,
            onProgress: (result, done, total) => send({ type: "file", result, done, total }),
          });
          send({ type: "summary", ...summary });
        } catch (error) {
          send({ type: "error", message: error instanceof Error ? error.message : String(error) });
        }
        controller.close();
      },
    });
    return new Response(stream, { headers: { "content-type": "application/x-ndjson; charset=utf-8" } });
  } catch (error) {
    return errorResponse(error);
  }
}
