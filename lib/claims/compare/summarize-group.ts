// Range across sources and the conservative figure: analysts publish ranges and verified minimums.
import type { Entry } from "./prepare-entry";
import type { Conservative, GroupSummary } from "./types";

/** Order-free (min, max, lowest floor with ties to the smaller id): one pass, no sorting. */
export function summarizeGroup(members: Entry[]): GroupSummary {
  let lower: number | null = Infinity;
  let upper: number | null = -Infinity;
  let conservative: Conservative | null = null;
  for (const { claim } of members) {
    lower = lower === null || claim.lower === null ? null : Math.min(lower, claim.lower);
    upper = upper === null || claim.upper === null ? null : Math.max(upper, claim.upper);
    // A lower bound of zero ("up to 40") states no minimum, so it is no credible floor.
    if (claim.lower !== null && claim.lower > 0 && (!conservative || isBelow(claim, conservative))) {
      conservative = { value: claim.lower, exclusive: claim.lowerExclusive, claimId: claim.id };
    }
  }
  return {
    size: members.length,
    range: { lower: lower === Infinity ? null : lower, upper: upper === -Infinity ? null : upper },
    conservative,
  };
}

function isBelow(claim: Entry["claim"], current: Conservative): boolean {
  const lower = claim.lower as number;
  if (lower !== current.value) return lower < current.value;
  if (claim.lowerExclusive !== current.exclusive) return !claim.lowerExclusive;
  return claim.id < current.claimId;
}
