import { findOutlet, parseHeadline, titleFromSentence } from "@/lib/claims/headline";

describe("parseHeadline", () => {
  test("splits title, section and outlet", () => {
    expect(parseHeadline("Ukraine reports small advances against Russian troops in counteroffensive – National | Globalnews.ca", true)).toEqual({
      title: "Ukraine reports small advances against Russian troops in counteroffensive",
      outlet: "Globalnews.ca",
    });
  });

  test("keeps a dash inside the title when no outlet follows it", () => {
    expect(parseHeadline("Kupiansk-Lyman front – the fight for the Oskil", true)).toEqual({
      title: "Kupiansk-Lyman front – the fight for the Oskil",
      outlet: null,
    });
  });

  test.each([
    ["not followed by a blank line", "Russia shells Kharkiv again", false],
    ["ending in a period", "Russia shelled Kharkiv again.", true],
    ["too short", "Kharkiv", true],
    ["a byline", "By Tom Balmforth and Max Hunder", true],
    ["a date", "November 17, 2023", true],
    ["lower-case", "russia shells kharkiv again", true],
  ])("is not a headline when %s", (_why, line, blankAfter) => {
    expect(parseHeadline(line, blankAfter)).toBeNull();
  });
});

describe("findOutlet", () => {
  test.each([
    ["emailed about offers, events and updates from The Independent. Read our privacy notice", "The Independent"],
    ["KYIV, Nov 17 (Reuters) - Russian forces advanced.", "Reuters"],
    ["KUPIANSK, Ukraine (AP) — Shelling continued.", "Associated Press"],
    ["Shelling continued.\n© 2023 Kyiv Post", "Kyiv Post"],
    ["Russian forces advanced near Kupiansk, Reuters reported.", null],
  ])("%j -> %j", (text, outlet) => {
    expect(findOutlet(text)).toBe(outlet);
  });
});

describe("titleFromSentence", () => {
  test("drops the final period and keeps short sentences whole", () => {
    expect(titleFromSentence("Two people were killed in Kupiansk.")).toBe("Two people were killed in Kupiansk");
  });

  test("never splits an emoji when there is no space to cut at", () => {
    const title = titleFromSentence(`a${"🔥".repeat(100)}`);
    expect(title).toBe(`a${"🔥".repeat(59)}…`);
    expect(title).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});
