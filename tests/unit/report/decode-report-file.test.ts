import { decodeReportFile, firstInvalidUtf8Offset } from "@/lib/claims/decode-report-file";

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("decodeReportFile", () => {
  test("decodes UTF-8 text with curly quotes, Cyrillic and emoji intact", () => {
    const text = " date 2023-11-17 “Купянськ” is under fire 🔥 — Ukraine’s army said.";
    expect(decodeReportFile(utf8(text))).toEqual({ ok: true, text });
  });

  test("strips a UTF-8 byte-order mark", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("Report text.")]);
    expect(decodeReportFile(bytes)).toEqual({ ok: true, text: "Report text." });
  });

  test("rejects an empty file", () => {
    expect(decodeReportFile(new Uint8Array())).toEqual({ ok: false, code: "EMPTY", message: "file is empty" });
  });

  test("rejects a file of only whitespace, including a BOM and non-breaking spaces", () => {
    const result = decodeReportFile(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(" \n\t\r\n\u00a0 ")]));
    expect(result).toMatchObject({ ok: false, code: "WHITESPACE", message: "file contains only whitespace" });
  });

  test("rejects binary content with the offset of the NUL byte", () => {
    const result = decodeReportFile(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    expect(result).toMatchObject({ ok: false, code: "BINARY" });
    if (!result.ok) expect(result.message).toBe("file looks binary (NUL byte at offset 4); import plain-text .txt files only");
  });

  test("rejects Latin-1 text and names the offset of the first bad byte", () => {
    // "Café in Kupiansk" in ISO-8859-1: é is the single byte 0xE9.
    const bytes = new Uint8Array([...utf8("Caf"), 0xe9, ...utf8(" in Kupiansk")]);
    const result = decodeReportFile(bytes);
    expect(result).toEqual({
      ok: false,
      code: "NOT_UTF8",
      message: "file is not UTF-8 text (invalid byte at offset 3); re-save it as UTF-8",
    });
  });

  test("rejects UTF-16 text as not UTF-8 rather than binary", () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42, 0x00]);
    expect(decodeReportFile(bytes)).toMatchObject({ ok: false, code: "NOT_UTF8" });
  });

  test("rejects a file over the limit and names the limit in MB", () => {
    const bytes = new Uint8Array(6 * 1024 * 1024).fill(0x61);
    const result = decodeReportFile(bytes);
    expect(result).toMatchObject({ ok: false, code: "TOO_LARGE" });
    if (!result.ok) expect(result.message).toBe("file is 6 MB, over the 5 MB limit; split it into smaller files");
  });

  test("honours a configured limit", () => {
    const result = decodeReportFile(utf8("x".repeat(2000)), { maxBytes: 1024 * 1024 * 0.0015 });
    expect(result).toMatchObject({ ok: false, code: "TOO_LARGE" });
    expect(decodeReportFile(utf8("x".repeat(2000)), { maxBytes: 2000 })).toMatchObject({ ok: true });
  });
});

describe("firstInvalidUtf8Offset", () => {
  test.each([
    ["valid multi-byte text", utf8("Купянськ 🔥 ’"), -1],
    ["a lone continuation byte", new Uint8Array([0x41, 0x80]), 1],
    ["an overlong encoding", new Uint8Array([0x41, 0xc0, 0xaf]), 1],
    ["a UTF-16 surrogate", new Uint8Array([0xed, 0xa0, 0x80]), 0],
    ["a truncated sequence", new Uint8Array([0x41, 0x42, 0xe2, 0x80]), 2],
  ])("%s", (_name, bytes, offset) => {
    expect(firstInvalidUtf8Offset(bytes)).toBe(offset);
  });
});
