// Deterministic seed-like reports for the import benchmark: dated, with boilerplate, varied
// figures, places and sources, so that they are neither duplicates nor near-copies of each other.
const PLACES = [
  "Kupiansk", "Kupyansk", "Izium", "Lyman", "Bakhmut", "Avdiivka", "Pokrovsk", "Vovchansk", "Kherson", "Chasiv Yar", "Borova",
  "Kharkiv", "Zaporizhzhia", "Odesa", "Donetsk", "Synkivka", "Balakliia", "Zolochiv", "Kivsharivka", "Toretsk", "Kurakhove",
  "Vuhledar", "Marinka", "Siversk", "Kreminna", "Svatove", "Robotyne", "Orikhiv", "Nikopol", "Mykolaiv", "Sumy", "Chernihiv",
  "Kramatorsk", "Sloviansk", "Kostiantynivka", "Myrnohrad", "Selydove", "Velyka Novosilka", "Huliaipole", "Krynky",
];
const SOURCES = ["the Russian Defence Ministry said", "Ukraine's General Staff reported", "regional governor Oleh Syniehubov said", "Ukraine's air force said", "local officials said", "police said"];
const SENTENCES = [
  (n: Pick) => `Russian forces launched ${n.int(10, 90)} drones overnight and air defences shot down ${n.int(5, 60)} of them over the ${n.place()} area, ${n.source()}.`,
  (n: Pick) => `${n.word()} people were killed and ${n.int(2, 30)} others were injured in ${n.place()} on ${n.day()}, ${n.source()}.`,
  (n: Pick) => `Ukrainian troops repelled ${n.int(3, 40)} attacks near ${n.place()} over the past day, ${n.source()}.`,
  (n: Pick) => `More than ${n.int(2, 20)},000 residents have been evacuated from ${n.int(10, 60)} settlements around ${n.place()}.`,
  (n: Pick) => `The enemy carried out ${n.int(5, 50)} airstrikes and fired ${n.int(2, 12)} missiles at ${n.place()}, damaging ${n.int(2, 40)} houses and a bridge.`,
  (n: Pick) => `Russian units advanced about ${n.int(2, 9)} kilometres along a ${n.int(5, 20)} km stretch of the front west of ${n.place()}, ${n.source()}.`,
  (n: Pick) => `A ${n.int(20, 80)}-year-old woman was among the wounded when a strike hit a market in ${n.place()} at ${n.int(10, 23)}:${n.int(10, 59)}.`,
  (n: Pick) => `The ${n.int(10, 120)}th brigade said it had destroyed ${n.int(2, 15)} tanks, including a T-72, and ${n.int(3, 25)} armoured vehicles near ${n.place()}.`,
  (n: Pick) => `Officials said nearly ${n.int(100, 900)} civilians remained in ${n.place()}, where power was cut to ${n.int(2, 30)},${n.int(100, 999)} households.`,
  (n: Pick) => `Between ${n.int(20, 40)} and ${n.int(41, 80)} shells hit ${n.place()} district in the last 24 hours, ${n.source()}.`,
  (n: Pick) => `The World Bank estimated the damage at $${n.int(2, 90)}bn, while ${n.int(3, 15)} bridges and ${n.int(10, 90)} schools in the ${n.place()} region were hit.`,
  (n: Pick) => `Some ${n.int(2, 9)}00 soldiers were captured near ${n.place()} in the offensive, which began ${n.int(2, 9)} weeks ago, ${n.source()}.`,
];
const BOILERPLATE = ["Story continues below advertisement", "For all the latest world News Click Here", "Read original article here"];
const WORDS = ["Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Twelve"];

type Pick = { int(min: number, max: number): number; place(): string; source(): string; word(): string; day(): string };

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateReport(index: number): { name: string; text: string } {
  const random = mulberry32(index + 1);
  const choose = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const pick: Pick = {
    int: (min, max) => min + Math.floor(random() * (max - min + 1)),
    place: () => choose(PLACES),
    source: () => choose(SOURCES),
    word: () => choose(WORDS),
    day: () => choose(["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]),
  };
  const date = new Date(Date.UTC(2023, 0, 1) + Math.floor(random() * 700) * 86_400_000).toISOString().slice(0, 10);
  const paragraphs = Array.from({ length: 4 + Math.floor(random() * 4) }, () =>
    Array.from({ length: 1 + Math.floor(random() * 3) }, () => choose(SENTENCES)(pick)).join(" "),
  );
  if (random() < 0.5) paragraphs.splice(2, 0, choose(BOILERPLATE));
  return { name: `bench-${String(index).padStart(6, "0")}.txt`, text: ` date ${date} Report ${index}: ${paragraphs.join("\n\n")}\n` };
}
