import "server-only";
import { prisma } from "@/lib/db";

export type TEvidence = {
  claimId: string;
  relation: "agrees" | "conflicts" | "near";
  reason: string;
  other: { id: string; quote: string; report: { id: string; title: string; outlet: string | null; publishedAt: Date | null } };
};

/**
 * The stored pair relations of these claims, read from both ends: agreement and conflict are
 * stored once per pair, near misses on the claim they are shown for. Only current claims are
 * shown on the other end (relations have no foreign keys; see the schema). Callers check the session.
 */
export async function listClaimEvidence(claimIds: string[]): Promise<Map<string, TEvidence[]>> {
  const rows = await prisma.claimRelation.findMany({
    where: { OR: [{ claimId: { in: claimIds } }, { otherClaimId: { in: claimIds }, relation: { not: "near" } }] },
    select: { claimId: true, otherClaimId: true, relation: true, reason: true },
  });
  const wanted = new Set(claimIds);
  // Each relation seen from the wanted end: [the claim it is shown for, the claim on the other end].
  const ends = rows.flatMap((row) => [
    ...(wanted.has(row.claimId) ? [{ row, claimId: row.claimId, otherId: row.otherClaimId }] : []),
    ...(wanted.has(row.otherClaimId) && row.relation !== "near" ? [{ row, claimId: row.otherClaimId, otherId: row.claimId }] : []),
  ]);
  const others = await prisma.claim.findMany({
    where: { id: { in: [...new Set(ends.map((end) => end.otherId))] }, isCurrent: true },
    select: { id: true, quote: true, report: { select: { id: true, title: true, outlet: true, publishedAt: true } } },
  });
  const otherById = new Map(others.map((other) => [other.id, other]));
  const byClaim = new Map<string, TEvidence[]>();
  for (const { row, claimId, otherId } of ends) {
    const other = otherById.get(otherId);
    if (!other) continue;
    const list = byClaim.get(claimId);
    const evidence = { claimId, relation: row.relation, reason: row.reason, other };
    if (list) list.push(evidence);
    else byClaim.set(claimId, [evidence]);
  }
  const order = { conflicts: 0, agrees: 1, near: 2 };
  for (const list of byClaim.values()) list.sort((a, b) => order[a.relation] - order[b.relation]);
  return byClaim;
}
