// "[24, 96]", "(600, ∞)", "[0, 5)": the interval a claim states, in its normalized unit.
type Bounds = { lower: number | null; upper: number | null; lowerExclusive: boolean; upperExclusive: boolean };

const number = (n: number) => (Number.isInteger(n) ? n.toLocaleString("en-US") : n.toLocaleString("en-US", { maximumFractionDigits: 2 }));

export function formatInterval({ lower, upper, lowerExclusive, upperExclusive }: Bounds): string {
  if (lower !== null && lower === upper) return number(lower);
  const left = lower === null ? "(−∞" : `${lowerExclusive ? "(" : "["}${number(lower)}`;
  const right = upper === null ? "∞)" : `${number(upper)}${upperExclusive ? ")" : "]"}`;
  return `${left}, ${right}`;
}

export function formatRange(lower: number | null, upper: number | null): string {
  return `${lower === null ? "−∞" : number(lower)} – ${upper === null ? "∞" : number(upper)}`;
}
