const STYLE: Record<string, string> = {
  corroborated: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  conflicting: "bg-red-50 text-red-800 ring-red-200",
  unverified: "bg-slate-100 text-slate-700 ring-slate-200",
  not_a_claim: "bg-slate-50 text-slate-500 ring-slate-200",
};

export function VerdictBadge({ verdict }: { verdict: string | null }) {
  if (!verdict) return <span className="text-slate-400">—</span>;
  return <span className={`rounded px-1.5 py-0.5 text-xs font-medium ring-1 ${STYLE[verdict] ?? STYLE.unverified}`}>{verdict.replaceAll("_", " ")}</span>;
}
