import { findSources } from "./attribution";
import { newSpeakerMemory, rememberNames, type SpeakerMemory } from "./speaker-memory";
import { countryWord, isNewsroom, isPersonName, knownPerson, lexiconPerson, nameAt, orgAt, regionalAdministration, regionalAdministrationOf, sourcesByFirst, unitSource } from "./speaker-names";
import { CAPITAL_COUNTRIES, DEMONYMS_OF } from "./data/countries";
import { isInRussia, placeByVariant, regionalCentreOf, regionNameOf } from "./data/gazetteer";
import { placeOfAdjective } from "./place-adjectives";
import { OUTLET_NAMES } from "./data/outlets";
import { FIRST_NAMES } from "./data/first-names";
import { YEAR } from "./data/periods";
import { findOutlet, mastheadLines } from "./headline";
import { REGIONAL_OFFICE_ACRONYMS, GENERIC_MINISTRY, NATIONAL_POLICE, OFFICIAL_SITES, ORG_HEADS, PEOPLE, SOURCES, TITLE_VOICES, TITLES, UNIT_WORDS, type Source } from "./data/sources";
import { longestAt } from "./phrases";
import { longestEndingAt } from "./source-resolution";
import { officeHolderOf, OPERATIONAL_STAFF, operationalStaffIn } from "./source-phrases";
import { tokenize, type Token } from "./tokenize";

// A report whose header names its author ("General Staff of the Armed Forces of Ukraine",
// "Oleh Syniehubov | ...", "Russian Defence Ministry: summary") speaks in that voice throughout.

const MAX_HEADER = 160;
const CAPITALIZED = /^\p{Lu}/u;
/** A document header led by its issuer's acronym and a separator. */
// ("ACLED Regional Overview | Europe ...": an acronym, then up to two words of its title; a name in capitals, then one)
const ISSUER_HEADER = /^(?:([A-Z]{2,6})(?:\s+\p{Lu}\p{Ll}+){0,2}|([A-Z]{2,}(?: [A-Z]{2,}){1,3})(?:\s+\p{Lu}\p{Ll}+)?)\s*[|:–—]/u;
const titleCase = (name: string) => name.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase());
const NOT_ISSUERS = new Set(["LIVE", "UPDATE", "VIDEO", "PHOTO", "PHOTOS", "WATCH", "NEWS", "UPDATED", "WAR"]);
/**
 * Russian and Ukrainian papers' own words for it, transliterated: "DELOVOY VESTNIK", "ROSSIYSKIYE IZVESTIYA" (not "Pravda",
 * a channel's name as often: "Okopnaya Pravda").
 */
const TRANSLITERATED_NAMEPLATE_WORDS = new Set(["vestnik", "izvestiya", "izvestia", "vesti", "vedomosti", "gazeta", "novosti"]);

/** Last words of newspaper and news-site nameplates. */
const NAMEPLATE_WORDS = new Set([
  "wire", "news", "times", "post", "daily", "journal", "herald", "gazette", "zeitung", "review", "weekly", "today", "telegraph",
  "tribune", "observer", "monitor", "insider", "independent", "express", "mail", "star", "chronicle", "bulletin",
  "brief", "digest", "newsletter", "dispatch", "pravda", ...TRANSLITERATED_NAMEPLATE_WORDS,
]);

const ENGLISH_EDITION = /^english(?: edition| version| service)?$/i;

/**
 * "oskil-lifeline.org/reports/run-212" over "OSKIL LIFELINE": the masthead under the page's address, read when no other rule
 * found the page's issuer (an address a rule knows, "dsns.gov.ua", names it itself).
 */
export function mastheadUnderAddress(text: string, memory: SpeakerMemory, outlet: () => string | null): Source | null {
  const { offset, lineEnd, body } = pageStart(text);
  if (lineEnd < 0 || !URL_LINE.test(body.slice(0, lineEnd + 1))) return null;
  // (a masthead alone on its line: not a language switch, "Türkçe | English | Français")
  if (/[|·]/.test(nextLine(body, lineEnd))) return null;
  return reportSource(text.slice(0, offset) + " ".repeat(lineEnd) + text.slice(offset + lineEnd), memory, outlet);
}

export function reportSource(text: string, memory: SpeakerMemory, outlet: () => string | null = () => findOutlet(text)): Source | null {
  // "КОСТЯНТИНІВСЬКА МІСЬКА ВІЙСЬКОВА АДМІНІСТРАЦІЯ" over "Kostiantynivka City Military Administration · official website":
  // a nameplate in Cyrillic alone is read from its rendering on the next line (blanked, so that offsets hold), else
  // from itself ("Олег Синєгубов" over his post)
  const { offset, lineEnd, body } = pageStart(text);
  const header = lineEnd < 0 ? "" : body.slice(0, lineEnd);
  // (the page with its first line blanked, so that offsets hold: its second line read as the header)
  const belowHeader = () => text.slice(0, offset) + " ".repeat(lineEnd) + text.slice(offset + lineEnd);
  // (a channel's title marked with the invasion's letter, "Балицкий Z", is in Cyrillic all the same)
  const inCyrillic = !!header && !/[A-Za-z]/.test(header.replace(WAR_LETTER, "")) && /\p{Script=Cyrillic}/u.test(header);
  // ("РОССИЙСКАЯ ГАЗЕТА" over "Rossiyskaya Gazeta · rg.ru · 18+": a news site's nameplate in both scripts)
  if (inCyrillic && isNewsNameplate(body.slice(lineEnd + 1, body.indexOf("\n", lineEnd + 1) >>> 0))) return null;
  // ("MINISTERUL APĂRĂRII NAȚIONALE" over "Ministry of National Defence — Romania": a nameplate in capitals in the
  // country's own language, its letters marked, is read from its rendering too)
  const inOwnLanguage = !!header && !inCyrillic && header === header.toUpperCase() && NON_ENGLISH_LETTER.test(header);
  // ('47 ОМБр «Маґура» | 47th Separate Mechanized Brigade "Magura"': a nameplate in both scripts, the Cyrillic first, is read
  // from its English part, the Cyrillic blanked so that offsets hold)
  const bar = !inCyrillic && header ? CYRILLIC_PART.exec(header)?.[0].length ?? 0 : 0;
  const englishPart = () => text.slice(0, offset) + " ".repeat(bar) + text.slice(offset + bar);
  const rendered = inCyrillic || inOwnLanguage ? headerSource(belowHeader(), memory, outlet) : bar ? headerSource(englishPart(), memory, outlet) : null;
  // ("Нікопольська районна військова адміністрація" alone over its posts: the office it names, in English)
  // (before the line read as a name: "ПРОКУРАТУРА УКРАЇНИ" over "Чернігівська обласна прокуратура" is the regional office)
  // (not a region's name alone, "ХЕРСОНСКАЯ ОБЛАСТЬ" over its government's portal: a place, no one's voice)
  const voice = rendered ?? (inCyrillic ? (cyrillicOffice(header) ?? cyrillicOffice(nextLine(body, lineEnd))) : null) ?? (inCyrillic && CYRILLIC_REGION.test(header) ? null : headerSource(text, memory, outlet));
  // "PROSECUTOR'S OFFICE OF UKRAINE" over "Kherson Regional Prosecutor's Office": the masthead's second line names the
  // body's own unit whose page it is: a place's unit of the same kind (a head word of its name is the first line's)
  // (read with a memory of its own: a line that is no unit must leave no names behind)
  // (and under a nameplate in both scripts: "ОФІС ГЕНЕРАЛЬНОГО ПРОКУРОРА | OFFICE OF THE PROSECUTOR GENERAL" over "Kharkiv
  // Regional Prosecutor's Office")
  const unit = voice && lineEnd >= 0 && (!rendered || bar > 0) ? headerSource(belowHeader(), newSpeakerMemory(), outlet) : null;
  const found = unit && unit.name !== voice!.name && sharesHead(unit.name, voice!.name) && namesPlace(unit.name) ? unit : voice;
  // ("[logo] CSMA" over a field update whose footer reads "About: Clear Steppe Mine Action (CSMA) is ...": the acronym's body)
  if (!found && ACRONYM_HEADER.test(header)) return acronymExpanded(text, header.trim());
  // ("Operational Headquarters of Kursk Oblast · official channel": the region's administration)
  return found && OPERATIONAL_STAFF.test(found.name) ? operationalStaffIn(tokenize(text, offset, offset + Math.min(body.length, MAX_HEADER * 2)), 0, Infinity, memory) ?? found : found;
}

const TRANSLITERATED_PREPOSITIONS = new Set(["s", "so", "na", "v", "vo", "iz", "ot", "za", "po", "u", "z", "pro"]);
const CITY_OFFICE_WORDS = new Set(["CMA", "MVA"]);
const ACRONYM_HEADER = /^[^\S\n]*[A-Z]{2,6}[^\S\n]*$/;

/** The body the page spells out for `acronym`: "Clear Steppe Mine Action (CSMA)", its words' initials the acronym's letters. */
function acronymExpanded(text: string, acronym: string): Source | null {
  const match = new RegExp(`((?:[A-Z][\\w'’-]*[^\\S\\n]+(?:(?:of|for|and|the)[^\\S\\n]+)?){1,7})\\(${acronym}\\)`).exec(text);
  const name = match?.[1].trim();
  const initials = name?.split(/\s+/).filter((word) => /^[A-Z]/.test(word)).map((word) => word[0]).join("");
  return name && initials === acronym ? { name, side: null } : null;
}

const NON_ENGLISH_LETTER = /[À-ÖØ-ÞĀ-ž]/;
const CYRILLIC_REGION = /^[^\S\n]*\p{L}+[^\S\n]+(?:област[ьі]|край|республика|республіка)[^\S\n]*$/iu;
const WAR_LETTER = /(?:^|[^\S\n])[ZV](?=[^\S\n]|$)/g;
// (the first class excludes Cyrillic, so that a failed match cannot try every split of a long Cyrillic line)
const CYRILLIC_PART = /^[^A-Za-z|·\n\p{Script=Cyrillic}]*\p{Script=Cyrillic}[^A-Za-z|·\n]*[|·](?=[^|·\n]*[A-Za-z])/u;

/**
 * A Ukrainian office's name in Cyrillic, "Нікопольська районна військова адміністрація", "Чернігівська обласна прокуратура":
 * the office it names, read as its English name would be ("Nikopol District Military Administration", "Chernihiv
 * Regional Prosecutor's Office"), when the adjective's place is in the gazetteer.
 */
export function cyrillicOffice(line: string): Source | null {
  // ("Донецька ОВА", "Покровська МВА": the office by its acronym, read as its words)
  const acronym = CYRILLIC_OFFICE_ACRONYM.exec(line);
  const written = acronym ? null : CYRILLIC_OFFICE.exec(line);
  if (!acronym && !written) return null;
  const [adjective, level, military, kind]: [string, string, string | undefined, string] = acronym
    ? [acronym[1], ...CYRILLIC_ACRONYM_WORDS[acronym[2].toUpperCase()], "адміністрація"]
    : [written![1], written![2], written![3], written![4]];
  const place = placeOfAdjective(adjective);
  if (!place) return null;
  const regional = level.toLowerCase().startsWith("обл");
  const base = regional ? (place.kind === "region" ? place.name : (place.region ?? place.name)).replace(/ Oblast$/, "") : place.name;
  const office = kind.toLowerCase().startsWith("прок") ? "Prosecutor's Office" : `${military ? "Military " : ""}Administration`;
  const named = speakerNamed(`${base} ${CYRILLIC_LEVELS[level.toLowerCase().slice(0, 3)]} ${office}`);
  return named?.whole ? named.source : null;
}

const CYRILLIC_OFFICE = /^[^\S\n]*(\p{L}+(?:ська|цька|зька))[^\S\n]+(районна|обласна|міська)[^\S\n]+(?:державна[^\S\n]+)?(військова[^\S\n]+)?(адміністрація|прокуратура)(?!\p{L})/iu;
const CYRILLIC_OFFICE_ACRONYM = /^[^\S\n]*(\p{L}+(?:ська|цька|зька))[^\S\n]+(ОВА|ОДА|МВА|РВА)(?!\p{L})/iu;
const CYRILLIC_ACRONYM_WORDS: Record<string, [string, string | undefined]> = { ОВА: ["обласна", "військова"], ОДА: ["обласна", undefined], МВА: ["міська", "військова"], РВА: ["районна", "військова"] };
const CYRILLIC_LEVELS: Record<string, string> = { рай: "District", обл: "Regional", міс: "City" };

