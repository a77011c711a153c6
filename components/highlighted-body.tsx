type Span = { id: string; start: number; end: number; quote: string; category: string };

// The report text with each claim's quantity marked; spans are sorted and never overlap.
export function HighlightedBody({ body, claims }: { body: string; claims: Span[] }) {
  const parts: React.ReactNode[] = [];
  let cursor = 0;
  for (const claim of claims) {
    if (claim.start < cursor) continue;
    parts.push(body.slice(cursor, claim.start));
    parts.push(
      <mark key={claim.id} title={claim.category} className="rounded bg-amber-100 px-0.5 text-slate-900">
        {body.slice(claim.start, claim.end)}
      </mark>,
    );
    cursor = claim.end;
  }
  parts.push(body.slice(cursor));
  return <div className="whitespace-pre-wrap font-serif text-[15px] leading-7">{parts}</div>;
}
