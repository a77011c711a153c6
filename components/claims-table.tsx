import Link from "next/link";
import type { TEvidence } from "@/lib/reports/list-claim-evidence";
import { formatDay } from "./format-date";
import { formatInterval, formatRange } from "./format-interval";
import { VerdictBadge } from "./verdict-badge";

type ClaimRow = {
  id: string;
  quote: string;
  category: string;
  measure: string | null;
  lower: number | null;
  upper: number | null;
  lowerExclusive: boolean;
  upperExclusive: boolean;
  normalizedUnit: string;
  location: string | null;
  attribution: string | null;
  rule: string;
  suggestedVerdict: string | null;
  suggestedReason: string | null;
  evidenceCount: number | null;
  groupLower: number | null;
  groupUpper: number | null;
  conservative: number | null;
  evidence: TEvidence[];
};

const RELATION_STYLE = { agrees: "text-emerald-700", conflicts: "text-red-700", near: "text-slate-500" } as const;

// Each claim with what was read from it and the computed suggestion; the reviewer's tag is separate.
export function ClaimsTable({ claims }: { claims: ClaimRow[] }) {
  if (claims.length === 0) return <p className="text-sm text-slate-600">No numeric claims were found in this report.</p>;
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">Claims in this report</caption>
      <thead className="text-left text-slate-600">
        <tr className="border-b border-slate-200">
          <th scope="col" className="py-2 pr-3 font-medium">Claim</th>
          <th scope="col" className="py-2 pr-3 font-medium">Category</th>
          <th scope="col" className="py-2 pr-3 font-medium">Interval</th>
          <th scope="col" className="py-2 pr-3 font-medium">Place · source</th>
          <th scope="col" className="py-2 font-medium">Suggestion</th>
        </tr>
      </thead>
      <tbody>
        {claims.map((claim) => (
          <tr key={claim.id} id={`claim-${claim.id}`} className="border-b border-slate-100 align-top">
            <td className="py-2 pr-3 font-medium">{claim.quote}</td>
            <td className="py-2 pr-3">{claim.category}{claim.measure && <span className="text-slate-500"> · {claim.measure.replaceAll("_", " ")}</span>}</td>
            <td className="py-2 pr-3 tabular-nums" title={claim.rule}>
              {formatInterval(claim)} <span className="text-slate-500">{claim.normalizedUnit}</span>
            </td>
            <td className="py-2 pr-3 text-slate-700">{claim.location ?? "—"} · {claim.attribution ?? "the outlet"}</td>
            <td className="py-2">
              <VerdictBadge verdict={claim.suggestedVerdict} />
              {claim.suggestedReason && <p className="mt-1 text-xs text-slate-600">{claim.suggestedReason}</p>}
              {(claim.evidenceCount ?? 0) > 0 ? (
                <p className="mt-0.5 text-xs text-slate-500">
                  {claim.evidenceCount} comparable · range {formatRange(claim.groupLower, claim.groupUpper)}
                  {claim.conservative !== null && <> · conservative {claim.conservative.toLocaleString("en-US")}</>}
                </p>
              ) : null}
              {claim.evidence.length > 0 && (
                <details className="mt-1 text-xs">
                  <summary className="cursor-pointer text-blue-700">Evidence ({claim.evidence.length})</summary>
                  <ul className="mt-1 space-y-1">
                    {claim.evidence.map((e) => (
                      <li key={e.other.id}>
                        <span className={`font-medium ${RELATION_STYLE[e.relation]}`}>{e.relation}</span>{" "}
                        <Link href={`/reports/${e.other.report.id}#claim-${e.other.id}`} className="text-blue-700 hover:underline">“{e.other.quote}”</Link>{" "}
                        <span className="text-slate-500">— {e.other.report.outlet ?? e.other.report.title.slice(0, 40)}, {formatDay(e.other.report.publishedAt)}: {e.reason}</span>
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
