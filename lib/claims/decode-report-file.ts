// Turns the bytes of one uploaded or read file into report text, or says in plain words why not.
// Pure: the caller reads the file and puts its name in front of the message.

export const DEFAULT_MAX_REPORT_BYTES = 5 * 1024 * 1024;

export type DecodeReportFileErrorCode = "EMPTY" | "WHITESPACE" | "BINARY" | "NOT_UTF8" | "TOO_LARGE";

export type DecodeReportFileResult =
  | { ok: true; text: string }
  | { ok: false; code: DecodeReportFileErrorCode; message: string };

export type DecodeReportFileOptions = { maxBytes?: number };

const MB = 1024 * 1024;

export function decodeReportFile(
  bytes: Uint8Array,
  { maxBytes = DEFAULT_MAX_REPORT_BYTES }: DecodeReportFileOptions = {},
): DecodeReportFileResult {
  if (bytes.length === 0) return fail("EMPTY", "file is empty");
  if (bytes.length > maxBytes) {
    return fail(
      "TOO_LARGE",
      `file is ${formatMb(bytes.length)} MB, over the ${formatMb(maxBytes)} MB limit; split it into smaller files`,
    );
  }
  if (isUtf16Bom(bytes)) {
    return fail("NOT_UTF8", "file is UTF-16 text, not UTF-8; re-save it as UTF-8");
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return fail("BINARY", `file looks binary (NUL byte at offset ${nul}); import plain-text .txt files only`);
  }
  let text: string;
  try {
    // The decoder drops a leading UTF-8 byte-order mark (ignoreBOM is false by default).
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8Offset(bytes);
    return fail("NOT_UTF8", `file is not UTF-8 text (invalid byte at offset ${offset}); re-save it as UTF-8`);
  }
  if (text.trim() === "") return fail("WHITESPACE", "file contains only whitespace");
  return { ok: true, text };
}

function fail(code: DecodeReportFileErrorCode, message: string): DecodeReportFileResult {
  return { ok: false, code, message };
}

function formatMb(bytes: number): string {
  const mb = bytes / MB;
  return Number.isInteger(mb) ? String(mb) : mb.toFixed(mb < 0.1 ? 3 : 1);
}

function isUtf16Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}

/** Offset of the first byte that breaks UTF-8 (RFC 3629: no overlongs, no surrogates, max U+10FFFF). */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let need: number;
    let min = 0x80;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) min = 0xa0;
      if (b === 0xed) max = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) min = 0x90;
      if (b === 0xf4) max = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      const lo = k === 1 ? min : 0x80;
      const hi = k === 1 ? max : 0xbf;
      if (c === undefined || c < lo || c > hi) return i;
    }
    i += need + 1;
  }
  return -1;
}
