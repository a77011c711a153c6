// Syndicated and near-copied reports share a copy group: their claims never corroborate each other.
// Candidates come from LSH band keys, so reports are never compared all against all.
import { estimateSimilarity, isNearCopy, lshBands, minhashSignature } from "../fingerprint";

/** One group id per text: the index (as a string) of the first text of its group. */
export function findCopyGroups(texts: string[]): string[] {
  const signatures = texts.map((text) => minhashSignature(text));
  const parent = texts.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const byBand = new Map<string, number[]>();
  signatures.forEach((signature, i) => {
    for (const key of lshBands(signature)) {
      const seen = byBand.get(key);
      if (!seen) {
        byBand.set(key, [i]);
        continue;
      }
      for (const j of seen) {
        if (find(i) !== find(j) && isNearCopy(estimateSimilarity(signature, signatures[j]))) {
          const [a, b] = [find(i), find(j)];
          parent[Math.max(a, b)] = Math.min(a, b);
        }
      }
      seen.push(i);
    }
  });
  return texts.map((_, i) => String(find(i)));
}
