import { readFileSync } from "node:fs";
import path from "node:path";
import {
  DEFAULT_BANDS,
  contentHash,
  estimateJaccard,
  estimateSimilarity,
  isNearCopy,
  lshBands,
  minhashSignature,
  normalizeContent,
} from "@/lib/claims/fingerprint";

const FIXED = [898385593, 2899367896, 224401289];
const seed = (name: string) => readFileSync(path.join(__dirname, "../../../seeds", name), "utf8");

const WIRE = [
  "KYIV, Nov 17 (Reuters) - Russian forces have pushed nearly two miles into Ukrainian lines near Kupiansk in the northeastern Kharkiv region, Russia's defence ministry said on Friday, after a weekend of drone and missile strikes.",
  "The ministry said the advance ran about 11 kilometres along the front and more than three kilometres deep. Ukraine's deputy defence minister Hanna Maliar said the fighting around the town was the most intense anywhere on the front.",
  "Maliar said Russia had launched around 250 missiles over the past week and that Ukraine's air force had shot down 68 drones. President Volodymyr Zelenskiy said 178 Russian drones had been launched last week alone.",
  "Kharkiv regional officials said strikes on a blood transfusion centre had wounded staff, and at least six people were killed across the region and in occupied Donetsk, including a 58-year-old woman.",
  "Ukraine's military said it had hit two bridges linking occupied Crimea with the Kherson region, including the Chonhar bridge, which it described as a vital supply route for Russian troops in the south.",
  "Russia captured Kupiansk, a railway hub on the Oskil river, in the first days of the invasion in February 2022 and held it until a Ukrainian counteroffensive drove its troops out of most of the Kharkiv region last September.",
  "Since the summer Moscow has massed troops and armour east of the town, and Ukrainian commanders have warned for weeks that Russia wanted to retake the ground it lost and push its forces back towards the Oskil.",
  "Regional governor Oleh Syniehubov said shelling had damaged homes, a school and power lines in several villages of the Kupiansk district overnight and urged the remaining residents to leave for safer areas further west.",
  "Western military analysts said the Russian push was meant to pin down Ukrainian reserves in the northeast while Kyiv's main counteroffensive continued in the south, where progress has been slow against dense minefields.",
  "In Moscow, the Kremlin said the operation was going according to plan and declined to comment on losses, while Russian military bloggers described heavy fighting in forests north and east of the town.",
  "Reuters could not independently verify the battlefield reports from either side.",
].join("\n\n");

const SYNDICATED = [
  "Moscow says its troops are advancing in Ukraine's northeast. Here is what we know so far about the latest fighting.",
  ...WIRE.split("\n\n").slice(1),
]
  .join("\n\n")
  .replace(
    "Kharkiv regional officials said strikes on a blood transfusion centre had wounded staff,",
    "Regional authorities in Kharkiv reported that a strike damaged a blood centre,",
  );

const OTHER_STORY = [
  "Ukraine ordered the evacuation of Kupiansk and nearby villages in the Kharkiv region on Wednesday as Russian shelling intensified, officials said, affecting about 12,000 people including more than 600 children.",
  "Russian forces have tried for weeks to break through Ukrainian defences near the town, which was recaptured by Ukraine last September, and the Russian defence ministry said its troops had taken positions nearby.",
  "Officials in Kharkiv said air strikes and artillery fire had killed civilians, and that buses would take residents west over the coming days while volunteers delivered food to those who refused to leave.",
].join("\n\n");

