import { findSources, rememberNames, type SpeakerMemory } from "./attribution";
import { SOURCES, type Source } from "./data/sources";
import { indexByFirst, longestAt } from "./phrases";
import { tokenize } from "./tokenize";

// A report whose header names its author ("General Staff of the Armed Forces of Ukraine",
// "Oleh Syniehubov | ...", "Russian Defence Ministry: summary") speaks in that voice throughout.

const MAX_HEADER = 160;
const sourcesByFirst = indexByFirst(SOURCES);
const CAPITALIZED = /^\p{Lu}/u;

export function reportSource(text: string, memory: SpeakerMemory): Source | null {
  const body = text.replace(/^\s*date:?\s+\d{4}-\d{2}-\d{2}\s*/, "").replace(/^\s+/, "");
  const offset = text.length - body.length;
  const lineEnd = body.indexOf("\n");
  const header = (lineEnd < 0 ? body : body.slice(0, lineEnd)).trim();
  if (!header || header.length > MAX_HEADER || /[.!?]["”’]?$/.test(header)) return null;
  const tokens = tokenize(text, offset, offset + (lineEnd < 0 ? body.length : lineEnd));
  for (let i = 0; i < Math.min(tokens.length, 6); i++) {
    const known = longestAt(sourcesByFirst, tokens, i);
    if (known) return known.source;
  }
  if (findSources(tokens, { surnames: new Map(), lastPerson: null }).length) return null; // a headline quoting someone
  rememberNames(tokens, memory);
  const first = tokens[0];
  const name = first ? memory.surnames.get(tokens[1]?.lower ?? "") : undefined;
  return name && CAPITALIZED.test(first.text) ? name : null;
}
