import { analyzeReports, findCopyGroups } from "@/lib/claims/compare";
import { buildClaim } from "./factories";

const WIRE =
  "KHARKIV, Ukraine (AP) — Russian shelling killed five people in the city of Kupiansk on Sunday, the regional governor said. " +
  "Oleh Syniehubov said rescue crews were still searching the rubble of a five-storey building in the centre of the town. " +
  "The strike came as Russian forces pressed their offensive along the front line east of the Oskil River.";
const REPRINT = WIRE.replace("KHARKIV, Ukraine (AP) — ", "") + " Read more on our website.";
const OTHER =
  "Ukraine's General Staff reported 28 combat clashes along the front over the past day, most of them near Kupiansk and Lyman, " +
  "and said its air defences had shot down 19 of 23 drones launched overnight.";

test("a reprint of a wire story is one copy group; a different story is not", () => {
  expect(findCopyGroups([WIRE, OTHER, REPRINT])).toEqual(["0", "1", "0"]);
});

test("a syndicated copy's claims stay unverified; an independent report corroborates", () => {
  const killed = (reportId: string) => buildClaim({ reportId, value: 5 });
  const [wire, reprint, other] = analyzeReports([
    { text: WIRE, publishedAt: "2024-03-10", claims: [killed("ignored")] },
    { text: REPRINT, publishedAt: "2024-03-10", claims: [killed("ignored")] },
    { text: OTHER, publishedAt: "2024-03-11", claims: [] },
  ]);
  expect(wire.claims[0].suggestion).toMatchObject({ verdict: "unverified", subtype: "only_copies_or_same_claimant" });
  expect(reprint.claims[0].suggestion.evidence[0]).toMatchObject({ claimId: "0:0", independence: "copy" });
  expect(other.claims).toEqual([]);
  const withIndependent = analyzeReports([
    { text: WIRE, publishedAt: "2024-03-10", claims: [killed("x")] },
    { text: OTHER, publishedAt: "2024-03-10", claims: [killed("y")] },
  ]);
  expect(withIndependent[0].claims[0].suggestion.verdict).toBe("corroborated");
});
