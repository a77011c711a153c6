// Reads the gold set from disk and resolves every quote's occurrence to offsets in the file text.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { ZGoldAnnotation, type TGoldClaim, type TGoldTrap } from "./gold-schema";
import type { Split } from "./score-extraction";

export const GOLD_DIR = path.join(__dirname, "..", "..", "tests", "fixtures", "gold");

export type LocatedGoldClaim = TGoldClaim & { start: number; end: number };
export type LocatedGoldTrap = TGoldTrap & { start: number; end: number };

export type GoldReport = {
  name: string;
  file: string;
  split: Split;
  publishedAt: string | null;
  text: string;
  claims: LocatedGoldClaim[];
  traps: LocatedGoldTrap[];
};

/** Offset of the n-th (1-based) occurrence of `quote`, counting overlapping matches; -1 if absent. */
export function findOccurrence(text: string, quote: string, occurrence: number): number {
  let index = -1;
  for (let seen = 0; seen < occurrence; seen++) {
    index = text.indexOf(quote, index + 1);
    if (index < 0) return -1;
  }
  return index;
}

export function locate<T extends { quote: string; occurrence: number }>(text: string, item: T, where: string): T & { start: number; end: number } {
  const start = findOccurrence(text, item.quote, item.occurrence);
  if (start < 0) throw new Error(`${where}: quote ${JSON.stringify(item.quote)} has no occurrence ${item.occurrence}`);
  return { ...item, start, end: start + item.quote.length };
}

export function loadGoldReport(annotationPath: string, goldDir: string = GOLD_DIR): GoldReport {
  const annotation = ZGoldAnnotation.parse(JSON.parse(readFileSync(annotationPath, "utf8")));
  const text = readFileSync(path.join(goldDir, annotation.file), "utf8");
  const where = path.basename(annotationPath);
  return {
    name: path.basename(annotation.file, ".txt"),
    file: annotation.file,
    split: annotation.split,
    publishedAt: annotation.publishedAt,
    text,
    claims: annotation.claims.map((claim) => locate(text, claim, where)),
    traps: annotation.traps.map((trap) => locate(text, trap, where)),
  };
}

export function loadGoldSet(goldDir: string = GOLD_DIR): GoldReport[] {
  const dir = path.join(goldDir, "annotations");
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => loadGoldReport(path.join(dir, name), goldDir));
}