/** The line after the one ending at `lineEnd` in `body` ("" when there is none). */
function nextLine(body: string, lineEnd: number): string {
  if (lineEnd < 0) return "";
  const end = body.indexOf("\n", lineEnd + 1);
  return body.slice(lineEnd + 1, end < 0 ? body.length : end);
}

const NEWS_DOMAIN = /^(?:www\.)?[a-z0-9-]+\.(?:ru|ua|com\.ua|com|net|info|news|media|by)$/;

function isNewsNameplate(line: string): boolean {
  return line.trim().split(/\s*[|·•]\s*/).some((part) => NEWS_DOMAIN.test(part));
}

/**
 * A legal form, spelled out or abbreviated, and the company's name in quotation marks; a charity's or mission's too
 * ("HUMANITARIAN MISSION «PROLISKA»", "Charitable Foundation «Steppe Shield»": the name the gold set gives it).
 */
const COMPANY_LETTERHEAD = /^(?:humanitarian mission|charit(?:able|y) (?:foundation|fund)|public organi[sz]ation|NGO|CF|state(?:-owned)? enterprise|(?:public |private )?joint[- ]stock company|limited liability company|national energy company|(?:municipal|communal) (?:utility )?enterprise|SE|JSC|PJSC|PrJSC|NJSC|LLC|NEC|KP|KNP)\s+[«"“]([^»"”]{3,60})[»"”]/iu;

function namesPlace(name: string): boolean {
  return name.split(" ").some((word) => /^\p{Lu}/u.test(word) && placeByVariant(word.toLowerCase()) !== undefined);
}

function sharesHead(a: string, b: string): boolean {
  const heads = new Set(a.toLowerCase().split(" ").filter((word) => ORG_HEADS.has(word)));
  return b.toLowerCase().split(" ").some((word) => heads.has(word));
}

/** The page after the file's date line and leading blanks, where that starts in `text`, and its first line's end in it (-1: one line). */
function pageStart(text: string): { body: string; offset: number; lineEnd: number } {
  const body = text.replace(/^\s*date:?\s+\d{4}-\d{2}-\d{2}\s*/, "").replace(IMAGE_MARK, "").replace(/^\s+/, "").replace(RULE_LINE, "").replace(EDITORS_NOTE, "").replace(SOCIAL_CHROME, "").replace(LANGUAGE_SWITCH, "").replace(STATE_LINE, "").replace(PLATFORM_PART, "");
  return { body, offset: text.length - body.length, lineEnd: body.indexOf("\n") };
}

/** A social network's name opening a copied profile's header: "ВКонтакте · Александр Хинштейн · Губернатор ...". */
// ("@zoda_gov_ua · Zaporizhzhia Regional Military Administration": a post's handle before the name)
const PLATFORM_PART = /^(?:ВКонтакте|VKontakte|Одноклассники|Facebook|Telegram|@\w+)[^\S\n]*[·|][^\S\n]*(?=\S)/u;

/**
 * "Subject: IOM Ukraine: Situation Report #63 | 1-14 October 2025" in an e-mail a digest forwards: the issuer its subject
 * line opens with, as a header would ("UNHCR Ukraine | Flash Update").
 */
export function emailSubjectIssuer(text: string): Source | null {
  const subject = EMAIL_SUBJECT.exec(text.slice(0, 1200))?.[1];
  const issuer = subject ? ISSUER_HEADER.exec(subject) : null;
  const name = issuer ? (issuer[1] ?? issuer[2]) : undefined;
  if (!name || NOT_ISSUERS.has(name)) return null;
  const tokens = tokenize(name);
  return knownSourceIn(tokens, 1) ?? { name, side: null };
}

const EMAIL_SUBJECT = /^Subject:[^\S\n]+([^\n]+)/m;

/**
 * "PRESS RELEASE" over "KHARKIV, 3 April 2025 — The HALO Trust announced today that ...": a release is its issuer's own
 * page, and the issuer is the body its lead has announcing (a release names no masthead when it goes out by e-mail).
 */
export function pressReleaseIssuer(text: string): Source | null {
  const head = text.slice(0, RELEASE_HEAD_CHARS);
  const label = RELEASE_LABEL.exec(head);
  const lead = label ? RELEASE_LEAD.exec(head.slice(label.index + label[0].length)) : null;
  if (!lead) return null;
  return knownSourceIn(tokenize(lead[1]), 1) ?? (RELEASE_BODY_END.test(lead[1]) ? { name: lead[1], side: null } : null);
}

const RELEASE_HEAD_CHARS = 1500;
const RELEASE_LABEL = /^[^\S\n]*(?:(?:press|news|media) release|for immediate release)[^\S\n]*$/im;
/** The lead's subject, a name in capitals opening the line or after the dateline's dash or a comma, and its verb of announcing. */
const RELEASE_LEAD = /(?:^|[—–,-][^\S\n]+)(?:[Tt]he[^\S\n]+)?(\p{Lu}[\p{L}'’&.-]*(?:[^\S\n]+(?:of|for|the|and|\p{Lu}[\p{L}'’&.-]*)){0,7})[^\S\n]+(?:today[^\S\n]+)?(?:announced|said|reported|published|released|stated|warned)\b/mu;
/** A body's name as a release's lead writes it, when the lexicon does not know it: "... Foundation", "... Trust". */
const RELEASE_BODY_END = /\b(?:Trust|Foundation|Fund|Council|Committee|Agency|Institute|Organi[sz]ation|Association|Alliance|Coalition|Network|Mission|Office|Service|Society|Union|International|Programme|Program|Group|Centre|Center)$/;

/**
 * "© 2003–2024 JSC «Zaporizhzhiaoblenergo». All rights reserved.": a company, by its legal form, holding the copyright of
 * its own page (a company is no newsroom) speaks on a page whose top names no one.
 */
export function companyCopyright(text: string): Source | null {
  const footer = text.slice(-800);
  // ("© 2025 Half-Track Aid. Registered charity No. 1201457" under a page its volunteers write as "we": the charity; a Ukrainian
  // foundation's state registration code, "EDRPOU 43871296", says the same)
  const name = COMPANY_COPYRIGHT.exec(footer)?.[1] ?? (FIRST_PERSON.test(text) ? CHARITY_COPYRIGHT.exec(footer)?.[1] : undefined);
  // (every Ukrainian legal entity has an EDRPOU code, an outlet too: "© 2025 Ukrainska Pravda. EDRPOU ..." names no voice)
  return name && !OUTLET_NAMES.has(name.toLowerCase()) && !NEWSROOM_WORDS.test(name) ? { name, side: null } : null;
}

const CHARITY_COPYRIGHT = /©[^\S\n]*(?:\d{4}(?:[–-]\d{4})?[^\S\n]+)?(\p{Lu}[\p{L}'’&-]*(?:[^\S\n]+\p{Lu}[\p{L}'’&-]*){0,5})\.?[^\S\n]*(?:[·|—–][^\S\n]*)?(?:[Rr]egistered charity|[Cc]harity (?:[Nn]o|[Nn]umber|[Rr]eg)|EDRPOU)/u;

