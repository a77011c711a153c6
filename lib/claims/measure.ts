import type { Candidate } from "./candidates";
import { DEPTH_WORDS, DISTANCE_TO_WORDS, EVACUATION_WORDS, FRONTAGE_WORDS, LAUNCH_VERBS, PLAN_WORDS, SHOT_DOWN_VERBS } from "./data/verbs";
import type { Token } from "./tokenize";

// What exactly a figure measures within its category, so unlike figures are never compared.

export function measureOf(tokens: Token[], c: Candidate, periodMeasure: string | null): string | null {
  switch (c.category) {
    case "distance":
      return distanceMeasure(tokens, c);
    case "drones":
    case "missiles":
      if (c.isTotalOfPartitive) return "launched";
      return near(tokens, c.start - 8, c.start, SHOT_DOWN_VERBS) || near(tokens, c.end, c.end + 4, SHOT_DOWN_VERBS)
        ? "shot_down"
        : near(tokens, c.start - 8, c.start, LAUNCH_VERBS) || near(tokens, c.end, c.end + 4, LAUNCH_VERBS) ? "launched" : null;
    case "people":
      if (near(tokens, c.start - 6, c.start, PLAN_WORDS)) return "planned";
      return near(tokens, c.start - 6, c.end + 5, EVACUATION_WORDS) ? "actual" : null;
    case "killed":
    case "injured":
    case "casualties":
    case "captured":
    case "attacks":
      return periodMeasure;
    default:
      return null;
  }
}

function distanceMeasure(tokens: Token[], c: Candidate): string | null {
  for (let k = c.end; k < Math.min(tokens.length, c.end + 3); k++) {
    const word = tokens[k].lower;
    if (FRONTAGE_WORDS.has(word)) return "frontage";
    if (DEPTH_WORDS.has(word)) return "depth";
    if (DISTANCE_TO_WORDS.has(word)) return "distance_to";
  }
  if (c.qualifier === "up_to" && tokens[c.start]?.lower === "within") return "distance_to";
  return near(tokens, c.start - 5, c.start, DEPTH_WORDS) ? "depth" : null;
}

function near(tokens: Token[], from: number, to: number, words: Set<string>): boolean {
  for (let k = Math.max(0, from); k < Math.min(tokens.length, to); k++) if (words.has(tokens[k].lower)) return true;
  return false;
}
