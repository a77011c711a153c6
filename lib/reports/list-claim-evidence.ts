import "server-only";
import { prisma } from "@/lib/db";

export type TEvidence = {
  claimId: string;
  relation: "agrees" | "conflicts" | "near";
  reason: string;
  other: { id: string; quote: string; report: { id: string; title: string; outlet: string | null; publishedAt: Date | null } };
};

const OTHER = { select: { id: true, quote: true, isCurrent: true, report: { select: { id: true, title: true, outlet: true, publishedAt: true } } } } as const;

/**
 * The stored pair relations of these claims, read from both ends: agreement and conflict are
 * stored once per pair, near misses on the claim they are shown for. Callers check the session.
 */
export async function listClaimEvidence(claimIds: string[]): Promise<Map<string, TEvidence[]>> {
  const rows = await prisma.claimRelation.findMany({
    where: { OR: [{ claimId: { in: claimIds } }, { otherClaimId: { in: claimIds }, relation: { not: "near" } }] },
    select: { claimId: true, otherClaimId: true, relation: true, reason: true, claim: OTHER, otherClaim: OTHER },
  });
  const byClaim = new Map<string, TEvidence[]>();
  const add = (claimId: string, evidence: TEvidence) => byClaim.set(claimId, [...(byClaim.get(claimId) ?? []), evidence]);
  const wanted = new Set(claimIds);
  const view = ({ id, quote, report }: (typeof rows)[number]["claim"]) => ({ id, quote, report });
  for (const row of rows) {
    if (wanted.has(row.claimId) && row.otherClaim.isCurrent) add(row.claimId, { claimId: row.claimId, relation: row.relation, reason: row.reason, other: view(row.otherClaim) });
    if (wanted.has(row.otherClaimId) && row.relation !== "near" && row.claim.isCurrent) add(row.otherClaimId, { claimId: row.otherClaimId, relation: row.relation, reason: row.reason, other: view(row.claim) });
  }
  const order = { conflicts: 0, agrees: 1, near: 2 };
  for (const list of byClaim.values()) list.sort((a, b) => order[a.relation] - order[b.relation]);
  return byClaim;
}
