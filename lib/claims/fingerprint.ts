// Exact duplicates by content hash; syndicated near-copies by MinHash over word shingles, with LSH
// band keys so the importer looks up candidate copies by key instead of comparing all pairs.
import { createHash } from "node:crypto";

export const DEFAULT_SHINGLE_SIZE = 5;
export const DEFAULT_HASHES = 128;
/** 32 bands of 4 rows: a pair at similarity 0.8 (Jaccard 0.67) shares a band with p > 0.999. */
export const DEFAULT_BANDS = 32;
/**
 * Two texts are near copies when at least 80% of their 5-word shingles are shared
 * (Sørensen–Dice, 2|A∩B| / (|A| + |B|)). A wire story with a rewritten intro and one changed
 * sentence scores about 0.85; two different stories on the same events score below 0.1.
 */
export const NEAR_COPY_THRESHOLD = 0.8;

export function normalizeContent(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** sha256 hex of the normalized content: equal hashes mean the same report imported twice. */
export function contentHash(body: string): string {
  return createHash("sha256").update(normalizeContent(body), "utf8").digest("hex");
}

export type MinhashOptions = { shingleSize?: number; hashes?: number };

const WORD = /[\p{L}\p{N}]+/gu;
const EMPTY_SLOT = 0xffffffff;

export function minhashSignature(
  text: string,
  { shingleSize = DEFAULT_SHINGLE_SIZE, hashes = DEFAULT_HASHES }: MinhashOptions = {},
): Uint32Array {
  const words = (normalizeContent(text).match(WORD) ?? []).map(fnv1a);
  const signature = new Uint32Array(hashes).fill(EMPTY_SLOT);
  if (words.length === 0) return signature;
  const seeds = seedsFor(hashes);
  const size = Math.min(shingleSize, words.length);
  for (let start = 0; start + size <= words.length; start++) {
    let shingle = 0x9747b28c;
    for (let k = 0; k < size; k++) shingle = Math.imul(shingle ^ words[start + k], 0x01000193);
    for (let i = 0; i < hashes; i++) {
      const value = fmix32(shingle ^ seeds[i]);
      if (value < signature[i]) signature[i] = value;
    }
  }
  return signature;
}

/** Estimated Jaccard similarity of the shingle sets: the share of signature slots that agree. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length || a.length === 0) {
    throw new RangeError(`signatures differ in length (${a.length} vs ${b.length})`);
  }
  let equal = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) equal++;
  return equal / a.length;
}

/** Estimated Sørensen–Dice similarity of the shingle sets, in [0, 1]; compare with isNearCopy. */
export function estimateSimilarity(a: Uint32Array, b: Uint32Array): number {
  const jaccard = estimateJaccard(a, b);
  return (2 * jaccard) / (1 + jaccard);
}

export function isNearCopy(similarity: number): boolean {
  return similarity >= NEAR_COPY_THRESHOLD;
}

/** One key per band ("07:9f3a…"); reports sharing any key are candidate copies to verify. */
export function lshBands(signature: Uint32Array, bands: number = DEFAULT_BANDS): string[] {
  if (!Number.isInteger(bands) || bands <= 0 || signature.length % bands !== 0) {
    throw new RangeError(`${signature.length} hashes cannot be split into ${bands} equal bands`);
  }
  const rows = signature.length / bands;
  const keys: string[] = [];
  for (let band = 0; band < bands; band++) {
    let h1 = 0x811c9dc5;
    let h2 = 0x2545f491;
    for (let r = 0; r < rows; r++) {
      const value = signature[band * rows + r];
      h1 = fmix32(Math.imul(h1 ^ value, 0x01000193));
      h2 = fmix32((h2 + Math.imul(value, 0x85ebca6b)) | 0);
    }
    keys.push(`${String(band).padStart(2, "0")}:${hex8(h1)}${hex8(h2)}`);
  }
  return keys;
}

function fnv1a(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** MurmurHash3's finalizer: a cheap bijective mix of 32 bits. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const seedCache = new Map<number, Uint32Array>();

/** Fixed seeds from splitmix32, so signatures are identical across processes and releases. */
function seedsFor(count: number): Uint32Array {
  let seeds = seedCache.get(count);
  if (seeds) return seeds;
  seeds = new Uint32Array(count);
  let state = 0x2f6b7a1d;
  for (let i = 0; i < count; i++) {
    state = (state + 0x9e3779b9) | 0;
    seeds[i] = fmix32(state);
  }
  seedCache.set(count, seeds);
  return seeds;
}

function hex8(n: number): string {
  return (n >>> 0).toString(16).padStart(8, "0");
}
