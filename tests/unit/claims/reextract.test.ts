import { extractClaims } from "@/lib/claims/extract";
import { matchReviewedClaims } from "@/lib/claims/reextract";

test("reviews stay on claims whose quote and offsets are unchanged", () => {
  const text = "Russia launched 72 drones and 3 missiles. Air defences shot down 47 of the 72 drones.";
  const fresh = extractClaims(text);
  const stored = [
    { id: "a", quote: "72 drones", start: fresh[0].start, end: fresh[0].end },
    { id: "b", quote: "3 missile", start: fresh[1].start, end: fresh[1].end - 1 }, // an older, shorter quote
  ];
  const matches = matchReviewedClaims(stored, fresh);
  expect(matches.get(0)).toBe("a");
  expect([...matches.values()]).not.toContain("b");
});
