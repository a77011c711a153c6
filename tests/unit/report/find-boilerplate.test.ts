import { findBoilerplate, findBoilerplateSentences, stripBoilerplate } from "@/lib/claims/find-boilerplate";
import { BOILERPLATE_PATTERNS } from "@/lib/claims/data/boilerplate-patterns";

const tidy = (text: string) => text.replace(/\s+/g, " ").trim();

describe("every boilerplate pattern", () => {
  test.each(BOILERPLATE_PATTERNS.map((p) => [p.name, p] as const))("%s removes its own example entirely", (_name, { pattern, example }) => {
    expect(pattern.global).toBe(true);
    expect(tidy(stripBoilerplate(example))).toBe("");
    expect(tidy(stripBoilerplate(`Kyiv said 12 people were hurt.\n\n${example}\n\nThe army said 3 more died.`))).toBe(
      "Kyiv said 12 people were hurt. The army said 3 more died.",
    );
  });

  test.each(BOILERPLATE_PATTERNS.map((p) => [p.name, p] as const))("%s runs in linear time on hostile input", (_name, { pattern, example }) => {
    // Near-misses: the example's opening repeated with no terminator, plus long whitespace runs.
    const opening = example.slice(0, Math.max(8, Math.floor(example.length * 0.7)));
    const hostile = [opening.repeat(4000), `${opening}${" \n".repeat(50_000)}x`, `${opening}${"a ".repeat(100_000)}`];
    const started = performance.now();
    for (const text of hostile) Array.from(text.matchAll(pattern));
    expect(performance.now() - started).toBeLessThan(1500);
  });
});

describe("findBoilerplate", () => {
  test("removes the whole newsletter box and what trails it, and keeps the article", () => {
    const text =
      "For free real time breaking news alerts sent straight to your inbox sign up to our breaking news emails Sign up to our free breaking news emails Please enter a valid email address SIGN UP I would like to be emailed about offers, events and updates from The Independent. Read our privacy notice Thanks for signing up to the Breaking News email\n\nRussia has intensified its offensive.";
    expect(tidy(stripBoilerplate(text))).toBe("Russia has intensified its offensive.");
  });

  test("removes a video teaser and the teaser title repeated below it, not the next paragraph", () => {
    const text =
      "Progress has been slower.\n\n\nClick to play video: 'Russian strike on Odesa kills at least 1, injures 20 and damages Ukraine’s largest cathedral'\n\n\nRussian strike on Odesa kills at least 1, injures 20 and damages Ukraine’s largest cathedral\n\n\nUkrainian forces were also conducting operations.";
    expect(tidy(stripBoilerplate(text))).toBe("Progress has been slower. Ukrainian forces were also conducting operations.");
    expect(findBoilerplate(text).map((m) => m.name)).toContain("video-teaser");
  });

  test("keeps a paragraph after a teaser when it is not the repeated title", () => {
    const text = "Click to play video: 'Odesa struck again'\n\nRussia fired 20 missiles at Odesa overnight.";
    expect(tidy(stripBoilerplate(text))).toBe("Russia fired 20 missiles at Odesa overnight.");
  });

  test("teaser titles with an apostrophe inside are removed whole", () => {
    const text = "Click to play video: 'Ukraine's army retakes village'\nUkraine's army retakes village\nThe army said so.";
    expect(tidy(stripBoilerplate(text))).toBe("The army said so.");
  });

  test("ends the aggregator disclaimer at its paragraph, keeping the next one", () => {
    const text =
      "Reuters could not verify the reports.\n\nDenial of responsibility! TechAI is an automatic aggregator around the global media.\nThe content will be deleted within 24 hours.\n\nA later paragraph stays.";
    expect(tidy(stripBoilerplate(text))).toBe("Reuters could not verify the reports. A later paragraph stays.");
  });

  test("removes the aggregator links even with non-breaking spaces", () => {
    const text = "The end.\n\nFor all the latest\u00a0world News Click Here\u00a0\n\nRead original article here";
    expect(tidy(stripBoilerplate(text))).toBe("The end.");
  });

  test("removes 'Story continues below advertisement' wherever it falls in a line", () => {
    expect(tidy(stripBoilerplate("He said. Story continues below advertisement The troops advanced."))).toBe("He said. The troops advanced.");
  });

  test.each([
    ["Read 1,204 times", "Read 1,204 times"],
    ["Follow us on Telegram and X.", "Follow us on Telegram and X."],
    ["Subscribe to our daily newsletter.", "Subscribe to our daily newsletter."],
    ["Sign up to our free morning briefing email", "Sign up to our free morning briefing email"],
  ])("removes the generic notice %s", (notice) => {
    expect(tidy(stripBoilerplate(`Two were killed.\n${notice}\nThree were hurt.`))).toBe("Two were killed. Three were hurt.");
  });

  test("leaves ordinary reporting alone, including sign-up used in a sentence", () => {
    const text = "Residents were told to sign up for evacuation buses. Officials said 600 children had left; read more on the regional site.";
    expect(findBoilerplate(text)).toEqual([]);
  });

  test("reports matches in whole-text offsets when given a region", () => {
    const text = " date 2023-01-01 Story continues below advertisement";
    expect(findBoilerplate(text, { from: 17 })).toEqual([{ name: "story-continues", start: 17, end: text.length }]);
  });
});

describe("findBoilerplateSentences", () => {
  test("catches furniture the patterns did not foresee, sentence by sentence", () => {
    const body = "Two people died. Sign up for the Kyiv Briefing, our daily digest. Three were hurt.";
    expect(findBoilerplateSentences(body)).toEqual([{ name: "boilerplate-sentence", start: 17, end: 65 }]);
  });

  test("leaves a sentence about residents signing up for evacuation", () => {
    expect(findBoilerplateSentences("Residents were told to sign up for evacuation buses. Two left.")).toEqual([]);
  });
});
