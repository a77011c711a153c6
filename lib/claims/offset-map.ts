// A report body is the file text with spans deleted, never rewritten, so every body character is
// a file character and body -> file offsets are piecewise linear: one segment per kept run.

export type OffsetSegment = { bodyStart: number; fileStart: number; length: number };

export type BodyView = { body: string; segments: OffsetSegment[] };

/** Concatenates the kept characters (keep[i] === 1) of text, remembering where each run came from. */
export function buildBody(text: string, keep: Uint8Array): BodyView {
  const segments: OffsetSegment[] = [];
  const parts: string[] = [];
  let bodyLength = 0;
  let i = 0;
  while (i < text.length) {
    if (!keep[i]) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && keep[i]) i++;
    segments.push({ bodyStart: bodyLength, fileStart: start, length: i - start });
    parts.push(text.slice(start, i));
    bodyLength += i - start;
  }
  return { body: parts.join(""), segments };
}

/**
 * Maps a body offset to its file offset by binary search. Offset body.length maps just past the
 * last character; an end offset e inside the body maps to the start of character e, so map a
 * span's end as toFileOffset(end - 1) + 1 to keep it tight across deleted spans.
 */
export function makeOffsetMapper(segments: OffsetSegment[], bodyLength: number): (bodyOffset: number) => number {
  return (bodyOffset) => {
    if (!Number.isInteger(bodyOffset) || bodyOffset < 0 || bodyOffset > bodyLength) {
      throw new RangeError(`body offset ${bodyOffset} is outside 0..${bodyLength}`);
    }
    if (segments.length === 0) return 0;
    let lo = 0;
    let hi = segments.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segments[mid].bodyStart <= bodyOffset) lo = mid;
      else hi = mid - 1;
    }
    const segment = segments[lo];
    return segment.fileStart + (bodyOffset - segment.bodyStart);
  };
}

/**
 * Deletes (in keep) the whitespace a reader would not miss: all of it at both ends, and inside
 * each run of kept whitespace everything but one space, one line break or one blank line.
 */
export function tidyWhitespace(text: string, keep: Uint8Array): void {
  let run: number[] = [];
  let seenText = false;
  const flush = (atEdge: boolean) => {
    if (run.length === 0) return;
    const survivors = atEdge ? [] : pickSurvivors(text, run);
    for (const index of run) keep[index] = 0;
    for (const index of survivors) keep[index] = 1;
    run = [];
  };
  for (let i = 0; i < text.length; i++) {
    if (!keep[i]) continue;
    if (isSpace(text.charCodeAt(i))) {
      run.push(i);
      continue;
    }
    flush(!seenText);
    seenText = true;
  }
  flush(true);
}

function pickSurvivors(text: string, run: number[]): number[] {
  const newlines = run.filter((index) => text.charCodeAt(index) === 10);
  if (newlines.length > 0) return newlines.slice(0, 2);
  if (run.length === 1) return run;
  return [run.find((index) => text.charCodeAt(index) === 32) ?? run[0]];
}

export function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * The body -> raw map of a parsed report as [bodyStart, rawStart, length] runs, rawStart relative
 * to the report's own raw text: what the database stores so a reviewer can go back to the source.
 */
export function bodyToRawRuns(report: { body: string; rawStart: number; toFileOffset: (bodyOffset: number) => number }): [number, number, number][] {
  const runs: [number, number, number][] = [];
  for (let i = 0; i < report.body.length; i++) {
    const raw = report.toFileOffset(i) - report.rawStart;
    const last = runs.at(-1);
    if (last && last[1] + last[2] === raw && last[0] + last[2] === i) last[2] += 1;
    else runs.push([i, raw, 1]);
  }
  return runs;
}
