import { addAgreement, detection, emptyAgreement, type AnnotatedClaim, type AnnotatedTrap } from "@/scripts/bench/agreement";

// "Russia launched 72 drones; 47 of the 72 drones were shot down near Kupiansk, a 58-year-old said."
const text = "Russia launched 72 drones; 47 of the 72 drones were shot down near Kupiansk, a 58-year-old said.";
const span = (quote: string, from = 0) => {
  const start = text.indexOf(quote, from);
  if (start < 0) throw new Error(`no ${quote}`);
  return { start, end: start + quote.length };
};
const claim = (quote: string, fields: Partial<AnnotatedClaim> = {}, from = 0): AnnotatedClaim => ({
  ...span(quote, from),
  category: "drones",
  location: "Kupiansk",
  attribution: null,
  actor: "russia",
  ...fields,
});
const trap = (quote: string): AnnotatedTrap => ({ ...span(quote), kind: "age" });

describe("agreement of two annotations of one report", () => {
  test("pairs claims over the same words and counts the fields each pair gives alike", () => {
    const first = { claims: [claim("72 drones"), claim("47"), claim("72 drones", {}, 30)], traps: [trap("58-year-old")] };
    // the second reader quotes more widely, names the place in other case, gives another actor to one claim, misses one
    const second = {
      claims: [claim("launched 72 drones", { location: "kupiansk" }), claim("47 of the", { actor: "ukraine", attribution: "Ukrainian Air Force" })],
      traps: [],
    };
    const agreement = addAgreement(emptyAgreement(), first, second);
    expect(agreement).toMatchObject({ reference: 3, other: 2, matched: 2 });
    expect(agreement.agree).toEqual({ category: 2, location: 2, attribution: 1, actor: 1 });
    expect(detection(agreement)).toEqual({ precision: 1, recall: 2 / 3, f1: 0.8 });
  });

  test("a claim one reader gives over the other's trap counts in its own direction", () => {
    const first = { claims: [claim("72 drones"), claim("47")], traps: [trap("58-year-old")] };
    const second = { claims: [claim("58", { category: "other" })], traps: [trap("72 drones"), trap("47")] };
    const agreement = addAgreement(emptyAgreement(), first, second);
    expect(agreement.claimsOverReferenceTraps).toBe(1); // the second's "58" over the first's age trap
    expect(agreement.claimsUnderOtherTraps).toBe(2); // the first's "72 drones" and "47" under the second's traps
  });

  test("a field one side leaves out is not compared; null is a value", () => {
    const first = { claims: [claim("72 drones"), claim("47", { actor: null })], traps: [] };
    const second = { claims: [claim("72 drones", { actor: undefined }), claim("47", { actor: "russia" })], traps: [] };
    const agreement = addAgreement(emptyAgreement(), first, second);
    expect(agreement.compared.actor).toBe(1);
    expect(agreement.agree.actor).toBe(0);
    expect(agreement.compared.category).toBe(2);
  });

  test("a wide quote over two of the other's claims pairs with one, the larger overlap", () => {
    const first = { claims: [claim("47", { category: "drones" }), claim("72 drones", { category: "other" }, 30)], traps: [] };
    const second = { claims: [claim("47 of the 72 drones", { category: "other" })], traps: [] };
    const agreement = addAgreement(emptyAgreement(), first, second);
    expect(agreement).toMatchObject({ reference: 2, other: 1, matched: 1 });
    // (paired with "72 drones", 9 characters shared against 2, whose category is the second's "other")
    expect(agreement.agree.category).toBe(1);
  });

  test("totals run over reports", () => {
    const report = { claims: [claim("72 drones")], traps: [] };
    const total = addAgreement(addAgreement(emptyAgreement(), report, report), report, { claims: [], traps: [] });
    expect(total).toMatchObject({ reference: 2, other: 1, matched: 1 });
    expect(detection(emptyAgreement())).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});