const COMPANY_COPYRIGHT = /©[^\n]{0,30}?\b(?:JSC|PJSC|PrJSC|NJSC|LLC|SE|NEC)[^\S\n]+[«"“]([^»"”\n]{3,60})[»"”]/;

/**
 * "Head of the Dnipropetrovsk Regional Military Administration      [signed]      Serhii LYSAK": a document's signature
 * block near its end, an office's title, a gap or "[signed]", then the holder's name (the surname in capitals, or set
 * off by the gap). The holder, read as "the Head of ... Serhii Lysak said" would be, signs the whole document: where
 * nothing at the page's top named its voice, or over the administration he heads (extractClaims decides).
 */
export function signatureBlock(text: string): Source | null {
  const footer = text.slice(-FOOTER_CHARS);
  // (or the name on a line of its own, its office on the next: "Dmytro Lubinets,\nUkrainian Parliament Commissioner for
  // Human Rights")
  const block = SIGNATURE_LINE.exec(footer);
  const stacked = block ? null : STACKED_SIGNATURE.exec(footer);
  const [title, written] = block ? [block[1], block[2]] : stacked ? [stacked[2], stacked[1]] : [];
  if (!title || !written) return null;
  const name = written.replace(/\b(\p{Lu})(\p{Lu}+)/gu, (_, first: string, rest: string) => first + rest.toLowerCase());
  const found = speakerNamed(`${title.trim()} ${name}`);
  // (an official the lexicon knows: a signature's title is a long office, "Head of the ... Administration", no title word alone)
  return found && KNOWN_PEOPLE.has(found.source) ? found.source : null;
}

const STACKED_SIGNATURE = /^[^\S\n]*(\p{Lu}\p{Ll}+[^\S\n]+\p{Lu}[\p{L}'’-]+),[^\S\n]*\n[^\S\n]*(\p{Lu}[^\n.!?]{5,120})[^\S\n]*$/mu;
// (one gap, never a repeated one: a gap of spaces repeated would backtrack exponentially on a long run of spaces)
const SIGNATURE_LINE = /^[^\S\n]*([A-Z][^\n\[]{5,150}?)(?:[^\S\n]{3,}(?:[[(]signed[\])][^\S\n]*)?|[^\S\n]*[[(]signed[\])][^\S\n]*)((?:\p{Lu}\p{Ll}+|\p{Lu}\.)[^\S\n]+\p{Lu}[\p{L}'’-]+)[^\S\n]*$/mu;

/**
 * "© 2013–2025 Poltava City Council. Official web portal.": a city's office holding the copyright of its own official portal
 * speaks on a page whose top names no one.
 */
export function officialPortalOwner(text: string): Source | null {
  const footer = text.slice(-FOOTER_CHARS);
  const line = OFFICIAL_COPYRIGHT.exec(footer)?.[0];
  if (line) return cityOffice(line);
  // ("© 2011–2025 Dnipropetrovsk Regional Council" closing a council's news page: a region's elected council holding the
  // copyright, official portal said or not. A city council's bare copyright is still left unread, as its test has it: the
  // probe pages neither gain nor lose by reading it, so nothing here says which is right)
  for (const [copyright] of footer.matchAll(COPYRIGHT_LINE)) {
    const council = regionalCouncil(copyright);
    if (council) return council;
  }
  return null;
}

const OFFICIAL_COPYRIGHT = /^[^\S\n]*©[^\n]*\bofficial (?:web ?)?(?:portal|site|website)\b[^\n]*$/im;
const COPYRIGHT_LINE = /^[^\S\n]*©[^\S\n]*\d{4}[^\n]*$/gm;

/** "Dnipropetrovsk Regional Council": a region's elected council, as the line names it. */
function regionalCouncil(line: string): Source | null {
  const council = /(\p{L}[\p{L}-]*) (?:Regional|Oblast) Council\b/u.exec(line);
  const place = council ? placeByVariant(council[1].toLowerCase()) : undefined;
  return place ? { name: `${regionNameOf(place).replace(/ Oblast$/, "")} Regional Council`, side: isInRussia(place) ? "russia" : "ukraine" } : null;
}

/** The lexicon's bodies by the domains of their official sites, looked up once. */
const SITE_OWNERS: ReadonlyMap<string, Source> = new Map(
  [...OFFICIAL_SITES].flatMap(([host, name]) => {
    const owner = SOURCES.find((entry) => entry.source.name === name)?.source;
    return owner ? [[host, owner] as const] : [];
  }),
);

/** The body whose official site a page's top line is the address of, if the lexicon knows the site. */
function officialSite(header: string): Source | null {
  const host = /^https?:\/\/(?:www\.)?([a-z0-9.-]+)(?:[/?#]\S*)?$/i.exec(header)?.[1]?.toLowerCase();
  return (host && SITE_OWNERS.get(host)) || null;
}

/** The National Police's own masthead in Ukrainian: its main directorate in a region, or the police itself. */
const POLICE_IN_UKRAINIAN = /^(?:Головне управління Національної поліції|Національна поліція|Поліція)(?!\p{L})/iu;

/** The page's address alone on the line over its masthead, as a copy keeps it: "oskil-lifeline.org/reports/run-212". */
const URL_LINE = /^(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:\/\S*)?[^\S\n]*\n\s*/i;

/** An image's placeholder opening the page's first line, as copied text keeps it: "[logo] ЗАПОРІЗЬКА ОБЛАСНА ...". */
const IMAGE_MARK = /^\[(?:logo|image|photo|icon|emblem)\][^\S\n]*/i;

/** A site's language switch on a line of its own over the page: "UA | EN", "ENG | УКР". */
const LANGUAGE_SWITCH = /^(?:UA|UK|EN|ENG|УКР|RU|РУС|DE|DEU|FR|FRA|ES|ESP|PL|POL)(?:[^\S\n]*[|·/][^\S\n]*(?:UA|UK|EN|ENG|УКР|RU|РУС|DE|DEU|FR|FRA|ES|ESP|PL|POL)){1,5}[^\S\n]*\n\s*/u;

/**
 * The state's name in capitals alone over an official letterhead ("УКРАЇНА / UKRAINE" over "MYKOLAIV CITY COUNCIL"): the
 * issuer is on the line below, in capitals too.
 */
const STATE_LINE = /^(?:УКРАЇНА|UKRAINE|РОССИЙСКАЯ ФЕДЕРАЦИЯ|RUSSIAN FEDERATION)(?:\s*[/|·]\s*(?:УКРАЇНА|UKRAINE|РОССИЙСКАЯ ФЕДЕРАЦИЯ|RUSSIAN FEDERATION))?[ \t]*\n\s*(?=[^\p{Ll}\n]+\n)/u;

/** A social network's own lines over a copied page ("facebook   Search Facebook", "Home   Video   Marketplace   Groups",
 * "Email or phone   Password   Log in"). */
// ("← Post" over a post copied from X)
const SOCIAL_CHROME = /^(?:(?:facebook\b|search facebook\b|вконтакте[^\S\n]*(?=\n)|viber\b|telegram[^\S\n]*(?=\n)|(?:https?:\/\/)?t\.me\/|youtube(?: ua)?[^\S\n]*(?=\n)|search[^\S\n]*(?=\n)|linkedin[^\S\n]*(?=\n)|[^\n]*\bmy network\b|home\b[^\n]*\bmarketplace\b|max[^\S\n]*·[^\S\n]*(?:канал|channel)(?=\s)|←[^\S\n]*(?:post|tweet)\b|[^\n]*\b(?:log in|create new account)\b)[^\n]*\n\s*)+/i;

/** A rule drawn over a letterhead: "==========", "----------". */
const RULE_LINE = /^[=\-_*~]{5,}[^\S\n]*\n\s*/;

/** An editor's note in brackets over a copied page: "[Translated from Russian. Three consecutive posts ...]". */
const EDITORS_NOTE = /^\[[^\]\n]{0,400}\][^\S\n]*\n\s*/;

/** A channel's audience: "212 408 subscribers", "312K followers". */
export const AUDIENCE_COUNT = /\d[\d\s,.]*[KkMm]?\s*(?:subscribers|followers)\b/;
/** ... on one of the two lines under its name. */
const AUDIENCE_BELOW = new RegExp(`^[^\\n]*\\n?[^\\n]*?\\b${AUDIENCE_COUNT.source}`);

/** "News" in English, Russian or Ukrainian, as a news channel's header says what it is. */
const NEWS_WORD = /(?:^|[^\p{L}])(?:news|новости|новини)(?:[^\p{L}]|$)/iu;

const TRANSLATED_TRANSCRIPT = /\btranslated\b[^|·•]*\btranscripts?\b|\bin translation\b/i;

/** A header describing itself as a show: "— a weekly podcast about the war", "| radio show". */
const MEDIA_SHOW = /\b(?:podcast|radio show|talk show)\b/i;

/** The voice of a page's first line (reportSource). */
function headerSource(text: string, memory: SpeakerMemory, outlet: () => string | null): Source | null {
  const { offset, lineEnd, body } = pageStart(text);
  const header = (lineEnd < 0 ? body : body.slice(0, lineEnd)).trim();
  // "Головне управління Національної поліції в Донецькій області — Holovne upravlinnia ...": the police's own masthead, however long
  if (POLICE_IN_UKRAINIAN.test(header)) return NATIONAL_POLICE;
  // "https://dsns.gov.ua/en/news/ostanni-novini/278431" alone on top: the official site the page was copied from
  const site = officialSite(header);
  if (site) return site;
  if (!header || header.length > MAX_HEADER || /[.!?]["”’]?$/.test(header)) return null;
  // "Rossiyskaya Gazeta · rg.ru · 18+": a news site's nameplate beside its commercial domain (not an office's "zoda.gov.ua",
  // which officialSite reads, nor an organisation's ".org") names nobody
  if (isNewsNameplate(header)) return null;
  // ("DELOVOY VESTNIK · English edition", "ROSSIYSKIYE IZVESTIYA · English": a Russian or Ukrainian paper's name, or any paper's in its
  // English edition; not "UN News" or "STEPPE MONITOR" over their own findings)
  const [nameplate, ...rest] = header.split(/\s*[|·•]\s*/);
  const paperWord = nameplate.split(/\s+/).pop()!.toLowerCase();
  if (TRANSLITERATED_NAMEPLATE_WORDS.has(paperWord) || (NAMEPLATE_WORDS.has(paperWord) && rest.some((part) => ENGLISH_EDITION.test(part)))) return null;
  // ("UKRNEWS AGENCY" over a story datelined "Lviv – Kyiv, UkrNews": the outlet's own nameplate)
  // (not a body publishing its own findings under its name: "FIELD LEDGER", "THE HALO TRUST")
  if (NEWS_AGENCY.test(header) && sameName(header, outlet())) return null;
  // "STATE ENTERPRISE «INHULETS WATER COMPANY»", "KP «Kharkivvodokanal»": a company's letterhead, its name in the quotation marks
  const company = COMPANY_LETTERHEAD.exec(header)?.[1];
  if (company && /[A-Za-z]/.test(company)) return { name: /\p{Ll}/u.test(company) ? company : titleCase(company), side: null };
  // "Правительство Курской области" over its site: a Russian region's government, its administration
  const government = russianRegionalGovernment(header);
  if (government) return government;
  // "MEDIA MONITOR · Translated broadcast transcripts": a service translating others' words states none of its own
  // (but the channel it translates, named on the next line, speaks: "FRONTWATCH MONITORING · Russian-language Telegram in
  // translation" over "Channel: Rybar (@rybar) · original post ...")
  if (TRANSLATED_TRANSCRIPT.test(header)) {
    const below = lineEnd >= 0 ? body.slice(lineEnd + 1, body.indexOf("\n", lineEnd + 1) >>> 0) : "";
    return /^\s*channel:[^|·\n]*\(@/i.test(below) ? headerSource(text.slice(0, offset) + " ".repeat(lineEnd) + text.slice(offset + lineEnd), memory, outlet) : null;
  }
  // "THE FRONTLINE HOUR — a weekly podcast about the war in Ukraine": a show's nameplate, whose hosts are journalists
  if (MEDIA_SHOW.test(header)) return null;
  const tokens = tokenize(text, offset, offset + (lineEnd < 0 ? body.length : lineEnd));
  const leading = knownSourceIn(tokens, LEADING_TOKENS);
  if (leading) return leading;
  // "UKRAINIAN PARLIAMENT COMMISSIONER FOR HUMAN RIGHTS" over its statement: the office's holder on the page's date
  const office = officeHolderOf(tokens, memory.publishedAt ?? null);
  if (office) return office;
  // "СУСПІЛЬНЕ ХАРКІВ | Suspilne Kharkiv" over "News · War · Society · Investigations": a news site's nameplate over its
  // sections names nobody
  if (lineEnd >= 0 && isNewsMenu(body.slice(lineEnd + 1, body.indexOf("\n", lineEnd + 1) >>> 0))) return null;
  const namedOfficial = nameAndOffice(tokens);
  if (namedOfficial) return namedOfficial;
  const unit = unitHeader(tokens) ?? officialPageOwner(header) ?? nameplateOverTitle(header, lineEnd < 0 ? "" : body.slice(lineEnd + 1));
  if (unit) return unit;
  if (tokens[0]?.lower === "police") return NATIONAL_POLICE; // "Police of Kharkiv Oblast | Consequences of ..."
  // "TASS · Russian News Agency", "Reuters | World": a known news agency's nameplate names nobody
  // ("РБК | RBC"; "TASS Russian News Agency", "Суспільне Новини | Suspilne News": a known outlet's name and what it is)
  if (header.split(/\s*[|·•]\s*/).some((part) => OUTLET_NAMES.has(part.toLowerCase()) || (OUTLET_NAMES.has(part.split(" ")[0].toLowerCase()) && /\b(?:agency|news)$/i.test(part)))) return null;
  const issuerMatch = ISSUER_HEADER.exec(header); // "UNHCR Ukraine | Flash Update: ...", "BLACK BIRD GROUP | Situation note"
  const issuer = issuerMatch ? (issuerMatch[1] ?? issuerMatch[2]) : undefined;
  // "ОДЕСЬКА МІСЬКА РАДА · ODESA CITY COUNCIL": a city's own office heading its own site speaks on it
  const council = cityOffice(header);
  if (council) return council;
  // "VISTI DNIPRA · Новини Дніпра" over "Home › Dnipro › Incidents": a news site's nameplate names nobody
  // (an issuer's header, "BLACK BIRD GROUP | Situation note", stays its issuer's on its own site, and so does an
  // organisation's name filling the line: "Stezhka Humanitarian Foundation" over "Home | Our work | Reports")
  if (!issuer && lineEnd >= 0 && BREADCRUMB.test(body.slice(lineEnd + 1, lineEnd + 400))) {
    // ("Government of the Czech Republic · vlada.gov.cz": one part of the line is the organisation)
    return OUTLET_NAMES.has(header.toLowerCase()) ? null : organisationSegment(tokens) ?? governmentVoice(text, memory);
  }
  // a nameplate ("MARITIME WIRE | Ports & Logistics") is an outlet, whose own words have no source
  // ("UKRAINIAN RADIO | NEWS SERVICE": a broadcaster's newsroom)
  // (a body's copyright over its own document's header does not make it a newsroom: "ACLED Regional Overview | ..." over
  // "© 2025 ACLED")
  const ownDocument = tokens.some((token) => TITLE_WORDS.has(token.lower));
  // ("UNW — Ukrainian National Wire": the acronym spelled out as a newspaper's or wire's name)
  const isNameplate = !!issuer && (NAMEPLATE_WORDS.has(issuer.split(" ").pop()!.toLowerCase()) || NAMEPLATE_WORDS.has(header.split(/\s+/).pop()!.toLowerCase()) || hasSiteSections(tokens) || (sameName(issuer, outlet()) && !ownDocument) || isNewsroom(tokens, 0, tokens.length));
  // ("MAG | Mines Advisory Group" over its own site: an organisation's name spelled out beside its acronym is the issuer)
  const spelledOut = issuer && !NAMEPLATE_WORDS.has(issuer.split(" ").pop()!.toLowerCase()) ? organisationSegment(tokens) : null;
  if (spelledOut) return spelledOut;
  if (isNameplate) return null;
  // (a document's title in capitals is no issuer: "MONTHLY OPERATIONS REPORT — APRIL 2025")
  if (issuer && !NOT_ISSUERS.has(issuer) && !issuer.toLowerCase().split(" ").some((word) => TITLE_WORDS.has(word))) return { name: issuer.includes(" ") ? titleCase(issuer) : issuer, side: null };
  // "Окопная правда | Okopnaya Pravda" over "Telegram channel · 387K subscribers": a channel's header
  const nextLine = body.slice(lineEnd + 1, body.indexOf("\n", lineEnd + 1) >>> 0).slice(0, MAX_HEADER).toLowerCase();
  // ("Sky Watch UA" over its tagline and "212 408 subscribers": an audience's count under the name, a line or two below)
  // (not a news channel's: "READOVKA" over "Readovka | Новости" and its subscribers)
  const below = lineEnd >= 0 ? body.slice(lineEnd + 1, lineEnd + 1 + 2 * MAX_HEADER) : "";
  const onChannel = lineEnd >= 0 && (/\b(?:telegram|channel)\b/.test(nextLine) || (AUDIENCE_BELOW.test(below) && !NEWS_WORD.test(below)));
  const isTitle = isDocumentTitle(tokens);
  const signed = isTitle ? null : headerSegmentVoice(tokens, onChannel); // a title names its issuer below
  if (signed) return signed;
  const mentioned = findSources(tokens, newSpeakerMemory());
  if (mentioned.some((s) => !s.weak)) return null; // a headline quoting someone
  if (isTitle) {
    const named = genreVoice(tokens) ?? knownSourceIn(tokens) ?? mentioned[0]?.source ?? personIn(tokens) ?? headerSegmentVoice(tokens) ?? acronymOfTitle(tokens);
    if (named) return named;
    // "Monthly Humanitarian Update – June 2025" over "Proliska Humanitarian Mission": the issuer on the line below
    const below = lineEnd >= 0 && nextLine.trim() && !/[.!?:]$/.test(nextLine.trim()) ? headerSegmentVoice(tokenize(text, offset + lineEnd + 1, offset + lineEnd + 1 + nextLine.length)) : null;
    if (below) return below;
  }
  if (mentioned.length) return null; // a headline about an authority, not one it issued
  const first = tokens[0];
  if (OUTLET_NAMES.has(first?.lower ?? "")) return null; // "DW Fact check": an outlet's section, no person "DW Fact"
  const official = headerOfficial(header);
  if (official) return official;
  rememberNames(tokens, memory);
  const name = first ? memory.surnames.get(tokens[1]?.lower ?? "") : undefined;
  // (a name, not a document's genre: "RADIO BULLETIN 07:00 · Script ID ..." names no one)
  return name && CAPITALIZED.test(first.text) && !TITLE_WORDS.has(tokens[1].lower) ? name : null;
}

/**
 * "59th Separate Assault Brigade named after Yakiv Handziuk" over its post: a numbered unit's page or channel, named
 * by the whole line (its honorific may follow).
 */
function unitHeader(tokens: Token[]): Source | null {
  // ("28 ОМБр | 28th Separate Mechanized Brigade named after ...": its name in English after its Ukrainian abbreviation)
  const bar = tokens.findIndex((token) => token.text === "|");
  if (bar > 0 && bar <= MAX_ABBREVIATION_TOKENS && tokens.slice(0, bar).some((token) => IN_CYRILLIC.test(token.text))) return unitHeader(tokens.slice(bar + 1));
  let end = 2;
  while (end < tokens.length && tokens[end].kind === "word" && tokens[end].capitalized && !UNIT_WORDS.has(tokens[end].lower)) end++;
  // (its honorific may follow, or its site's breadcrumb: '142nd Separate Unmanned Systems Battalion "Kestrel" › Press centre')
  // ("93rd Separate Mechanized Brigade Kholodnyi Yar · Military unit": or its honorific unquoted, up to the line's next part)
  let after = end + 1;
  while (after < tokens.length && tokens[after].kind === "word" && tokens[after].capitalized) after++;
  const next = tokens[after === end + 1 ? end + 1 : after];
  if (!UNIT_WORDS.has(tokens[end]?.lower ?? "") || (next && next.lower !== "named" && !QUOTE_MARKS.has(next.text) && !BREADCRUMB_MARKS.has(next.text))) return null;
  const found = unitSource(tokens, 2, end + 1);
  return found.start === 0 ? found.source : null;
}

const MAX_ABBREVIATION_TOKENS = 3;
const IN_CYRILLIC = /\p{Script=Cyrillic}/u;
const QUOTE_MARKS = new Set(['"', "«", "“"]);
const BREADCRUMB_MARKS = new Set(["›", "»", "|", "·"]);

/** A name in capitals filling a line: "BALTIC RIDGE ANALYTICS". */
const NAME_IN_CAPITALS = /^\p{Lu}[\p{Lu}&'’-]*(?: \p{Lu}[\p{Lu}&'’-]*){1,6}$/u;

/**
 * "BALTIC RIDGE ANALYTICS" over "Ukraine Conflict Brief | Issue 112": an organisation's name in capitals over its own
 * document's title (the next line that is not blank) is the document's issuer; a newspaper's nameplate is not.
 */
function nameplateOverTitle(line: string, rest: string): Source | null {
  // ("MERIDIAN INSTITUTE FOR DEFENCE STUDIES         OCCASIONAL PAPER 3/25": the title may stand on the same line)
  const [header, sameLine] = line.split(/\s{3,}/);
  if (!NAME_IN_CAPITALS.test(header) || NAMEPLATE_WORDS.has(header.slice(header.lastIndexOf(" ") + 1).toLowerCase()) || OUTLET_NAMES.has(header.toLowerCase())) return null;
  // ("EMBASSY OF UKRAINE IN THE UNITED KINGDOM": a body the words name whole, whatever follows)
  // (a body: two capitalised words alone, "KEY FIGURES", read as a person's name, are no one)
  const named = speakerNamed(header);
  if (named?.whole && named.source.name.split(" ").some((word) => ORG_HEADS.has(word.toLowerCase()))) return named.source;
  // ("KHERSON LIFELINE" over its tagline, its menu and "Registered charity in England and Wales No. 1198426": a charity's own site)
  if (REGISTERED_CHARITY.test(rest.slice(0, 400))) return { name: titleCase(header), side: null };
  const next = sameLine ?? /^\s*(\S[^\n]*)/.exec(rest)?.[1] ?? "";
  // (a site's menu is no title: "Home | Situation | Clusters | Funding | Maps"; an issue's line with its number and date
  // is: "Ukraine Front Note | No. 47 | 14 August 2025 | 4 pages")
  if (/^(?:home|news)\b/i.test(next) || ((next.match(/[|›»]/g)?.length ?? 0) >= 3 && !/\d/.test(next))) return null;
  return next.toLowerCase().split(/[^\p{L}]+/u).some((word) => NAMEPLATE_TITLE_WORDS.has(word)) ? { name: titleCase(header), side: null } : null;
}

/** "Правительство Курской области", "Администрация Белгородской области": a Russian region's government or administration (not its governor: "Губернатор Брянской области" over his name is his). */
const RUSSIAN_REGIONAL_GOVERNMENT = /^(?:Правительство|Администрация) (\p{Lu}\p{Ll}+) области(?!\p{L})/u;

/** The administration of the Russian region a header in Russian names ("Курской" is Kursk's: Kursk Regional Administration). */
function russianRegionalGovernment(header: string): Source | null {
  const adjective = RUSSIAN_REGIONAL_GOVERNMENT.exec(header)?.[1].toLowerCase();
  if (!adjective) return null;
  // (the region's adjective is its centre's name with "-ой" or "-ской": Курск-ой, Белгород-ской)
  const place = placeByVariant(adjective.replace(/ой$/, "")) ?? placeByVariant(adjective.replace(/ской$/, ""));
  const centre = place && isInRussia(place) ? regionalCentreOf(place.name) : undefined;
  return centre ? regionalAdministrationOf(centre) : null;
}

/** A charity's registration line under its site's nameplate: "Registered charity No. 1187342", "Charity number 1198426". */
const REGISTERED_CHARITY = /^\s*(?:registered charity\b|charity (?:no\b|number\b|registration\b))/im;

/** "Official website of the Governor of the Bryansk Region": a page's own statement of whose it is. */
const OFFICIAL_PAGE = /^(?:the )?official (?:web ?site|site|page|portal|(?:telegram )?channel) of (?:the )?/i;

/** The owner an official page names: the whole words, or a known person closing a title. */
function officialPageOwner(header: string): Source | null {
  const opening = OFFICIAL_PAGE.exec(header);
  const named = opening ? speakerNamed(header.slice(opening[0].length)) : null;
  return named && (named.whole || named.titled) ? named.source : null;
}

/**
 * "Press service of the Kherson Regional Prosecutor's Office" on a line of its own: the press office signing its body's page,
 * whose own figures are the body's (a page that named no issuer at its top).
 */
export function pressServiceOf(text: string, page: SpeakerMemory): Source | null {
  const line = PRESS_SERVICE_LINE.exec(text);
  const named = line ? speakerNamed(line[1], page) : null;
  return named?.whole ? named.source : null;
}

/**
 * A page written as "we" that names its organisation only at its end: "About: The East Ukraine Winterisation Consortium
 * brings together ...", "SafeGround Ukraine — humanitarian demining NGO". The organisation is the "we".
 */
export function footerIssuer(text: string): Source | null {
  if (!FIRST_PERSON.test(text)) return null;
  const end = text.slice(-FOOTER_CHARS);
  const about = ABOUT_LINE.exec(end);
  // (not a newsroom describing itself: "About: The Northern Star is an independent newspaper ...")
  // ("Kestrel Institute for Security Studies · kestrelinstitute.org        Page 2 of 2": a PDF's running footer)
  const name = (about && !NEWSROOM_WORDS.test(end.slice(about.index, end.indexOf("\n", about.index) >>> 0)) ? about[1] : null) ?? SELF_DESCRIBED_LINE.exec(end)?.[1] ?? runningFooterBody(end);
  return name && !OUTLET_NAMES.has(name.toLowerCase()) ? { name: name.replace(/^the /i, ""), side: null } : null;
}

/**
 * "Press centre: press@sumyoblenergo.com.ua · www.sumyoblenergo.com.ua" at the end of a page written as "we": the body the
 * lexicon knows by the name its address is made of speaks on a page whose top names no one.
 */
export function footerDomainOwner(text: string): Source | null {
  if (!FIRST_PERSON.test(text)) return null;
  const footer = text.slice(-FOOTER_CHARS);
  for (const match of footer.matchAll(ADDRESS)) {
    const label = match[1].toLowerCase();
    if (OUTLET_NAMES.has(label)) continue;
    const tokens = tokenize(label);
    const known = tokens.length === 1 ? longestAt(sourcesByFirst, tokens, 0) : null;
    if (known && known.source.name !== GENERIC_MINISTRY) return known.source;
  }
  return null;
}

/**
 * "[Photo: IOM Ukraine staff register newly arrived families ...]" on a page written as "we" that names no one at its top:
 * the body whose staff its own photo shows is the "we".
 */
export function captionStaffOwner(text: string): Source | null {
  if (!FIRST_PERSON.test(text)) return null;
  const caption = CAPTION_STAFF.exec(text)?.[1];
  if (!caption) return null;
  const tokens = tokenize(caption);
  const known = longestAt(sourcesByFirst, tokens, 0);
  // (the body's name, or its country office: "IOM Ukraine")
  const end = known ? known.words.length + (COUNTRIES_OF.has(tokens[known.words.length]?.lower ?? "") ? 1 : 0) : -1;
  return known && end === tokens.length && known.source.side === null ? known.source : null;
}

/**
 * "Posted by the WarSpotting team" near the top of a page written as "we": the body whose team posts it is the "we"
 * (not a newsroom's team, whose own figures are no one's).
 */
export function teamByline(text: string): Source | null {
  const name = TEAM_BYLINE.exec(text.slice(0, TEAM_BYLINE_CHARS))?.[1];
  // (a newsroom's team, by the outlet's name or its first word: "the Kyiv Independent team", "the Reuters Graphics team")
  if (!name || !FIRST_PERSON.test(text) || OUTLET_NAMES.has(name.toLowerCase()) || OUTLET_NAMES.has(name.split(" ")[0].toLowerCase()) || NEWSROOM_WORDS.test(name)) return null;
  // ("the UNICEF Ukraine team": the body the lexicon knows, its country office as the gold set names it)
  return knownSourceIn(tokenize(name)) ?? { name, side: null };
}
const TEAM_BYLINE_CHARS = 1500;
const TEAM_BYLINE = /^[^\S\n]*(?:(?:Posted|Written|Compiled|Prepared) by|By) the (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3}) team\b/mu;

const CAPTION_STAFF = /^[^\S\n]*\[?(?:Photo|Photograph|Pictured|Image)[^\S\n]*[:—–-][^\S\n]*([\p{Lu}][\p{L}'’ -]{1,60}?)[^\S\n]+(?:staff|teams?|workers|volunteers|employees|specialists|field teams)\b/mu;

/** An e-mail address's or a web address's first name: "press@sumyoblenergo.com.ua", "www.dtek.com", "https://ukrenergo.energy". */
const ADDRESS = /(?:[\w.-]+@|\bwww\.|\bhttps?:\/\/(?:www\.)?)([a-z][a-z0-9-]{2,40})\.[a-z]{2,12}(?:\.[a-z]{2,3})?\b/gi;

const NEWSROOM_WORDS = /\b(?:news|media|newspaper|magazine|outlet|journalism|journalists|broadcaster|publication)\b/i;

const PAGE_FOOTER_LINE = /^(\p{Lu}[\p{L}'’&-]*(?: (?:\p{Lu}[\p{L}'’&-]*|of|for|and|on))*)[^\S\n]*[·|—–][^\n]{0,80}?\bPage \d+ of \d+[^\S\n]*$/mu;

/** The body a document's running footer names before its page count, when its name ends in a body's word ("Institute"). */
function runningFooterBody(footer: string): string | null {
  const name = PAGE_FOOTER_LINE.exec(footer)?.[1];
  const words = name?.toLowerCase().split(" ") ?? [];
  return name && words.some((word) => ORG_HEADS.has(word)) && !NEWSROOM_WORDS.test(name) ? name : null;
}

/** How much of a page's end its footer readings look at (footerIssuer, officialPortalOwner). */
const FOOTER_CHARS = 800;
const FIRST_PERSON = /\b(?:we|our)\b/i;
const ABOUT_LINE = /^About(?: us)?:[^\S\n]+(?:the |The )?(\p{Lu}[\p{L}'’&-]*(?: (?:\p{Lu}[\p{L}'’&-]*|of|for|and))*) (?:brings|is|unites|works|was)\b/mu;
const SELF_DESCRIBED_LINE = /^(\p{Lu}[\p{L}'’&-]*(?: \p{Lu}[\p{L}'’&-]*){0,5}) [—–] (?:an? |the )?[^\n]{0,60}\b(?:NGO|non-governmental organi[sz]ation|charity|charitable foundation|foundation|humanitarian organi[sz]ation)\b/mu;

const PRESS_SERVICE_LINE = /^[^\S\n]*(?:the )?(?:press (?:service|centre|center|office)|information (?:department|service)|communications (?:team|department|office)) of (?:the )?([^\n·|]+?)[^\S\n]*(?:[·|][^\n]*)?$/im;

const KNOWN_PEOPLE: ReadonlySet<Source> = new Set(PEOPLE.values());

/**
 * Who a header's words name, read as the speaker of a sentence would be ("the Governor of the Bryansk Region said"),
 * and how: `whole`, the words are the name (a known person may be read from his title alone); `titled`, a known person
 * closes a title in capitals ("Bryansk Oblast Governor A. V. Bogomaz").
 */
function speakerNamed(words: string, page?: SpeakerMemory): { source: Source; whole: boolean; titled: boolean } | null {
  const tokens = tokenize(`the ${words.replace(/^the /i, "")} said`);
  const verb = tokens.length - 1;
  const memory = newSpeakerMemory();
  memory.host = page?.host ?? null; // (only the page's country: the reading leaves no names behind)
  const found = findSources(tokens, memory).find((mention) => !mention.weak && mention.at === verb);
  if (!found) return null;
  const person = KNOWN_PEOPLE.has(found.source);
  // ("Main Directorate of the EMERCOM of Russia for the Belgorod Region": a body's regional branch is the body)
  const branch = found.start > 1 && tokens.slice(1, found.start).every((token) => BRANCH_WORDS.has(token.lower)) && regionalTail(tokens, found.end) === verb;
  const whole = (found.start <= 1 && (found.end === verb || person)) || branch;
  const titled = person && found.end === verb && found.start > 1 && tokens.slice(1, found.start).some((token) => TITLES.has(token.lower)) && tokens.slice(1, found.start).every(isTitleWord);
  return { source: found.source, whole, titled };
}

/** Words naming a part of a body before the body's own name: "Main Directorate of the ...", "Regional Department of ...". */
const BRANCH_WORDS = new Set(["main", "directorate", "department", "regional", "territorial", "branch", "division", "office", "of", "the"]);

/**
 * Where a body's regional branch named after it ends: "... of Russia for the Belgorod Region", "... in Kharkiv Oblast"
 * from `k`; -1 when the words there are no region.
 */
function regionalTail(tokens: Token[], k: number): number {
  if (tokens[k]?.lower !== "for" && tokens[k]?.lower !== "in") return -1;
  const at = tokens[k + 1]?.lower === "the" ? k + 2 : k + 1;
  if (!tokens[at]?.capitalized || !placeByVariant(tokens[at].lower)) return -1;
  return tokens[at + 1]?.lower === "region" || tokens[at + 1]?.lower === "oblast" ? at + 2 : at + 1;
}

/** A word of an official's title before his name: a title, a place, an office's word, or an initial ("Bryansk Oblast Governor A. V."). */
function isTitleWord(token: Token): boolean {
  return token.text === "." || TITLES.has(token.lower) || REGION_WORDS.has(token.lower) || placeByVariant(token.lower) !== undefined || /^\p{Lu}$/u.test(token.text);
}

const REGION_WORDS = new Set(["oblast", "region", "city", "district", "of", "the"]);

/** "Губернатор Брянской области | Bryansk Oblast Governor A. V. Bogomaz": a header's part that is a known official's title and name. */
/**
 * A profile's heading of a person's name and office, in either order, as a copied page runs them together: "Mykhailo
 * Lytvynenko Head of Dnipropetrovsk Regional Military Administration", "Head of the Kamenka-Dneprovskaya Municipal District
 * Sergei Drozdov": the person.
 */
export function nameAndOffice(tokens: Token[]): Source | null {
  const words = tokens.filter((token) => token.text !== ",");
  if (words.length < 4 || !words.every((token) => token.kind === "word" || token.text === "-" || token.text === "'s")) return null;
  // (a newsroom's byline is no official's: "Peter Marlowe Defence and security editor")
  if (words.some((token) => JOURNALISTS.has(token.lower))) return null;
  const isSurname = (token: Token | undefined) => !!token?.capitalized && !ORG_HEADS.has(token.lower) && !TITLES.has(token.lower) && !placeByVariant(token.lower);
  const personAt = (k: number): Source => {
    const name = nameAt(words, k);
    const known = name ? knownPerson(name) : undefined;
    return known ?? { name: titleCase(`${words[k].text} ${words[k + 1].text}`), side: null };
  };
  // the name first, then its title
  if (FIRST_NAMES.has(words[0].lower) && isSurname(words[1]) && TITLES.has(words[2].lower)) return personAt(0);
  // the title first, the name closing the line
  const last = words.length - 2;
  if (TITLES.has(words[0].lower) && FIRST_NAMES.has(words[last].lower) && isSurname(words[last + 1])) return personAt(last);
  return null;
}

const JOURNALISTS = new Set(["editor", "correspondent", "reporter", "writer", "journalist", "columnist", "contributor", "producer", "presenter", "anchor"]);

function headerOfficial(header: string): Source | null {
  for (const part of header.split(/\s+[|·•]\s+/)) {
    const named = /[A-Za-z]/.test(part) ? speakerNamed(part) : null;
    if (named?.titled) return named.source;
    // ("Governor of the Kursk Region | Official portal": the office alone, whose holder the lexicon knows)
    if (named?.whole && isPersonName(named.source.name) && TITLES.has(part.split(" ")[0].toLowerCase())) return named.source;
  }
  return null;
}

/** A line of a news site's sections: three short parts or more, two of them a newsroom's ("News · War · Society · Radio"). */
function isNewsMenu(line: string): boolean {
  // (a wide gap parts the menu from a language switch set beside it: "Society · Interviews · Columns      UA | EN | RU")
  const parts = line.trim().split(/\s*[|·•]\s*|\s{2,}/);
  if (parts.length < 3 || parts.some((part) => part.split(" ").length > 3)) return false;
  // ("Home | News | Documents | Contacts" is any site's menu: "home" counts for no newsroom)
  const sections = parts.map((part) => part.toLowerCase().split(" ")[0]).filter((word) => SITE_SECTIONS.has(word) && word !== "home");
  // (and an office's or an NGO's site has news, videos and investigations too: "News · Addresses · Decrees · Photo · Video",
  // "About us · Investigations · Reports · News · Donate"; a newsroom has beats)
  return sections.length >= 2 && sections.some((word) => !ANY_SITES_SECTIONS.has(word));
}

const ANY_SITES_SECTIONS = new Set(["news", "video", "investigations", "podcasts", "newsletter"]);

/** A news site's section menu after its name: "UA PULSE | News | War". */
const SITE_SECTIONS = new Set([
  "news", "war", "politics", "world", "economy", "business", "opinion", "sport", "society", "regions", "video", "culture", "analytics", "home",
  // ("NORTHEAST DISPATCH" over "Kharkiv · Sumy · Poltava · People · Opinion · Donate", "ENERGY LEDGER" over "Markets · Oil · Gas ·
  // Power · Explainers · Newsletter", "JUSTICE WATCH UKRAINE" over "Courts · War crimes · Investigations · ...")
  "people", "markets", "explainers", "newsletter", "investigations", "courts", "features", "interviews", "podcasts",
  // (a business paper's beats: "EKONOMIKA SEGODNYA" over "Regions | Budget | Labour market")
  "budget", "finance", "labour", "labor", "companies", "tech",
]);

const SECTION_BARS = new Set(["|", "·", "•"]);

function hasSiteSections(tokens: Token[]): boolean {
  let sections = 0;
  let short = 0; // "MERIDIAN LIST | Insurance | Marine War Risk | Black Sea": a breadcrumb of short capitalised parts
  // ("THE MERIDIAN  |  World · Europe · Ukraine · Live": the sections may be set apart by dots as well as bars)
  const isBar = (token: Token) => SECTION_BARS.has(token.text);
  for (let k = 1; k < tokens.length - 1; k++) {
    if (!isBar(tokens[k])) continue;
    if (SITE_SECTIONS.has(tokens[k + 1].lower)) sections++;
    let end = k + 1;
    while (end < tokens.length && !isBar(tokens[end])) end++;
    if (end - k - 1 <= 3 && tokens.slice(k + 1, end).every((t) => t.kind === "word" && t.capitalized)) short++;
  }
  return sections >= 2 || short >= 3;
}

/** A site's breadcrumb or menu within the two lines under the header: "Home › Dnipro › Incidents", "News | Region | War". */
const BREADCRUMB = /^(?:[^\n]*\n)?[^\S\n]*(?:(?:Home|News)[^\S\n]*[›»>|]|[\p{L} ]{2,30}›[\p{L} ]{2,30}›)/iu;

/** A breadcrumb line of three or more "›" parts, read for the place it files the page under (BREADCRUMB tells a nameplate by its menu). */
const BREADCRUMB_LINE = /^[^\n›»]{0,40}(?:[›»][^\n›»]{1,40}){2,}$/gmu;

/** "Home › News › Kremenchuk", "News › Kyiv › Incidents": the one place a page's breadcrumb (near its top) files it under. */
export function breadcrumbPlace(text: string): string | null {
  const top = text.slice(0, 600);
  for (const match of top.matchAll(BREADCRUMB_LINE)) {
    const places = match[0].split(/[›»]/).map((part) => placeByVariant(part.trim().toLowerCase())).filter((place) => place !== undefined);
    if (places.length === 1) return places[0]!.name;
    if (places.length > 1) return null;
  }
  return null;
}

/**
 * "14 Vodoprovidna St., Kryvyi Rih, 50002 · press@inhvoda.com.ua": the city of a letterhead's postal address near the page's
 * top, a street, the city, its postcode; its figures happen there unless they name another place.
 */
export function letterheadCity(text: string): string | null {
  const city = LETTERHEAD_ADDRESS.exec(text.slice(0, LETTERHEAD_CHARS))?.[1];
  const place = city ? placeByVariant(city.toLowerCase()) : undefined;
  // (not a capital's: national bodies sit there, and their figures are the country's)
  return place?.kind === "city" && !CAPITALS.has(place.name) ? place.name : null;
}

const CAPITALS: ReadonlySet<string> = new Set(["Kyiv", "Moscow", "Minsk"]);
const LETTERHEAD_CHARS = 400;
const LETTERHEAD_ADDRESS = /^[^\n]{0,60}\b(?:St|Str|Street|Ave|Avenue|vul|Blvd|Lane)\.?,[^\S\n]+(\p{Lu}[\p{L}'’-]*(?:[^\S\n]\p{Lu}[\p{L}'’-]*)?),[^\S\n]+\d{5}\b/mu;

/** A profile's name line: a first name and a surname (or two), with a verification mark if the site shows one. */
const PROFILE_NAME = /^(\p{Lu}\p{Ll}+(?: \p{Lu}[\p{Ll}'’-]+){1,2})\s*[✓✔☑]?$/u;
const PROFILE_LINES = 8;
const THREAD_BY = /^(?:Thread|🧵)[^\S\n]+by[^\S\n]+@\w+$/iu;
/** The author's line of an unrolled thread: the name, any emoji, maybe the handle again, then "·" and the thread's date and size. */
const THREAD_AUTHOR = /^(\p{Lu}\p{Ll}+(?: \p{Lu}[\p{Ll}'’-]+){1,2})[^\p{L}\n]{0,12}(?:@\w+[^\S\n]*)?·/u;

/** "Zaporizhzhia City Council", "Kostiantynivka City Military Administration" in a header: the city's own office. */
function cityOffice(header: string): Source | null {
  const council = /\b(\p{L}+) City (Council|Military Administration)\b/iu.exec(header);
  const city = council ? placeByVariant(council[1].toLowerCase()) : undefined;
  return city?.kind === "city" ? { name: `${city.name} City ${titleCase(council![2])}`, side: "ukraine" } : null;
}

/**
 * "Alexander Gusev ✓" over "Governor of the Voronezh region", "Marek Holub" over "@mholub_maps": a page that is one
 * person's profile or thread (a verified name, or a name over its handle, near the top) speaks in that person's voice.
 */
export function profileOwner(text: string): Source | null {
  const lines = text.slice(0, 800).split("\n", PROFILE_LINES).map((line) => line.trim());
  for (let k = 0; k < lines.length - 1; k++) {
    // "Запорізька міська рада / Zaporizhzhia City Council ✔": a city office's verified page
    const office = /[✓✔☑]$/.test(lines[k]) ? cityOffice(lines[k]) : null;
    if (office) return office;
    // ("Thread by @wendt_maps" over "Lukas Wendt 🗺️ · Jun 18, 2025 · 12 tweets": a thread unrolled under its author's handle)
    const unrolled = k > 0 && THREAD_BY.test(lines[k - 1]);
    const name = (unrolled ? THREAD_AUTHOR : PROFILE_NAME).exec(lines[k])?.[1];
    if (!name || !FIRST_NAMES.has(name.slice(0, name.indexOf(" ")).toLowerCase())) continue;
    if (!unrolled && !/[✓✔☑]$/.test(lines[k]) && !/^@\w+$/.test(lines[k + 1])) continue;
    const tokens = tokenize(name);
    const person = nameAt(tokens, 0);
    return person && person.parts >= 2 ? knownPerson(person) ?? { name: person.text, side: null } : null;
  }
  return null;
}

/**
 * A column's author: "Serhii Bratchenko, reserve colonel, military expert." under a header that files the page under
 * opinion or columns. The columnist's own estimates are his (the gold README: "a columnist's own derivation").
 */
export function columnist(text: string): Source | null {
  const top = text.slice(0, 800);
  if (!COLUMN_PAGE.test(top)) return null;
  // (the page's first lines with text: a headline and a standfirst, blank lines between, stand over the byline)
  for (const line of top.split("\n").filter((line) => line.trim()).slice(0, PROFILE_LINES)) {
    const name = BYLINE.exec(line.trim())?.[1] ?? TITLED_BYLINE.exec(line.trim())?.[1];
    if (!name || !FIRST_NAMES.has(name.slice(0, name.indexOf(" ")).toLowerCase())) continue;
    const person = nameAt(tokenize(name), 0);
    return person && person.parts >= 2 ? knownPerson(person) ?? { name: person.text, side: null } : null;
  }
  return null;
}

/**
 * A newsletter post's author, as its platform lays out the byline: the name alone on a line, the post's date under it and
 * the readers' hearts and comments under that ("Richard Ashdown" / "Aug 17, 2025 · Free post" / "♥ 214 · 💬 37"). A writer
 * publishing his own analysis speaks for it, not the newsletter's title over it.
 */
export function newsletterAuthor(text: string): Source | null {
  const lines = text.slice(0, 1500).split("\n", NEWSLETTER_LINES).map((line) => line.trim());
  for (let k = 0; k + 2 < lines.length; k++) {
    // ("The Front Line Weekly, by Hanna Whitcroft" over "Issue #87 · 23 February 2025": a newsletter its title says one writer writes)
    const writer = TITLE_BY_WRITER.exec(lines[k])?.[1];
    const titled = writer && ISSUE_LINE.test(lines[k + 1]) ? writerOf(writer) : null;
    if (titled) return titled;
    // (or on the date's own line: "Dec 3, 2024 · 14 min read · ♥ 412 · 💬 87 · Share")
    if (!POST_DATE.test(lines[k + 1]) || !(REACTIONS.test(lines[k + 2]) || REACTIONS_AFTER.test(lines[k + 1]))) continue;
    return writerOf(PROFILE_NAME.exec(lines[k])?.[1]);
  }
  return null;
}

/** A writer's full name as a source ("Hanna Whitcroft"), if it opens with a first name. */
function writerOf(name: string | undefined): Source | null {
  if (!name || !FIRST_NAMES.has(name.slice(0, name.indexOf(" ")).toLowerCase())) return null;
  const person = nameAt(tokenize(name), 0);
  return person && person.parts >= 2 ? knownPerson(person) ?? { name: person.text, side: null } : null;
}

const TITLE_BY_WRITER = /^[^\n,]{3,60}, by (\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)$/u;
/** "Issue #87 · 23 February 2025 · 9 min read": a newsletter's issue line. */
const ISSUE_LINE = /^Issue #?\d+\b/;

const NEWSLETTER_LINES = 16;
/** "Aug 17, 2025", "Feb 10, 2025 · 12 min read": a post's date as newsletter platforms print it. */
const POST_DATE = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{1,2}, \d{4}\b/;
/** Readers' hearts and comments under a post: "♥ 214 · 💬 37", "❤ 412   💬 87". */
const REACTIONS = /^[♥♡❤]/u;
const REACTIONS_AFTER = /· [♥♡❤]\uFE0F? ?\d/u;

/** "Prepared by: Frontline Aid International (FAI), Ukraine Country Office": a document's issuer by its label, near the top. */
// ("From: IISS <newsletters@iiss.org>": an e-mail's sender, by the name before its address)
// ("Format: Situation Report | Source: OCHA | Posted: 10 Apr 2025": a document repository's meta line, its source, or its
// "Source: OCHA" line under the repository's breadcrumb, "ReliefWeb › Countries › Ukraine › Situation Report")
const ISSUER_LABEL = /^[^\S\n]*(?:(?:prepared|issued|published|compiled|produced) by:?|from:(?=[^\n]*<[^>\n]+@[^>\n]+>)|format:[^\n|]*\|[^\S\n]*sources?:)[^\S\n]+(\S[^\n]*)/im;
const ISSUER_LABEL_LINES = 15;
/** The line under a repository's breadcrumb: "Source: OCHA" (found in code: a regex spanning both lines backtracks on long ones). */
const SOURCE_LINE = /^[^\S\n]*sources?:[^\S\n]+(\S[^\n]*)/i;

/** Where the issuer's name starts in `top` and how long its line runs: after a label, or on a breadcrumb's "Source:" line. */
function issuerLabelAt(top: string): { from: number; length: number } | null {
  const match = ISSUER_LABEL.exec(top);
  if (match) return { from: match.index + match[0].length - match[1].length, length: match[1].length };
  const crumb = top.indexOf("›");
  const next = crumb < 0 ? -1 : top.indexOf("\n", crumb);
  const line = next < 0 ? null : SOURCE_LINE.exec(top.slice(next + 1, top.indexOf("\n", next + 1) < 0 ? top.length : top.indexOf("\n", next + 1)));
  return line ? { from: next + 1 + line[0].length - line[1].length, length: line[1].length } : null;
}

/** The issuer a document's label names ("Prepared by: ..."): a known source, else the label's first part as written. */
export function labelledIssuer(text: string): Source | null {
  // (the page's first lines, found without splitting the whole page)
  let topEnd = -1;
  for (let n = 0; n < ISSUER_LABEL_LINES && (topEnd = text.indexOf("\n", topEnd + 1)) >= 0; n++);
  const top = topEnd < 0 ? text : text.slice(0, topEnd);
  const label = issuerLabelAt(top);
  if (!label) return null;
  const all = tokenize(text, label.from, label.from + label.length);
  const tokens = all[0]?.lower === "the" ? all.slice(1) : all;
  const known = knownSourceIn(tokens, 1);
  if (known) return known;
  let end = 0;
  while (end < tokens.length && !HEADER_SEPARATORS.has(tokens[end].text)) end++;
  const part = tokens.slice(0, end);
  // (a name's words: capitalised, or linking ones inside it, "Office for the Coordination of Humanitarian Affairs")
  const isName = part.length > 0 && part.length <= MAX_SEGMENT && part[0].capitalized && part[part.length - 1].capitalized &&
    part.every((token) => token.kind === "word" && (token.capitalized || LABEL_NAME_LINKS.has(token.lower)));
  const name = part.map((token) => token.text).join(" ");
  // (a newsroom's newsletter, "From: The Eastern Front Digest <digest@...>", is an outlet's)
  return isName && !OUTLET_NAMES.has(name.toLowerCase()) && !NAMEPLATE_WORDS.has(part[part.length - 1].lower) ? { name, side: null } : null;
}

const LABEL_NAME_LINKS = new Set(["of", "for", "the", "and", "on"]);

/**
 * A known body's line among the page's first lines, its short name and its full one either side of a bar, both naming it:
 * "OCHA | United Nations Office for the Coordination of Humanitarian Affairs" under a dashboard's title. The page's issuer.
 */
export function issuerBarLine(text: string): Source | null {
  let start = 0;
  for (let n = 0; n < ISSUER_LABEL_LINES && start < text.length; n++) {
    const newline = text.indexOf("\n", start);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(start, end).replace(/\r$/, "");
    const bar = line.indexOf(" | ");
    if (bar > 0 && ISSUER_BAR_LINE.test(line)) {
      const short = knownSourceIn(tokenize(text, start, start + bar), 1);
      if (short && namesBody(tokenize(text, start + bar + 3, start + line.length), short)) return short;
    }
    start = end + 1;
  }
  return null;
}

/** Whether the tokens name `body` somewhere under a name the lexicon knows ("... Office for the Coordination of Humanitarian Affairs"). */
function namesBody(tokens: Token[], body: Source): boolean {
  for (let i = 0; i < tokens.length; i++) if (longestAt(sourcesByFirst, tokens, i)?.source.name === body.name) return true;
  return false;
}

/** "OCHA | United Nations Office for ...", "UNHCR | The UN Refugee Agency": a short name, a bar, a name in capitals. */
const ISSUER_BAR_LINE = /^\s*[A-Z][A-Za-z]{1,9} \| (?:The )?[A-Z][\p{L} ,'’-]{5,120}$/u;

const COLUMN_PAGE = /\b(?:opinion|columns?|op-ed|commentary)\b/i;
/**
 * A name, a comma and the writer's description in lower case: "Serhii Bratchenko, reserve colonel, ...", or an office's
 * title: "By Taras Hlushko, Minister of Strategic Industries of Ukraine" (not a staff byline, "By Laura Kessler, Defence Editor").
 */
/** The offices a column's byline gives its writer, after the name or before it. */
const BYLINE_TITLES = "(?:Deputy |First |Vice |Former )?(?:Minister|Ambassador|President|Prime Minister|Secretary|Commander|Chief|Head|Mayor|Governor|Chairman|Chairwoman|Chair|Speaker|Member|Commissioner|Ombudsman|General|Colonel)\\b";
const BYLINE = new RegExp(`^(?:By )?(\\p{Lu}\\p{Ll}+ \\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?), (?:\\p{Ll}|${BYLINE_TITLES})`, "u");

/** "Opinion | by Minister of Internal Affairs Ihor Klymenko": the writer's office first, his name closing the line. */
const TITLED_BYLINE = new RegExp(`^(?:[^|\\n]*\\|\\s*)?[Bb]y (?:the )?${BYLINE_TITLES}[^\\n]{0,60}? (\\p{Lu}\\p{Ll}+ \\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)$`, "u");

/** Third countries a report may be about, by name and demonym (Russia, Ukraine, Belarus and North Korea are parties, not hosts). */
// (Britain by its other names too: "the UK", "the United Kingdom")
const HOSTS = [...DEMONYMS_OF, ["UK", "British"], ["United Kingdom", "British"]].filter(([country]) => country !== "Belarus" && country !== "Korea");
const HOST_PATTERN = new RegExp(`\\b(${HOSTS.flatMap(([country, demonym]) => [country, demonym]).join("|")})\\b`, "g");
const DEMONYM_OF_WORD = new Map(HOSTS.flatMap(([country, demonym]) => [[country, demonym], [demonym, demonym]]));
const MIN_HOST_MENTIONS = 4;

/** "Government of the Netherlands" heading a page: the government whose site it is, and its country's demonym. */
const GOVERNMENT_MASTHEAD = /^\s*(?:date:?\s+\d{4}-\d{2}-\d{2}\s*)?Government of (?:the )?(\p{Lu}\p{L}+)/u;

function mastheadGovernment(text: string): string | null {
  const country = GOVERNMENT_MASTHEAD.exec(text.slice(0, 200))?.[1];
  // ("the Czech Republic": a demonym naming its country)
  return country ? (countryWord(country) ?? null) : null;
}

/** Third countries by the names their own outlets give them, for a masthead's place line ("Tulcea · Delta Dunării · România"). */
const NATIVE_COUNTRY_NAMES = new Map(Object.entries({
  România: "Romanian", Polska: "Polish", Magyarország: "Hungarian", Lietuva: "Lithuanian", Latvija: "Latvian", Eesti: "Estonian",
  Suomi: "Finnish", Deutschland: "German", Česko: "Czech", Slovensko: "Slovak", Sverige: "Swedish", Norge: "Norwegian", Danmark: "Danish",
}));

/**
 * A local outlet's masthead placing it in a third country: one of its first lines naming a place, its region and last its
 * country ("Tulcea · Delta Dunării · România"; not a menu of sections, "Germany | World | Business | ...").
 */
function mastheadCountry(text: string): string | null {
  for (const line of mastheadLines(text)) {
    // (parts set apart by dots or bars, not commas: "By Olena Harmash, Warsaw, Poland" is a byline, no masthead)
    // (split on the mark alone: "\s*" around it backtracks quadratically on a long line of spaces)
    // ("Ministry of National Defence — Romania": a spaced dash too, on a short line, no headline's "... drone incursion — Poland")
    const parts = line.split(line.split(" ").length <= MAX_DASHED_MASTHEAD_WORDS ? /[·|•]|\s[—–]\s/ : /[·|•]/);
    if (parts.length < 2 || parts.length > MAX_PLACE_PARTS) continue;
    // (not a language switch, "EN | DA | UK", whose "UK" is Ukrainian; but one offering Romanian and Russian, and not
    // Ukrainian, is a Moldovan site's: "RO | RU | EN")
    if (parts.every((part) => LANGUAGE_CODE.test(part.trim()))) {
      const codes = new Set(parts.map((part) => part.trim()));
      if (codes.has("RO") && codes.has("RU") && !codes.has("UA") && !codes.has("UK")) return "Moldovan";
      continue;
    }
    const name = parts[parts.length - 1].trim();
    const demonym = NATIVE_COUNTRY_NAMES.get(name) ?? (HOST_NAMES.has(name) ? DEMONYM_OF_WORD.get(name) : undefined);
    if (demonym) return demonym;
  }
  return null;
}
const MAX_PLACE_PARTS = 3;
const LANGUAGE_CODE = /^[A-Z]{2}$/;
const MAX_DASHED_MASTHEAD_WORDS = 7;
const HOST_NAMES = new Set(HOSTS.map(([country]) => country));

/**
 * "Moldovan" for a report naming Moldova or Moldovans at least four times and twice as often as any other third country,
 * on the site of that country's government, or on an outlet whose masthead places it there; or a wire datelined in that
 * country's capital that names it again.
 */
export function hostCountry(text: string): string | null {
  // ("GOV.UK" over "From: Ministry of Defence": the British government's own site)
  if (isGovUkPage(text)) return "British";
  const government = mastheadGovernment(text) ?? mastheadCountry(text);
  if (government) return government;
  const counts = new Map<string, number>();
  for (const match of text.matchAll(HOST_PATTERN)) {
    const demonym = DEMONYM_OF_WORD.get(match[1])!;
    counts.set(demonym, (counts.get(demonym) ?? 0) + 1);
  }
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  if (first && first[1] >= MIN_HOST_MENTIONS && (!second || first[1] >= 2 * second[1])) return first[0];
  // ("Bratislava, August 23 (TASR) - Crude deliveries ... to Slovakia and Hungary stopped": a wire datelined in a third
  // country's capital, naming that country twice more and at least half as often as any other)
  const capital = CAPITAL_DATELINE.exec(text.slice(0, DATELINE_REACH))?.[1];
  const country = capital ? CAPITAL_COUNTRIES.get(capital[0] + capital.slice(1).toLowerCase()) : undefined;
  const demonym = country ? DEMONYM_OF_WORD.get(country) : undefined;
  const mentions = demonym ? (counts.get(demonym) ?? 0) : 0;
  return demonym && mentions >= MIN_DATELINE_HOST_MENTIONS && 2 * mentions >= (first?.[1] ?? 0) ? demonym : null;
}

/**
 * The department a GOV.UK page is "From:" ("From: Ministry of Defence and The Rt Hon John Healey MP"): the body it names first,
 * the lexicon's (its country the page's host, British).
 */
export function govUkIssuer(text: string): Source | null {
  if (!isGovUkPage(text)) return null;
  const head = text.slice(0, GOV_UK_HEAD);
  const from = GOV_UK_FROM.exec(head);
  if (!from) return null;
  const start = from.index + from[0].length - from[1].length;
  // (the first of the bodies and ministers it lists: "Ministry of Defence and The Rt Hon John Healey MP")
  const first = from[1].split(/,| and /)[0];
  const tokens = tokenize(text, start, start + first.length);
  // (a department the lexicon knows only as any country's, "Ministry of Defence", as written: the host's, once resolved)
  return knownSourceIn(tokens, 1) ?? (DEPARTMENT_NAME.test(first.trim()) ? { name: first.trim(), side: null } : null);
}
const GOV_UK_FROM = /^[^\S\n]*From:[^\S\n]+(\S[^\n]*)/m;
/** "Ministry of Defence", "Department for Business and Trade": a department named by its field alone. */
const DEPARTMENT_NAME = /^(?:Ministry|Department) (?:of|for) [A-Z][A-Za-z ]{2,60}$/;
/** How far down a GOV.UK page its "From:" line may stand: under the title and its summary. */
const GOV_UK_HEAD = 1500;

/** "GOV.UK" on a line of its own, or opening one ("GOV.UK · Departments"), among the page's first lines. */
function isGovUkPage(text: string): boolean {
  return GOV_UK.test(text.slice(0, GOV_UK_REACH));
}
const GOV_UK = /^[^\S\n]*GOV\.UK\b/m;
const GOV_UK_REACH = 300;

/** A wire's dateline opening a line: a city, its date or nothing, the agency in brackets and a dash ("WARSAW, Sept 10 (Reuters) -"). */
const CAPITAL_DATELINE = /^\s*(\p{Lu}[\p{L}-]+)\b[^\n(]{0,30}\(\p{Lu}[\p{L}-]*\)[^\S\n]*[-–—]/mu;
const DATELINE_REACH = 2000;
const MIN_DATELINE_HOST_MENTIONS = 3;

/** The page's own outlet ("© 2019–2025 UA Pulse") heading it is a nameplate. */
/** A news agency's name: "UKRNEWS AGENCY", "Interfax News Agency". */
const NEWS_AGENCY = /news.*\bagency$/i;

function sameName(issuer: string, outlet: string | null): boolean {
  return !!outlet && issuer.toLowerCase() === outlet.toLowerCase();
}

/** Separators between the parts of a channel's or a page's header line. */
const HEADER_SEPARATORS = new Set(["|", "·", "•", "—", "–", ",", "(", ")", "/", ":", "<"]);
const CHANNEL_MARKS = new Set(["telegram", "channel", "subscribers", "followers"]);
/** Parts of a header that say where it was posted, not who posted it. */
const CHANNEL_WORDS = new Set(["telegram", "official", "channel", "facebook", "x", "twitter", "post", "posts", "on"]);
const MAX_SEGMENT = 6;

/** A year in a header ("Monthly Update – June 2025"), which makes no headline of it. */
/** Emoji decorating a channel's name ("Monitor ⚡️ | Telegram"). */
const EMOJI = /^[\p{Extended_Pictographic}\uFE0F\u200D]+$/u;

/**
 * A header line made of short parts, one of which is its author by name: "Telegram · Oleh Syniehubov",
 * "Syniehubov | Telegram", "Олег Синєгубов", "Oleh Syniehubov, head of the Kharkiv Regional Military
 * Administration". A person known by surname, or a known body filling a whole part; never a line with
 * a figure in it (that is a headline).
 */
function headerSegmentVoice(tokens: Token[], onChannel = false): Source | null {
  // a channel's header: channel words, an audience, or its name also in Cyrillic ("Рыбарь | Rybar")
  const isChannel = onChannel || tokens.some((token) => CHANNEL_MARKS.has(token.lower) || /^\p{Script=Cyrillic}/u.test(token.text));
  // a figure makes it a headline (a year does not: "Proliska Humanitarian Mission | Monthly Update – June 2025")
  if (!isChannel && tokens.some((token) => token.kind === "num" && !YEAR.test(token.text))) return null;
  let start = 0;
  for (let k = 0; k <= tokens.length; k++) {
    if (k < tokens.length && !HEADER_SEPARATORS.has(tokens[k].text)) continue;
    let from = start;
    while (from < k && (CHANNEL_WORDS.has(tokens[from].lower) || EMOJI.test(tokens[from].text))) from++;
    let to = k;
    // ("Monitor ⚡️ | Telegram": an emoji decorating the channel's name)
    while (to > from && (CHANNEL_WORDS.has(tokens[to - 1].lower) || EMOJI.test(tokens[to - 1].text))) to--;
    start = k + 1;
    // ("47 ОМБр «Маґура» | 47th Separate Mechanized Brigade": a numbered unit filling its part)
    if (tokens[from]?.kind === "num" && to - from > 2 && UNIT_WORDS.has(tokens[to - 1].lower)) {
      const unit = unitSource(tokens, from + 2, to);
      if (unit.start === from) return unit.source;
    }
    if (to - from < 1 || to - from > MAX_SEGMENT || !tokens[from].capitalized) continue;
    if (to - from > 3 && tokens.slice(from, to).some((token) => !token.capitalized && token.kind === "word" && token.lower !== "of" && token.lower !== "the")) continue;
    const known = longestAt(sourcesByFirst, tokens, from);
    if (known && from + known.words.length === to && known.source.name !== GENERIC_MINISTRY) return known.source;
    // an organisation filling the part: "The HALO Trust", "Danube Shipping Association" (not an outlet's "NEWS SERVICE")
    const org = isNewsroom(tokens, from, to) ? null : orgAt(tokens, tokens[from].lower === "the" ? from + 1 : from);
    if (org && org.end === to) return org.source;
    // a channel by its name: "Rybar | Telegram channel", "Okopnaya Pravda" (not an outlet's: its own words have no source)
    const part = tokens.slice(from, to);
    // ("Svodka 24 | Сводка 24": a number may end the channel's name)
    // ("Zapiski s Peredka | Записки с передка": a transliterated name's preposition in lower case between its words)
    const named = isChannel && to - from <= 3 && part.every((t, n) => (t.kind === "word" && t.capitalized && /^[A-Za-z]/.test(t.text)) || (n > 0 && n === part.length - 1 && t.kind === "num") || (n > 0 && n < part.length - 1 && TRANSLITERATED_PREPOSITIONS.has(t.text)));
    if (named && !PEOPLE.has(tokens[to - 1].lower) && !placeByVariant(tokens[from].lower) && !OUTLET_NAMES.has(part.map((t) => t.lower).join(" "))) {
      return { name: part.map((t) => t.text).join(" "), side: null };
    }
    const words = tokens.slice(from, to).map((token) => token.text);
    // "Kharkiv Regional Military Administration", "Kharkiv OVA"
    const office = REGIONAL_OFFICE_ACRONYMS.has(tokens[to - 1].lower) ? regionalAdministration([...words.slice(0, -1), "Regional", "Administration"]) : regionalAdministration(words);
    if (office) return office;
    // "Kostiantynivka CMA", "Pokrovsk MVA": the city's military administration
    const city = to - from === 2 && CITY_OFFICE_WORDS.has(tokens[to - 1].text) ? placeByVariant(tokens[from].lower) : undefined;
    if (city?.kind === "city" && !isInRussia(city)) return { name: `${city.name} City Military Administration`, side: "ukraine" };
    // a person known by surname: the whole part ("Syniehubov", "Синєгубов Олег"), or its end ("Head of Kharkiv OVA Oleh Syniehubov")
    const holder = to - from > 2 && isFirstName(tokens[to - 2]) ? lexiconPerson(tokens[to - 2].lower, tokens[to - 1].lower) : undefined;
    if (holder) return holder;
    if (to - from > 2 || tokens.slice(from, to).some((token) => !token.capitalized || token.kind !== "word")) continue;
    // a surname alone, or with a first name on either side ("Синєгубов Олег"): not "Putin Threatens Kyiv"
    const person = to - from === 1
      ? PEOPLE.get(tokens[from].lower)
      : (isFirstName(tokens[from]) ? lexiconPerson(tokens[from].lower, tokens[to - 1].lower) : undefined) ?? (isFirstName(tokens[to - 1]) ? lexiconPerson(tokens[to - 1].lower, tokens[from].lower) : undefined);
    if (person) return person;
  }
  return null;
}

/**
 * "Government of the Czech Republic · vlada.gov.cz": a government's own site speaks as that government ("Czech
 * Government"), or as its ministry named on the next line ("Ministry of Foreign Affairs" under "Government of the
 * Netherlands": the Dutch Foreign Ministry, by the host the masthead gives).
 */
function governmentVoice(text: string, memory: SpeakerMemory): Source | null {
  const demonym = mastheadGovernment(text);
  if (!demonym) return null;
  const { offset, lineEnd } = pageStart(text);
  const next = text.slice(offset + lineEnd + 1, text.indexOf("\n", offset + lineEnd + 1) >>> 0).trim();
  const ministry = /^Ministry of [\p{Lu}][\p{L} ]+$/u.test(next) ? speakerNamed(next, memory) : null;
  return ministry?.whole ? ministry.source : { name: `${demonym} Government`, side: "other" };
}

/** A header's part that is an organisation's name, whole: "Mines Advisory Group" in "MAG | Mines Advisory Group". */
function organisationSegment(tokens: Token[]): Source | null {
  for (let from = 0, previous = -1, k = 0; k <= tokens.length; k++) {
    if (k < tokens.length && !HEADER_SEPARATORS.has(tokens[k].text)) continue;
    const org = k - from >= 2 ? orgAt(tokens, tokens[from].lower === "the" ? from + 1 : from) : null;
    // (not a newsroom's: "UKRAINIAN RADIO | NEWS SERVICE")
    if (org && org.end === k && !isNewsroom(tokens, from, k)) {
      // ("TEPLO PORUCH · CHARITABLE FOUNDATION": a segment that only says what kind of body it is names the one before it)
      const kindOnly = tokens.slice(from, k).every((token) => BODY_KIND_WORDS.has(token.lower));
      const name = kindOnly && previous >= 0 ? tokens.slice(previous, from - 1) : null;
      if (name?.length && name.every((token) => token.kind === "word" && token.capitalized)) {
        return { name: titleCase([...name, ...tokens.slice(from, k)].map((token) => token.text).join(" ")), side: null };
      }
      return org.source;
    }
    previous = from;
    from = k + 1;
  }
  return null;
}

/** Words that say only what kind of body a name is ("Charitable Foundation", "Humanitarian Organisation"). */
const BODY_KIND_WORDS = new Set(["charitable", "charity", "foundation", "fund", "humanitarian", "public", "non-governmental", "organisation", "organization", "ngo", "initiative", "volunteer"]);

/** A first name: a common one, or any name in Cyrillic (the channel's own spelling). */
function isFirstName(token: Token): boolean {
  return token.capitalized && (FIRST_NAMES.has(token.lower) || /^\p{Script=Cyrillic}/u.test(token.text));
}

/** Words that make a first line a document's title ("Briefing by ...", "... | Daily update"), not a news headline. */
const TITLE_WORDS = new Set([
  "summary", "briefing", "update", "report", "statement", "bulletin", "information", "situation", "release", "digest",
  "overview", "communique", "communiqué", "sitrep", "announcement", "readout", "address", "assessment",
]);

/** "A CEDRA Briefing Paper": a short document title naming its issuer by an acronym alone. */
// (among words in ordinary case: in a title set in capitals, "MONTHLY OPERATIONS REPORT — APRIL 2025", no word stands out)
function acronymOfTitle(tokens: Token[]): Source | null {
  if (tokens.length > 8 || !tokens.some((token) => token.kind === "word" && /\p{Ll}/u.test(token.text))) return null;
  const acronym = tokens.find((token) => /^[A-Z]{3,6}$/.test(token.text) && !NOT_ISSUERS.has(token.text) && !TITLE_WORDS.has(token.lower));
  return acronym ? { name: acronym.text, side: null } : null;
}

/** Words of the document title under a nameplate (TITLE_WORDS and an analyst's genres): not source-resolution's TITLE_END_WORDS, which end a name. */
const NAMEPLATE_TITLE_WORDS = new Set([...TITLE_WORDS, "brief", "assessment", "paper", "note"]);

function isDocumentTitle(tokens: Token[]): boolean {
  return tokens.some((token) => TITLE_WORDS.has(token.lower));
}

/** A genre's standing title that names no issuer: "Operational information as of 18:00 ..." is the General Staff's. */
function genreVoice(tokens: Token[]): Source | null {
  const opening = tokens.slice(0, 6).map((token) => token.lower).join(" ");
  const genre = TITLE_VOICES.find((voice) => opening.startsWith(voice.opening));
  return genre ? { name: genre.name, side: genre.side } : null;
}

/** A header led by a known source starts with it: "General Staff of the Armed Forces of Ukraine ...". */
const LEADING_TOKENS = 6;

/**
 * A known source (not the generic "ministry") starting within the first `within` tokens: the header's
 * lead, or, in a document title, anywhere ("Briefing by ... the Russian Ministry of Defence").
 */
function knownSourceIn(tokens: Token[], within = tokens.length): Source | null {
  for (let i = 0; i < Math.min(tokens.length, within); i++) {
    const known = longestAt(sourcesByFirst, tokens, i);
    // "KREMLIN TV WATCH": a known name opening a longer one (two more capitalised words) is not that body;
    // "DeepState UA", "UN News" still are
    let end = i + (known?.words.length ?? 0);
    // ("NAFTOGAZ OF UKRAINE", "Energoatom of Ukraine": the body with its country)
    if (tokens[end]?.lower === "of" && COUNTRIES_OF.has(tokens[end + 1]?.lower ?? "")) end += 2;
    // ("UNICEF Ukraine Humanitarian Situation Report", "WHO Ukraine Country Office": an international body's country
    // office, then its document's title or the office's own words)
    else if (known?.source.side === null && COUNTRIES_OF.has(tokens[end]?.lower ?? "")) end += 1;
    let more = end;
    while (tokens[more]?.kind === "word" && tokens[more].capitalized) more++;
    const titled = more > end && (OFFICE_OR_TITLE_WORDS.has(tokens[more - 1].lower) || OFFICE_OR_TITLE_WORDS.has(tokens[end].lower));
    if (known && known.source.name !== GENERIC_MINISTRY && (more - end < 2 || (end > i + known.words.length && titled))) return known.source;
  }
  return null;
}

const COUNTRIES_OF = new Set(["ukraine", "russia"]);
/** Words a document's title or a country office's name ends or opens with, after the body and its country. */
const OFFICE_OR_TITLE_WORDS = new Set(["report", "update", "bulletin", "snapshot", "overview", "office", "country", "humanitarian", "situation", "flash", "sitrep"]);

/** A known official named in full: "Update from Governor Vyacheslav Gladkov". */
function personIn(tokens: Token[]): Source | null {
  for (let k = 1; k < tokens.length; k++) {
    if (tokens[k].capitalized && tokens[k - 1].capitalized) {
      const person = lexiconPerson(isFirstName(tokens[k - 1]) ? tokens[k - 1].lower : null, tokens[k].lower);
      if (person) return person;
    }
  }
  return null;
}

/** The known body right before a document word in a title line ("Defence Intelligence update"), if any. */
export function issuerOfTitle(tokens: Token[]): Source | null {
  // "Statement by the Ukrainian Parliament Commissioner for Human Rights Dmytro Lubinets on ...": the issuer after "by"
  if (TITLE_WORDS.has(tokens[0]?.lower ?? "") && tokens[1]?.lower === "by") {
    for (let k = 2; k < Math.min(tokens.length - 1, 16); k++) {
      const name = FIRST_NAMES.has(tokens[k].lower) && tokens[k + 1].capitalized ? nameAt(tokens, k) : null;
      if (name && name.parts >= 2) return knownPerson(name) ?? { name: name.text, side: null };
    }
  }
  for (let k = 1; k < tokens.length; k++) {
    if (!TITLE_WORDS.has(tokens[k].lower)) continue;
    // "Russian Ministry of Defence daily briefing": the body before the document's adjectives
    let end = k;
    while (end > 1 && TITLE_MODIFIERS.has(tokens[end - 1].lower)) end--;
    for (let start = Math.max(0, end - 6); start < end; start++) {
      const known = tokens[start].capitalized ? longestAt(sourcesByFirst, tokens, start) : null;
      if (known && start + known.words.length === end && known.source.name !== GENERIC_MINISTRY) return known.source;
    }
    // "Russian Defence Ministry's summary of ...": the body in the possessive
    const owner = /['’]s$/.test(tokens[end - 1]?.text ?? "") ? longestEndingAt(tokens, end - 1) : null;
    if (owner && owner.name !== GENERIC_MINISTRY) return owner;
  }
  return null;
}

const TITLE_MODIFIERS = new Set(["daily", "weekly", "morning", "evening", "monthly", "operational", "latest", "regular", "nightly", "press"]);