describe("contentHash", () => {
  test("is the sha256 hex of the normalized content", () => {
    expect(contentHash("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  test("treats case, spacing, line breaks and curly quotes as the same content", () => {
    const a = "Russia’s “serious offensive”\n\nin  Kupiansk.";
    const b = "  RUSSIA'S \"serious offensive\" in Kupiansk.\n";
    expect(contentHash(a)).toBe(contentHash(b));
  });

  test("treats composed and decomposed Unicode as the same content", () => {
    expect(contentHash("Купянськ café")).toBe(contentHash("Купянськ cafe\u0301"));
  });

  test("distinguishes different content", () => {
    expect(contentHash("10 Ukrainian attacks")).not.toBe(contentHash("12 Ukrainian attacks"));
  });

  test("normalizeContent keeps Cyrillic and emoji", () => {
    expect(normalizeContent(" Купянськ  🔥\n“Kupiansk” ")).toBe('купянськ 🔥 "kupiansk"');
  });
});

describe("near copies", () => {
  test("signatures are deterministic and of the requested length", () => {
    const a = minhashSignature(WIRE, { hashes: 64 });
    expect(a).toHaveLength(64);
    expect(Array.from(minhashSignature(WIRE, { hashes: 64 }))).toEqual(Array.from(a));
    // Fixed seeds: stored signatures stay comparable across processes and releases.
    expect(Array.from(minhashSignature("Russian forces repelled 10 Ukrainian attacks near Kupiansk").slice(0, 3))).toEqual(FIXED);
  });

  test("identical text has similarity 1", () => {
    expect(estimateSimilarity(minhashSignature(WIRE), minhashSignature(`${WIRE}\n`))).toBe(1);
  });

  test("a wire story with a different intro and a changed sentence is a near copy", () => {
    const similarity = estimateSimilarity(minhashSignature(WIRE), minhashSignature(SYNDICATED));
    expect(similarity).toBeGreaterThanOrEqual(0.8);
    expect(similarity).toBeLessThan(1);
    expect(isNearCopy(similarity)).toBe(true);
  });

  test("two different stories about the same events are not near copies", () => {
    const similarity = estimateSimilarity(minhashSignature(WIRE), minhashSignature(OTHER_STORY));
    expect(similarity).toBeLessThan(0.2);
    expect(isNearCopy(similarity)).toBe(false);
  });

  test("the seed reports, all about Kupiansk, are not copies of each other", () => {
    const names = ["000_f1521c44bd55919a.txt", "001_06bb70b0c2e1c864.txt", "003_91ec7e60efdce552.txt"];
    const signatures = names.map((name) => minhashSignature(seed(name)));
    expect(isNearCopy(estimateSimilarity(signatures[0], signatures[1]))).toBe(false);
    expect(isNearCopy(estimateSimilarity(signatures[0], signatures[2]))).toBe(false);
    expect(isNearCopy(estimateSimilarity(signatures[1], signatures[2]))).toBe(false);
  });

  test("short texts still get a signature; text without words gets a signature matching nothing", () => {
    expect(estimateJaccard(minhashSignature("Two killed."), minhashSignature("two killed"))).toBe(1);
    expect(estimateJaccard(minhashSignature("..."), minhashSignature("Two killed."))).toBe(0);
  });

  test("isNearCopy draws the line at 0.8", () => {
    expect(isNearCopy(0.8)).toBe(true);
    expect(isNearCopy(0.79)).toBe(false);
  });

  test("signatures of different lengths cannot be compared", () => {
    expect(() => estimateSimilarity(minhashSignature(WIRE, { hashes: 64 }), minhashSignature(WIRE))).toThrow(RangeError);
  });
});

describe("lshBands", () => {
  test("a near copy shares at least one band key; an unrelated story shares none", () => {
    const wire = new Set(lshBands(minhashSignature(WIRE)));
    expect(wire.size).toBe(DEFAULT_BANDS);
    expect(lshBands(minhashSignature(SYNDICATED)).some((key) => wire.has(key))).toBe(true);
    expect(lshBands(minhashSignature(OTHER_STORY)).some((key) => wire.has(key))).toBe(false);
  });

  test("keys carry the band number so equal rows in different bands do not collide", () => {
    const keys = lshBands(new Uint32Array(8).fill(7), 4);
    expect(keys.map((key) => key.slice(0, 3))).toEqual(["00:", "01:", "02:", "03:"]);
    expect(new Set(keys.map((key) => key.slice(3))).size).toBe(1);
  });

  test("rejects a band count that does not divide the signature", () => {
    expect(() => lshBands(new Uint32Array(128), 30)).toThrow(RangeError);
  });
});
