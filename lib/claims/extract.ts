import { Agents, countsCivilians, isWorkforce, mentionsWeapon, namesSide, opposite, pageSide, resolveActor, settleActor } from "./actor";
import { MINISTRY_NAME, NAME_VARIANTS, ORG_HEADS, REGIONAL_OFFICE_ACRONYMS, SPEECH_VERBS, UN_BODIES, UNIT_WORDS, UNITED_NATIONS, type Source } from "./data/sources";
import { SHOT_DOWN_VERBS, TALLY_LAUNCH_VERBS } from "./data/verbs";
import type { NounEntry } from "./data/nouns";
import { isRussianPlaceName, placeByVariant, regionalCentreOf, regionNameOf, SHARE_LOCATIVES } from "./data/gazetteer";
import { closesLine, findSources, letterSigner, postSigner } from "./attribution";
import { sourceAfter } from "./source-phrases";
import { longestAt } from "./phrases";
import { columnCredits, creditedSource, isClipLine, labelCredit, sourceInColumnLabel } from "./source-labels";
import { DATA_NOUNS, DOCUMENT_NOUNS, HEADS, latestBody, resolveGeneric, shortNameResolved, type SourceMention } from "./source-resolution";
import { findOutlet, mastheadLines } from "./headline";
import { newSpeakerMemory, noteMinistry, rememberNames, type SpeakerMemory } from "./speaker-memory";
import { BoilerplateFilter } from "./boilerplate";
import { ADVERT_OPENING, DONATION_SUMS_LINE, DONATION_TIER_LINE, FUNDRAISER_LINE, FURNITURE_HEADING, FURNITURE_LABEL, MORE_FROM_OUTLET, PROGRESS_BAR_LINE, SELLING_WORDS, TEASER_LINE } from "./data/boilerplate";
import { airWeaponBefore, COMPARISONS, findCandidates, MAX_APPOSITION, ONLY, pluralBefore, type Candidate } from "./candidates";
import { POPULATION } from "./data/nouns";
import { keepsListOfDead, namesRussiasListKeepers } from "./categories";
import { countedNounAt, GENERIC_COUNT, isGenericPlural, isRunningTotal, nounAt, type CountedNoun } from "./counted-noun";
import { describesPrewarPopulation, describesWhereAPlaceLies, inCapitals, isAirTally, isDistanceAfterOpeningPlace, isResponseAtScene, locate, PlaceMemory } from "./location";
import { measureOf } from "./measure";
import { findPeriods, namesEarlierTime, nearestPeriod, periodMeasure, resolvePeriod, type PeriodMention } from "./periods";
import { RATE_PERIODS } from "./data/periods";
import { placeOfAdjective } from "./place-adjectives";
import { closesEntry, findPlaces, placeBeforeDash, type PlaceMention } from "./places";
import { intervalFor, round } from "./qualifiers";
import { SIDE_WORDS } from "./data/sides";
import { breadcrumbPlace, captionStaffOwner, teamByline, letterheadCity, columnist, companyCopyright, emailSubjectIssuer, footerDomainOwner, footerIssuer, hostCountry, labelledIssuer, govUkIssuer, issuerBarLine, mastheadUnderAddress, newsletterAuthor, officialPortalOwner, pressReleaseIssuer, pressServiceOf, profileOwner, reportSource, signatureBlock } from "./report-source";
import { hasNameLabels, Voices } from "./voices";
import { isFirstName } from "./data/first-names";
import { splitSentences } from "./sentences";
import { bracketHeadingOf, captionSeries, hasCells, PART_OF_BEFORE, isLabelLine, isPeriodHeading, isPeriodLine, isSeriesFigure, namesColumn, namesColumns, periodTableRow, seriesOf, type Series, tableColumn, tableHeadingOf, tableRow, type TableHeading } from "./tables";
import { centreOfRegionalAdministration, isGovernmentOf, isPersonName, lexiconPerson, regionalProsecutorOf, romanised, sourcesByFirst, SIDE_NAMING_OFFICIALS, UNPLACED_OFFICIALS } from "./speaker-names";
import { DEMONYMS_OF } from "./data/countries";
import { CLOSING_QUOTE_MARKS, DASHES, OPENING_QUOTE_MARKS, tokenize, type Token } from "./tokenize";
import { WordSet } from "./word-set";
import { PARTITIVE_PRONOUNS } from "./traps";
import type { Actor, Category, ExtractedClaim, ExtractOptions, Sentence } from "./types";

export const EXTRACTOR_VERSION = "1.45.0";

/** Words of names handed over, not of the dead: "a list of 1,200 names for the next exchange", "of the missing". */
const EXCHANGE_WORDS = new WordSet(["exchange", "exchanges", "swap", "captivity", "captive", "captives", "missing", "prisoners", "deported", "held"]);
/** Words of a list of the dead by name, on a page keeping one: "the list includes", "we know the names of". */
const DEAD_LIST_WORDS = new WordSet(["list", "names", "named", "database", "obituaries"]);

/** Words that point at a list of the dead: "the list includes", "the outlets' list", "the identified dead", "confirmed deaths". */
const POINTERS_TO_LIST = new WordSet(["the", "this", "their", "its"]);
const LISTED_WORDS = new WordSet(["named", "identified", "confirmed"]);
const DEAD_WORDS = new WordSet(["dead", "deaths"]);
const OUR = new WordSet(["our", "we", "us"]);
const LISTED_DEAD = new WordSet(["dead", "killed", "soldiers", "servicemen", "names", "fallen", "those", "russian"]);

/** A page speaking of the list as its own: "Of the 12,140 mobilised men on our list", "Bashkortostan leads our list". */
const OWN_LIST = /\bour (?:own )?(?:list|database)\b/i;

function speaksOfTheList(tokens: Token[]): boolean {
  // (not the page's own reading of it: "fewer than 1,100 names on the list, by our count of its regional breakdown")
  if (OUR.hasAnyToken(tokens)) return false;
  // (a list "of" something is the list of the dead only if it says so: not "added to the list of foreign agents")
  const ofOther = (k: number) => tokens[k + 1]?.lower === "of" && !LISTED_DEAD.hasToken(tokens[k + 2]) && !LISTED_DEAD.hasToken(tokens[k + 3]);
  return tokens.some((token, k) => (token.lower === "list" && k > 0 && (POINTERS_TO_LIST.hasToken(tokens[k - 1]) || /s['’]$/.test(tokens[k - 1].text)) && !ofOther(k)) || (LISTED_WORDS.hasToken(token) && DEAD_WORDS.hasToken(tokens[k + 1])));
}

const DATE_LINE = /^\s*date\s+(\d{4}-\d{2}-\d{2})/;
const HEAD_CHARS = 2000;

/** Every numeric claim in `text`, offsets into `text`. One pass over sentences; context stays local. */
export function extractClaims(text: string, options: ExtractOptions = {}): ExtractedClaim[] {
  const publishedAt = options.publishedAt !== undefined ? options.publishedAt : DATE_LINE.exec(text.slice(0, 40))?.[1] ?? null;
  const claims: ExtractedClaim[] = [];
  const speakers = newSpeakerMemory();
  const places = new PlaceMemory();
  let outletName: string | null | undefined; // looked for only when a rule asks: most reports never need it
  const outlet = () => (outletName === undefined ? (outletName = findOutlet(text)) : outletName);
  let voiceSide: Actor | undefined; // the side the page speaks from, looked for only when a figure of its own voice needs it
  const ownSide = () => (voiceSide === undefined ? (voiceSide = pageSide(text)) : voiceSide);
  let deadListed: boolean | undefined; // whether the page keeps (or reports on) a list of the war dead, looked for at a "names"
  const listsDead = () => (deadListed === undefined ? (deadListed = keepsListOfDead(text)) : deadListed);
  let russiasDeadListed: boolean | undefined; // whether that list is of Russia's dead
  const listsRussiasDead = () => (russiasDeadListed === undefined ? (russiasDeadListed = listsDead() && namesRussiasListKeepers(text)) : russiasDeadListed);
  let russiasListRelayed: boolean | undefined; // whether the page relays that list, not calling it its own ("our list")
  const relaysRussiasList = () => (russiasListRelayed === undefined ? (russiasListRelayed = listsRussiasDead() && !OWN_LIST.test(text)) : russiasListRelayed);
  speakers.host = hostCountry(text);
  const head = text.slice(0, HEAD_CHARS); // where a page says what it is: a dateline, "Transcript", "Interview"
  speakers.datelineSide = datelineSide(head);
  speakers.text = text;
  speakers.publishedAt = publishedAt;
  const headed = newsletterAuthor(text) ?? reportSource(text, speakers, outlet) ?? profileOwner(text) ?? columnist(text) ?? labelledIssuer(text) ?? govUkIssuer(text) ?? emailSubjectIssuer(text) ?? pressReleaseIssuer(text) ?? pressServiceOf(text, speakers) ?? footerIssuer(text) ?? officialPortalOwner(text) ?? companyCopyright(text) ?? footerDomainOwner(text) ?? captionStaffOwner(text) ?? teamByline(text) ?? issuerBarLine(text) ?? mastheadUnderAddress(text, speakers, outlet);
  // ("ZAPORIZHZHIA REGIONAL MILITARY ADMINISTRATION" over a bulletin its head signs at the end: the signer, as a signed post is his)
  const signature = signatureBlock(text);
  const signed = signature && (!headed || (signature.region && centreOfRegionalAdministration(headed.name) === signature.region)) ? signature : headed;
  // (a third country's site's own body, named without its country: "Ministry of National Defence — Romania" is Romania's)
  // (only where the page says whose the body is: a third country's site, GOV.UK's among them, or a masthead naming Ukraine,
  // "Ministry of Foreign Affairs of Ukraine")
  const placesBody = signed && (speakers.host || UKRAINE_IN_HEAD.test(head.slice(0, HEAD_NAME_CHARS)));
  const author = signed ? knownAuthor(placesBody ? shortNameResolved(signed, speakers, [], 0) : signed) : signed;
  speakers.author = author;
  // a ministry's own page: "the ministry", "the department" in it is that ministry until another is named
  if (author && MINISTRY_NAME.test(author.name)) noteMinistry(speakers, author);
  const voices = new Voices(speakers, author, attributionOf, outlet);
  // the page's own voice as a claim's attribution reads, which a credit, a column's source or a reporter outranks
  const pageVoiceName = () => (voices.documentVoice ? attributionOf(voices.documentVoice) : null);
  voices.dateline = DATELINE.test(head);
  voices.transcript = TRANSCRIPT.test(head);
  voices.interview = INTERVIEW.test(head);
  voices.nameLabels = hasNameLabels(text);
  places.home = (author ? homeCity(author) : null) ?? breadcrumbPlace(text) ?? letterheadCity(text);
  let paragraphPeriod: PeriodMention | null = null;
  let lastCounted: Candidate | null = null; // what the last figure counted, for a list entry that only gives a number
  let countedBefore: Candidate | null = null; // the last count of the blocks before, for "Forty-one of them ..." opening a new one
  let blockCounts: Candidate[] = []; // the block's counts so far, for a share too large for the last ("... 3 bombs. ... 9 of them")
  let previousParagraph: Paragraph | null = null;
  let asked: CountedNoun | null = null; // "How many civilians remain?": what the answer's bare figure counts
  let answer = null as { question: CountedNoun; paragraph: Paragraph } | null; // the question the paragraph's figures answer
  let previousSentenceClaims: ExtractedClaim[] = []; // for "This was reported by X" in the next sentence
  const ownVoiced = new Set<ExtractedClaim>(); // figures the outlet gives as its own ("By our count", "According to our information")
  let table: TableHeading | null = null; // the heading of a text table whose rows follow ("Oblast | IDPs hosted | ...")
  let tableHeadingAlone = false; // the line before was a bracket heading closing its block: the next block is its rows
  let tableCells: { claim: ExtractedClaim; label: string[] }[] = []; // the last table's figures, for a "Sources:" line under it
  let captionCredit: Source | null = null; // a "Source:" line crediting nothing before it, for a table right under it
  let captionLine: Token[] = []; // the caption over that line
  let tableCredit: Source | null = null; // the source its caption's line gave the current table
  let lineBefore: Token[] = []; // the sentence read last, a table's caption
  let labelAbove: Series | null = null; // what the line before counts, if it is an infographic's label over its figure
  let listHead: Token[] | null = null; // the line ending in ":" over the current block's list ("By region:")
  let listHeadAlone = false; // the paragraph before was that line alone, which heads the next block too
  let listCredit: Source | null = null; // the source in that line's brackets: "Confirmed deaths by region (Mediazona / BBC Russian Service, ...):"
  let lossList = false; // inside a list headed "... losses ...:" (its personnel are losses)
  let lossListArmed = false;
  let lossListActor: Actor | null = null; // whose losses a breakdown under a total gives: the total's ("By group of forces:")
  let lastCountedActor: Actor | null = null; // the actor of the claim lastCounted made
  let afterStamp = false; // the paragraph is a time-stamped entry's first line
  let entryHeadline: ExtractedClaim[] = []; // "10:10" over "City: 87 trees down": figures the entry's next paragraph sources
  let labelledHeadline: { claims: ExtractedClaim[]; label: string[] } | null = null; // "Ombudsman: 1,358 Ukrainians freed ..." over its lead
  // the claims whose voice is only the authority on their kind the page cited before, by that authority's name: a later
  // credit outranks it while no other rule has given the claim a speaker of its own
  const byAuthority = new Map<ExtractedClaim, string>();
  let postClaims: ExtractedClaim[] = []; // the block's figures so far, which a signature closing it signs
  let lastBlockWasShort = false; // whether the block before is a few words only, so far
  let shortBlocksSkipped = 0; // how many such blocks in a row "This was reported by" has reached past
  let lastBlockClaims: ExtractedClaim[] = []; // the figures of the block before, for "The Air Force reported this." opening one
  let entryClaims: ExtractedClaim[] | null = null; // on a page of time-stamped posts, the figures since the last stamp
  let periodColumns = false; // under the heading of a table whose columns are periods ("Metric    Week 23    Week 22")
  let periodSeries: Series | null = null; // what a series set out line by line ("January — 427") counts, from its caption
  let seriesClaims: ExtractedClaim[] = []; // the figures of the series set out line by line just read, for its "Source:" line
  let lastTollPlace: string | null = null; // where the last toll was counted: "11 of the injured" later are of that toll
  let lastArea: { actor: Actor; paragraph: Paragraph } | null = null; // whose the last area figure was: a list's "Pokrovsk direction — 141 km²" goes on with it
  let letterSignature: { signer: Source; signed: ExtractedClaim[]; claimsSoFar: number } | null = null; // a letter's signer, applied at the end
  for (const paragraph of paragraphsOf(text, splitSentences(text), new BoilerplateFilter(text))) {
    const paragraphStart = claims.length;
    const namedInParagraph: Source[] = []; // (the voices a sentence of the paragraph names: a closing credit leaves them theirs)
    // an answer goes on with its question's place, a quotation's next paragraph with the quotation's
    const afterQuestion = asksQuestion(previousParagraph);
    // (a broadcast's synced quote takes its report's place: "[19:02:30] SYNC, Yaroslav, resident: ...")
    places.startParagraph(paragraph.isNewBlock, afterQuestion || voices.quoteOpen || isClipLine(paragraph.sentences[0]?.tokens ?? []), afterQuestion);
    previousParagraph = paragraph;
    voices.startParagraph(paragraph.isNewBlock, afterQuestion, asksQuestion(paragraph));
    // ("Frontline Monitor EN, [03.06.2024 07:52]" over "[Forwarded from Oleh Syniehubov]": a chat export's message header
    // opens a post, which runs to the next header over its blank lines)
    if (EXPORT_HEADER.test(paragraph.sentences[0]?.sentence.text ?? "")) voices.startStampedEntry();
    if (paragraph.isNewBlock) {
      countedBefore = lastCounted ?? countedBefore;
      lastCounted = null;
      blockCounts = [];
    }
    // "Total combat losses of the enemy ... are as follows:" over "personnel – about 773,290 (+1,560)": losses, not troops
    if (paragraph.isNewBlock) lossList = lossListArmed;
    // (a bracket heading alone over a blank line still heads the rows under it)
    if (paragraph.isNewBlock && !tableHeadingAlone) table = null;
    tableHeadingAlone = false;
    if (paragraph.isNewBlock) periodColumns = false;
    if (paragraph.isNewBlock) {
      // (a block of a few words and no figure between, "Zaporizhzhia • UNN", "Details", leaves the block before it the last)
      if (postClaims.length || !lastBlockWasShort || shortBlocksSkipped >= MAX_SHORT_BLOCKS_SKIPPED) {
        lastBlockClaims = postClaims;
        shortBlocksSkipped = 0;
      } else shortBlocksSkipped++;
      postClaims = [];
    }
    lastBlockWasShort = paragraph.isNewBlock ? isShortLine(paragraph) : lastBlockWasShort && isShortLine(paragraph);
    // (a heading alone in the block before, "The ministry gave the following breakdown ...:", still heads this one)
    if (paragraph.isNewBlock && !listHeadAlone) {
      listHead = null;
      listCredit = null;
    }
    lossListArmed = false;
    paragraphPeriod = null;
    const weapons = new WeaponWords(paragraph.sentences);
    for (let index = 0; index < paragraph.sentences.length; index++) {
      const { sentence, tokens, mentions, offices, isCorrection } = paragraph.sentences[index];
      // "In the Tsentralnyi district" in a Mykolaiv report is Mykolaiv's
      // ... else a city the report named before ("Kherson and suburbs under fire" over "Tsentralnyi district.")
      for (const mention of mentions) {
        if (!mention.cities) continue;
        mention.name = places.lastCity && mention.cities.includes(places.lastCity) ? places.lastCity : mention.cities.find((city) => places.cities.has(city)) ?? mention.name;
      }
      weapons.upTo = index;
      // "Metric (source)    Week 23    Week 22": a table whose columns are periods; its heading's numbers are periods
      const periodHeading = isPeriodHeading(tokens);
      periodColumns ||= periodHeading;
      if (periodHeading) table = null;
      // "3." alone: a numbered list's marker, cut off as a sentence of its own
      const candidates = LIST_NUMBER.test(sentence.text) || periodHeading ? [] : findCandidates(tokens);
      // ("Combat clashes (General Staff)      1,084      1,197": a row of it, what its label counts and who counted it)
      const metricRow = periodColumns && candidates.length ? periodTableRow(tokens) : null;
      let countedHere: Candidate | null = null; // the last count of this sentence
      let measuredHere: Candidate | null = null; // the last measure of this sentence ("470,000 hectares")
      const periods = findPeriods(tokens);
      let earlier: boolean | undefined; // whether the sentence sets its figures before the report's news, asked at a figure an authority could take
      const sources = findSources(tokens, speakers); // every sentence: "it said" later refers back to these
      for (const mention of sources) namedInParagraph.push(mention.source);
      // "City: 87 trees down, 14 cars crushed" over "Serhii Lysak, the head of ..., says ...": the entry's headline is his
      const teller = entryHeadline.length && index === 0 ? sources.find((s) => !s.weak) : undefined;
      if (teller) for (const claim of entryHeadline) claim.attribution = attributionOf(teller.source);
      if (index === 0) entryHeadline = [];
      // ("Ombudsman: 1,358 Ukrainians freed from Russian captivity in 2024" over "Ombudsman Dmytro Lubinets said ...": the source
      // the lead names for the label, whose figures the headline gives)
      // (the lead's first sentence naming a source ends the wait, whether it names the label's or not)
      if (labelledHeadline && sources.some((s) => !s.weak)) {
        const label = labelledHeadline.label;
        const leadSource = sources.find((s) => !s.weak && namesLabel(tokens, s, label));
        if (leadSource) for (const claim of labelledHeadline.claims) if (claim.attribution === null) claim.attribution = attributionOf(leadSource.source);
        labelledHeadline = null;
      }
      rememberNames(tokens, speakers);
      voices.startSentence(tokens, sources, mentions);
      if (offices.length) places.noteOffices(offices);
      const agents = new Agents(tokens, [...sources, ...mentions]);
      // "This was reported by the Air Force ...": a sentence naming the source of the one before
      const reporter = candidates.length === 0 ? reportsBack(tokens, sources, speakers) : null;
      // (over the page's own voice too: "This was reported by the Poltava City Council" under a headline the prosecutors sign)
      if (reporter) {
        const pageVoice = pageVoiceName();
        // (every figure of the block before it no one voiced: "Drones struck ... 11 private houses. Two people were injured ...
        // This was reported on Telegram by ...", or of the block before when it opens one: the Air Force "reported this")
        // (the page's own voice yields to it in the sentence just before only: "Partners evacuated 2,860 people ... A further
        // 1,130 left on their own. This was reported by the Kharkiv Regional Administration." on OCHA's page)
        const reported = index === 0 && paragraph.isNewBlock ? lastBlockClaims : postClaims;
        for (const claim of reported) if (claim.attribution === null || isAuthoritys(claim, byAuthority)) claim.attribution = attributionOf(reporter);
        for (const claim of previousSentenceClaims) if (claim.attribution === pageVoice) claim.attribution = attributionOf(reporter);
      }
      // ("• Russian troops dropped 2 guided aerial bombs ... 6 people were injured. (Ivan Fedorov)": the item's figures, whoever
      // spoke before)
      const itemSpeaker = candidates.length === 0 && index > 0 ? itemSource(tokens, sources) : null;
      if (itemSpeaker) for (const claim of claims.slice(paragraphStart)) claim.attribution = attributionOf(itemSpeaker);
      // ("— Kupiansk district: 2 killed ..." lines over "(all: Oleh Syniehubov, head of the Kharkiv OVA)": a line of its own under
      // a list credits the block's figures no one voiced)
      const listSpeaker = candidates.length === 0 && index === 0 && !paragraph.isNewBlock ? wholeListSource(tokens, speakers) : null;
      if (listSpeaker) for (const claim of postClaims) if (claim.attribution === null) claim.attribution = attributionOf(listSpeaker);
      // "[GRAPHIC: 418 strikes · 12 settlements · Source: Zaporizhzhia OVA]", a chart's "Source: ISW" line
      // (read only where it could credit something: this sentence's figures or the last one's)
      const credit = (metricRow ? labelCredit(tokens, metricRow.labelEnd, speakers) : null) ?? (candidates.length || previousSentenceClaims.length || tokens[0]?.lower.startsWith("source") ? creditedSource(tokens, speakers) : null);
      // (numbers inside the credit are its own: "Source: IOM, Displacement Tracking Matrix, Round 20 (July 2025)")
      // ("Civilians killed, as verified by the UN. 2022: 8,231 | ..." over "Source: UN Human Rights Monitoring Mission": the UN's own body)
      if (credit && !candidates.some((c) => c.start < credit.at)) {
        const narrows = UN_BODIES.has(credit.source.name);
        // ("Germany — 1,163,000" ... "Italy — 171,000" over "Source: Eurostat": a series set out line by line, all of it)
        // (a "Source:" line right under a text table credits all its cells: "Region  Killed  Injured  Attacks" rows, then
        // "Source: National Police of Ukraine, daily reports ...")
        const underTable = previousSentenceClaims.some((claim) => tableCells.some((cell) => cell.claim === claim));
        const credited = seriesClaims.length ? seriesClaims : underTable ? tableCells.map((cell) => cell.claim) : previousSentenceClaims;
        // (a table's own "Source:" line outranks the page's voice its cells took: "Source: Ministry of Social Policy; ...
        // Compiled by OCHA." under a table on OCHA's page)
        // (only the source the line names first: "Source: EHRI; Kharkiv Regional Prosecutor's Office." on EHRI's page is EHRI's)
        const cellsVoice = underTable && credit.leads ? pageVoiceName() : null;
        for (const claim of credited) if (claim.attribution === null || (narrows && claim.attribution === UNITED_NATIONS) || (cellsVoice !== null && claim.attribution === cellsVoice)) claim.attribution = attributionOf(credit.source);
        // ("Table 1. Ukrainian drones claimed destroyed, by region" / "Source: Russian Defence Ministry daily statements" over the
        // table: a caption's source line, nothing before it to credit, credits the table under it)
        captionCredit = credited.length === 0 && !candidates.length ? credit.source : null;
        if (captionCredit) captionLine = lineBefore;
      }
      const claimsBefore = claims.length;
      if (!candidates.length && !periodHeading && hasCells(tokens)) {
        const heading = tableHeadingOf(tokens, captionCredit ? captionLine : lineBefore);
        if (heading) [tableCells, tableCredit] = [[], captionCredit];
        table = heading ?? table;
      } else if (!candidates.length && !periodHeading) {
        // "By district (strikes / injured):" over "Kharkiv (city) ............ 41 / 19"
        // ("Consequences of enemy attacks, by community" over "(strikes / killed / injured)": the bracket alone under its caption)
        const heading = bracketHeadingOf(tokens, lineBefore);
        if (heading) [table, tableCells, tableHeadingAlone, tableCredit] = [heading, [], index === paragraph.sentences.length - 1, null];
      }
      // "Sources: IDPs – IOM DTM, Round 20; educational institutions – Ministry of Education and Science." under the table
      if (tableCells.length && tokens[0]?.lower.startsWith("source")) {
        // (over the line's first source, which the last row took as the whole line's credit)
        const blanket = credit ? attributionOf(credit.source) : null;
        // (and over the page's own voice, which a column's source outranks: a think tank's table of the Air Force's counts)
        const ownVoice = pageVoiceName();
        // (the credit naming the most words first: "drones downed" before "drones")
        const credits = columnCredits(tokens, speakers).sort((a, b) => b.words.length - a.words.length);
        const credited = new Set<ExtractedClaim>();
        // (a credit naming a column exactly first; one naming several columns at once, "missiles and drones launched", only the
        // cells no credit named: not "Drones" under "Sources: drones, Air Force; drones downed, General Staff")
        for (const names of [namesColumn, namesColumns]) {
          for (const column of credits) {
            for (const cell of tableCells) {
              const isUnsourced = cell.claim.attribution === null || cell.claim.attribution === blanket || cell.claim.attribution === ownVoice;
              if (!credited.has(cell.claim) && isUnsourced && names(column.words, cell.label)) {
                cell.claim.attribution = attributionOf(column.source);
                credited.add(cell.claim);
              }
            }
          }
        }
      }
      const row = table && candidates.length ? tableRow(tokens, table) : null; // its cells, once for all its figures
      // a chart's series under its caption: "2022: 16,050 | 2023: 30,870" under "Russian soldiers killed ..., by year of death."
      // ("📊 Dynamics in 2025, km²" over "January — 427", "February — 368": the series line by line)
      // ("Chart 1. Ukrainians under temporary protection ..." over "Germany — 1,163,000": a caption, not a sentence, over its places)
      const periodLine = isPeriodLine(tokens);
      if (periodLine || isLabelLine(tokens)) {
        // (the caption is read once, at the series' first line)
        const continues = isPeriodLine(lineBefore) || isLabelLine(lineBefore);
        if (!continues) periodSeries = periodLine || lineBefore[lineBefore.length - 1]?.text !== "." ? captionSeries(lineBefore) : null;
      } else periodSeries = null;
      // (kept over the credit line itself, which the loop above has just read for them)
      if (!periodSeries && !credit) seriesClaims = [];
      const series = periodSeries ?? (!row && candidates.length && tokens.some((t) => t.text === "|") ? seriesOf(tokens, lineBefore) : null);
      // ("Civilians killed" over "64", "incl. children" over "7": an infographic's label over its figure, each on its own line)
      const labelOver: Series | null = (index > 0 || !paragraph.isNewBlock) && candidates.length === 1 ? figureUnderLabel(tokens, candidates[0], lineBefore, labelAbove) : null;
      // (what a label counts is read only under it, at its figure: a part's label keeps the one before)
      labelAbove = labelOver ?? (!candidates.length && PART_OF_BEFORE.has(tokens[0]?.lower ?? "") ? labelAbove : null);
      const askedHere: CountedNoun | null = askedNoun(tokens, lineBefore);
      const hedge = candidates.length ? hedgeAt(tokens) : -1;
      const withdrawn = isCorrection ? withdrawnUntil(tokens) : 0;
      const partsOfCount = new Set<Candidate>(); // ("including 12 Orlan-10, 19 Zala ...": the list's items found so far)
      const restated = new Set<Candidate>(); // counts the sentence restates as a rate ("or about 1,565 a day")
      let dotted: { series: Series; start: number } | null | undefined; // a caption's series set apart by dots, read once
      let lastCandidate: Candidate | undefined;
      for (const c of candidates) {
        const previousCandidate = lastCandidate;
        lastCandidate = c;
        if (c.start < withdrawn) continue;
        // ("How many drones ...?" over "On a quiet day, 150 to 200. On a bad day, up to 300.": the answer's sentences, each led by
        // a bare figure, all answer it)
        const answering = answer?.paragraph === paragraph ? answer.question : null;
        const question: CountedNoun | null = askedHere && askedHere.head < c.start ? askedHere : asked ?? answering;
        if (!c.category && question && candidates[0] === c && !c.noun) {
          Object.assign(c, { category: question.entry.category, subject: question.subject });
          answer = { question, paragraph };
          asked = null;
        }
        // ("Civilians killed" over "64": the label's line says what the figure counts, as its own words would)
        if (labelOver && !c.category && !c.noun) Object.assign(c, { category: labelOver.category, subject: null, unit: c.unit ?? labelOver.unit });
        const ownCategory = c.category; // what the figure's own words say it counts, before the chain below reads its context
        const priorCount = lastCounted ?? countedBefore; // the count the block (or the block before) gave last
        // (a places' share with no count before it in its sentence, read before the chain: finding nothing, it must not end it)
        const sharesNamedPlural = !c.category && !c.noun && !countedHere && isPlaceShare(tokens, c) ? namedShare(tokens, c, listHead, priorCount) : null;
        // "Of these, 7 were air strikes on Huliaipole ...", "286 were attacks with kamikaze drones": what the predicate names
        const bare = !c.category && !c.noun && !c.unit && !c.currency; // a figure with nothing of its own to say what it counts
        const predicate = bare ? predicateNoun(tokens, c.end) : null;
        const captioned = bare && !predicate ? captionedNoun(tokens, c) : null;
        const apposed = bare ? appositiveNoun(tokens, c) : null;
        if (predicate) Object.assign(c, { category: predicate.entry.category, subject: predicate.subject });
        // "44 — Russian assaults on the Pokrovsk axis on Monday", "472 – drones and decoys Russia launched": a line led by its figure
        else if (captioned) Object.assign(c, { category: captioned.entry.category, subject: captioned.subject });
        else if (lastCounted && addsToLastCount(tokens, c, countedHere === lastCounted)) {
          Object.assign(c, { category: lastCounted.category, noun: null, subject: lastCounted.noun?.subject ?? lastCounted.subject });
        }
        else if (!c.category && lastCounted && continuesCount(tokens, c, candidates)) countAs(c, wholeOfShare(tokens, c, lastCounted, blockCounts));
        // '"Forty-one of them were stopped on the border ..."' opening the paragraph after '... detained 138 men ...'
        // ('"Of these, 1,140 are in the Sudzha district, ..."' opening the paragraph after '... 1,600 residential houses ...')
        else if (!c.category && !lastCounted && countedBefore && (opensWithShareOfThem(tokens, c) || opensWithOfThese(tokens, c))) countAs(c, countedBefore);
        // "2,450 shot down and about 1,300 lost to electronic warfare" answering "How many drones ...?": the same count's other part
        else if (!c.category && countedHere && !countedHere.noun && !c.noun && joinedByAnd(tokens, countedHere, c)) Object.assign(c, { category: countedHere.category, subject: countedHere.subject });
        // "2,500 recruits had completed training, bringing the total since 2022 to more than 51,000": the running total of that count
        else if (!c.category && !c.noun && countedHere && isRunningTotal(tokens, c.start)) countAs(c, countedHere);
        // "deported 19,546 Ukrainian children, of whom 1,012 have been returned home": a share of the count the clause follows
        else if (!c.category && !c.noun && countedHere?.category && opensRelativeShare(tokens, c.start)) countAs(c, countedHere);
        // "repelled five of the attacks; one is still ongoing", "One battle is still going on": a fight still under way, of the
        // attacks counted before
        else if (!c.category && !c.unit && !c.currency && (countedHere ?? lastCounted ?? countedBefore)?.category === "attacks" && isStillOngoing(tokens, c)) Object.assign(c, { category: "attacks", subject: c.noun?.subject ?? "attacks" });
        // "Most of the evacuees, 263, came from the Kostiantynivka hromada": a figure set off by commas after the noun it counts
        else if (apposed) Object.assign(c, { category: apposed.entry.category, subject: apposed.subject });
        // "received the bodies of 909 people. Most of them - 713 - were returned from the Donetsk region": a share set off after
        // "of them", of the count before
        else if (bare && priorCount?.category && setOffShareOfThem(tokens, c)) countAs(c, priorCount);
        // '[GRAPHIC: "AFU losses over the day": Sever up to 170 · Zapad up to 230 · ...]': a series set apart by dots after its caption
        else if (bare && (dotted ??= dottedSeries(tokens)) !== null && dotted.start < c.start) Object.assign(c, { category: dotted.series.category, subject: null, unit: dotted.series.unit });
        // "about 1.2 million households were without power nationwide. In Kyiv alone, 430,000.": a place's share, the sentence
        // only a place and the figure
        else if (bare && lastCounted?.category && isPlaceShareSentence(tokens, c, mentions)) countAs(c, lastCounted);
        // '"There had been 8 soldiers on it in April." "Now there are three."', "There were 200 people on our side. Now about 20":
        // what is left now of what the count before counted
        else if (bare && lastCounted?.category && isWhatRemains(tokens, c)) countAs(c, lastCounted);
        // "... which would put the total at 142,000 to 205,000", "the figure rises to between 200,000 and 230,000": a figure,
        // a number or a total given again, of what was last counted
        // (in digits: not "rounded the figures to one decimal place")
        // (or the block's before: "... 96,000 names." over a paragraph of its own, "... which would put the total at 142,000")
        else if (bare && !c.num.isWord && priorCount?.category && restatesFigure(tokens, c.start)) countAs(c, priorCount);
        // "lost 48,530 personnel in January, or about 1,565 a day", "an average of more than 1,550 a day": the count restated as a rate
        else if (bare && countedHere?.category && isRateOfCount(tokens, c)) {
          countAs(c, countedHere);
          restated.add(c);
        }
        // "... reported 126 Russian attacks on the axis over the week. That is roughly 18 a day.": the count before as a rate
        else if (bare && lastCounted?.category && !countedHere && opensWithThatIs(tokens, c) && isRateAt(tokens, c.end)) {
          countAs(c, lastCounted);
          restated.add(c);
        }
        // "Russia produces about 2,700 Shahed drones a month and aims to reach 3,500", "makes 46,000 rounds and could make 15,000
        // a month": a bare output or goal after a verb of making, of the thing the sentence counted
        else if (bare && countedHere?.category && OUTPUT_THINGS.has(countedHere.category) && isOutputFigure(tokens, c.start)) countAs(c, countedHere);
        // "The General Staff says 2,100 were shot down." after a count of drones: a bare figure shot down is of what was counted
        // ("90 Shahed-type UAVs. 70 were neutralised": not the General Staff's neutralised occupiers)
        else if ((!c.category || c.category === "casualties") && !c.noun && priorCount && isAirTally(priorCount.category) && (shotDownAfter(tokens, c) || airFateAfter(tokens, c) || shotDownBefore(tokens, c))) {
          countAs(c, priorCount);
        }
        // "Ukrainian drones attacked the Bryansk region; the ministry said 30 were downed": the weapon the sentence named
        else if (!c.category && !c.noun && shotDownAfter(tokens, c)) c.category = airWeaponBefore(tokens, c.start, true);
        // "19 were shot down over the Volgograd region, 14 over the Rostov region and 11 over ...": each place's share
        else if (!c.category && countedHere && isPlaceShare(tokens, c)) countAs(c, countedHere);
        // "Bashkortostan has lost 4,615 men, Tatarstan 3,702 and the Sverdlovsk region 3,590", "in Kharkiv Oblast the figure is
        // 470,000 hectares and in Mykolaiv Oblast 128,000": a list's next place and its figure, the verb and noun left out
        // (a whole count's share is whole: not "in Tuva the rate is 13.9, in Moscow 0.2" after "1,104 names")
        else if (!c.category && !c.noun && !c.unit && !c.currency && (countedHere ?? measuredHere) && (Number.isInteger(c.num.value) || !countedHere) && gappedPlaceShare(tokens, c, mentions)) {
          const whole = (countedHere ?? measuredHere)!;
          countAs(c, whole);
          if (whole.unit) c.unit = whole.unit;
        }
        // "It said the drones were downed ..., including 34 over the Bryansk region": what the sentence names, uncounted, before its shares
        else if (sharesNamedPlural) Object.assign(c, sharesNamedPlural);
        // "the largest number of confirmed dead come from Bashkortostan (4,102), Tatarstan (3,377) ...": a place's figure in
        // brackets counts what the sentence's "number of" named
        // ("The largest number of war crimes this week was registered in Kharkiv Oblast (318)": a plural the lexicon does
        // not list counts as `other`)
        else if (!c.category && !c.noun && bracketedAfterPlace(tokens, c, mentions)) {
          const counted = numberOfNoun(tokens, c.start);
          if (counted) Object.assign(c, { category: counted.category, subject: null });
        }
        // "Tanks (3,790, of which destroyed: 2,701, ...)": a figure in brackets right after the noun it counts
        else if (!c.category && !c.noun && tokens[c.start - 1]?.text === "(" && c.start >= 2 && tokens[c.start - 2].kind === "word") {
          const counted = nounAt(tokens, c.start - 2);
          if (counted && counted.entry.cls === "thing") Object.assign(c, { category: counted.entry.category, subject: tokens[c.start - 2].lower });
        }
        // "About 1.3 million households remained without electricity. By oblast: • Lviv Oblast – 523,000;": a place's line
        // under a count gives that place's share of it
        // ("... 118 enemy UAVs ... By region: 🔹 Kharkiv region – 26;": or the count of the block before a "By region:" heading
        // that names no count of its own, unlike "Explosive objects neutralised, by region:")
        // ("By group of forces:" over "– Zapad: up to 230 near Kupyansk;": a breakdown's entries, labelled by other names)
        else if (!c.category && (lastCounted || listHead) && (isPlaceEntry(tokens, c, mentions) || (isBreakdownHeading(listHead) && isLabelledEntry(tokens, c)))) {
          const headed = !lastCounted && listHead ? headingNoun(listHead) : null;
          // ("Cleared land since January, by region (ha):": what the heading measures, in its unit)
          const measured = !lastCounted && !headed && listHead ? captionSeries(listHead) : null;
          const counted = lastCounted ?? (headed || measured ? null : countedBefore);
          if (headed) Object.assign(c, { category: headed.category, subject: null });
          else if (measured) Object.assign(c, { category: measured.category, subject: null, unit: c.unit ?? measured.unit });
          else if (counted) countAs(c, counted);
        }
        // "We detained 211 people ...." over "The most were in Odesa Oblast – 64, then Zakarpattia Oblast – 52": a place's entry
        // by its dash, with nothing counted before it in its sentence, shares the count before (of this block or the last)
        // (not after a count of the sentence's own, even of `other` things: "Of the 486 explosive objects neutralised, the largest
        // number was found in Kharkiv region — 203")
        else if (!c.category && !c.noun && !c.unit && !c.currency && priorCount?.category && !candidates.some((o) => o.end <= c.start && o.noun) && dashedPlaceEntry(tokens, c, mentions)) countAs(c, priorCount);
        // "Another 61 people were injured, 11 of them children", "shot down 38 drones, 12 of them over the Kursk region":
        // a share of the count just given is of that count, unless it says its own toll ("168 neutralised, 97 of them irretrievably")
        else if (countedHere?.category && !TOLLS.has(c.category ?? "") && isShareOfThem(tokens, c)) c.category = countedHere.category;
        // "killed five people, including a nurse and two patients", "38 injured, including 9 medical workers and 4
        // children": the people listed share the toll they are part of
        else if (c.category === "people" || c.category === "personnel") c.category = tollIncluding(tokens, candidates, c) ?? c.category;
        // "neutralised 214 explosive objects, including 9 aerial bombs", "..., among them 312 artillery shells": ordnance cleared, no strikes
        // ("destroyed 67 cluster submunitions and 140 mortar rounds": ordnance listed with ordnance is cleared too)
        else if (c.category && ORDNANCE_SHARES.has(c.category) && (clearedOrdnanceBefore(tokens, candidates, c) || listedWithOrdnance(tokens, candidates, c))) c.category = "other";
        // "the list grew by 2,310 names", "Moscow accounts for fewer than 1,100 names": a list of the dead counts the dead
        // ("The list includes 4,870 officers", "We know the names of 12,140 mobilised men": those on it are the dead too)
        // (not names handed over for an exchange, of the missing or of captives: "a list of 1,200 names for the next exchange")
        if (c.noun && (tokens[c.noun.head].lower === "names" || (c.category === "personnel" && DEAD_LIST_WORDS.hasAnyToken(tokens))) && !EXCHANGE_WORDS.hasAnyToken(tokens) && listsDead()) c.category = "killed";
        // a text table's cell: what its column's heading counts ("Kharkiv | 398,000 | 1,214" under "Oblast | IDPs hosted | ...")
        // (the column's heading outranks the count the line before gave: "• Kharkivskyi — 38 / 11" under "(attacks / injured)" after
        // "• Kupianskyi — 51 / 9" is 38 attacks, not 38 more injured)
        // (a heading that names nothing, "other", leaves the chain's count: "Region  Claimed  Peak night" after a count of drones)
        const cell = row && !ownCategory && !c.noun ? tableColumn(tokens, row, c.start) : -1;
        const column = cell > 0 && (!c.category || table!.columns[cell] !== "other") ? cell : -1;
        if (column > 0) {
          Object.assign(c, { category: table!.columns[column], subject: null });
          // "(thousand tonnes)" in the caption: "4,310" is 4,310,000 tonnes
          if (table!.scale !== 1 || table!.unit) Object.assign(c, { num: { ...c.num, value: c.num.value * table!.scale }, unit: table!.unit ?? c.unit });
          // ("96.4" under "Occupied, sq km": the column's own unit)
          if (table!.units[column] && !c.unit) c.unit = table!.units[column];
        }
        if (series && !c.category && !c.noun && isSeriesFigure(tokens, c.start, c.end)) Object.assign(c, { category: series.category, subject: null, unit: c.unit ?? series.unit });
        if (metricRow?.series && !c.category && !c.noun && c.start >= metricRow.labelEnd) Object.assign(c, { category: metricRow.series.category, subject: null, unit: c.unit ?? metricRow.series.unit });
        // "several explosions", "a few kilometres": a vague amount no writer counts as a claim (unlike "a few dozen soldiers")
        if (c.num.vague && UNCOUNTED_VAGUE.has(c.num.vague.words.join(" "))) c.category = null;
        if (!c.category && !options.includeNonClaims) continue;
        // ("Hits by missiles and attack drones were recorded in 9 locations": the air attack's tally, the Air Force's kind of figure)
        const voiced = voices.sourceAt(c.start, recordsHits(tokens, c) ? "missiles" : c.category ?? null, describesWhereAPlaceLies(tokens, c) || describesPrewarPopulation(tokens, c));
        const ownPeriod = nearestPeriod(periods, c.start);
        const period = ownPeriod ?? paragraphPeriod;
        const lossEntry = lossList && c.category === "personnel";
        if (lossEntry) c.category = "casualties";
        const category = c.category ?? "other";
        // (on a third country's site, a speaker of no side the words give is that country's: "Interior Minister Marcin
        // Kierwiński said 1,100 police officers had been sent to the border counties")
        const sourceSide = voiced.source?.side ?? (!voiced.source || voiced.source === author ? ownSide() : speakers.host ? "other" : null);
        // ("Total combat losses of the enemy ...:" over "personnel — about 855,740 (+1,150)": the enemy's losses, as its tanks are)
        // (a breakdown's entries are the losses of the total they break down: "the Ukrainian army had lost about 1,310
        // servicemen ... By group of forces:" over "– Sever: up to 195 servicemen", "– Zapad: up to 230"; not an entry
        // naming its own side, "Russian losses: 40 servicemen")
        const actor = lossList && lossListActor && category === "casualties" && !namesSide(tokens, 0, c.end)
          ? lossListActor
          : lossEntry
          ? opposite(sourceSide)
          : c.category && !isDistanceAfterOpeningPlace(tokens, c) // ("In Melitopol, about 70 km from the front line": where it lies)
          ? resolveActor({ tokens, start: c.start, end: c.num.end, noun: c.noun, category, isDuration: c.unit?.entry.kind === "duration", unit: c.unit?.entry.unit ?? c.currency?.code ?? "count", agents, sourceSide, weapons, listHead })
          : null;
        // the Air Force counts Russia's drones and missiles, not Ukraine's own ("Ukraine launched 30 drones at Moscow")
        // ("524 Ukrainian drones were destroyed over Russia": Ukraine's own drones are no tally of its Air Force either)
        const ownLaunch = actor === "ukraine" && (launchesBefore(tokens, c.start) || namesUkrainianWeapon(tokens, c));
        // ("Russia likely launched more than 5,300 UAVs": an assessment is its writer's, not the authority's it cited before)
        // (not over a source the sentence names: "..., the Navy said" on the Navy's own page is the Navy's)
        // ("The last comparable attack, on 15 January, involved 43 missiles": background, no tally of the day the authority gave)
        const authority = c.category && !ownLaunch && !voiced.own && !voiced.named && !(hedge >= 0 && hedge < c.start) && !(earlier ??= namesEarlierTime(tokens, publishedAt)) ? voices.authorityOver(c.category, voiced.source) : voiced.source;
        // ("..., the SES added. More than 150 rescuers and 38 units of equipment are working at the site": the response is the service's figure)
        const responder = !authority && isResponseAtScene(tokens, c) ? latestBody(speakers, (name) => name === "state emergency service") ?? null : null;
        // ("Confirmed deaths by region (Mediazona / BBC Russian Service, as of 21 February):" over "Bashkortostan — 4,460": the
        // list's source, over the page's own voice but not over a source its line names)
        const listed = listCredit && !voiced.named && (!authority || authority === voices.documentVoice) ? listCredit : null;
        const source = credit && c.start < credit.at ? credit.source : listed ?? authority ?? responder;
        places.voiceRegion = speakersRegion(source, category, false);
        const claim = claimOf(text, tokens, sentence, c, {
          category,
          measure: c.category ? measureOf(tokens, c, periodMeasure(period)) : null,
          subject: c.noun?.subject ?? c.subject ?? (c.category === "attacks" && !c.noun ? "attacks" : null),
          actor: null, // (settled below, once the place is known)
          location: c.category ? (column > 0 && table!.rowsAreRegions ? rowRegion(tokens, mentions) : undefined) ?? locate(tokens, c, candidates, mentions, places, spansTheWar(tokens, ownPeriod) || (nationalTally(source, c.category) && !inLossList(candidates)) || (TOLL_OF_A_SIDE.has(c.category ?? "") && mentions.length === 0 && countrysLosses(tokens, c)), mayorsCity(source, speakers, c.category)) ?? (isShareOfToll(tokens, c) ? lastTollPlace : isShareOfThem(tokens, c) && claims.length > claimsBefore ? claims[claims.length - 1].location : null) ?? speakersRegion(source, category, launchesBefore(tokens, c.start)) : null,
          attribution: c.category && source && !speakers.staff?.has(source.name) ? attributionOf(source) : null,
          period: resolvePeriod(period, publishedAt),
          isClaim: !!c.category,
        });
        if (claim.attribution !== null && source === authority && authority !== voiced.source) byAuthority.set(claim, claim.attribution);
        claim.actor = settleActor(actor, { category, place: claim.location, source, atScene: () => isResponseAtScene(tokens, c), workforce: () => isWorkforce(tokens, c.noun), listedDead: () => !countsCivilians(tokens, c.noun) && !STRIKE_WORDS.hasAnyToken(tokens) && listsRussiasDead() });
        // ("Volunteers ... make up 44% of the dead we identified", "Moscow ... lost 274 men, or 0.8% of the total": on a page
        // keeping a list of Russia's war dead, its shares are of Russia's dead; not of a population, "about 12% of Russia's
        // population live there")
        if (category === "other" && claim.actor === null && c.unit?.entry.unit === "percent" && !POPULATION_WORDS.hasAnyToken(tokens) && listsRussiasDead()) claim.actor = "russia";
        // ("the enemy occupied 556 km² of Ukrainian land" over "▪️ Pokrovsk direction — 141 km²", "January — 427": an area
        // given as a label's value, with no words of its own, is the same side's as the area the page gave before it; not
        // under a heading of its own, "Cleared land since January, by region (ha):")
        if (category === "area") {
          const before = lastArea as { actor: Actor; paragraph: Paragraph } | null; // (set in earlier turns of this loop)
          // ("That is 19.3 sq km less than a week earlier": the difference from the area before, the same side's)
          const difference = DIFFERENCE_WORDS.has(tokens[c.end]?.lower ?? "") && tokens[c.end + 1]?.lower === "than" && before?.paragraph === paragraph;
          if (claim.actor === null && !listHead && before && (isLabelledValue(tokens, c.start, c.end, before.paragraph === paragraph) || difference)) claim.actor = before.actor;
          // (a figure that gave no side passes on the side before it: "That is 19.3 sq km less than a week earlier" between two)
          lastArea = { actor: claim.actor ?? before?.actor ?? null, paragraph };
        }
        // ("enemy UAVs shot down – 1,020, of which 214 were Orlan-10", "2,416, including 12 Orlan-10, 19 Zala": a part of the
        // count just given is the same side's, unless it names its own)
        const whole = claims.length > claimsBefore ? claims[claims.length - 1] : null;
        if (whole && isPartOfCount(tokens, c, previousCandidate, partsOfCount)) {
          partsOfCount.add(c);
          if (whole.actor && whole.category === category && !namesSide(tokens, c.start, c.end)) claim.actor = whole.actor;
        }
        // ("Fewer than 400 remain, according to local authorities" of Tyotkino: officials at a place in Russia are Russia's)
        // (and on a page that speaks from Russia's side: "a commander with the call sign Tayozhnik" on a milblogger's channel)
        if (source === UNPLACED_OFFICIALS && claim.attribution && ((claim.location && isRussianPlaceName(claim.location)) || ownSide() === "russia")) claim.attribution = "Russian officials";
        // ("the AFU are losing 10-15 men a day on this stretch, a drone operator with the call sign Kedr told us" on a Russian channel)
        if (source === SIDE_NAMING_OFFICIALS && claim.attribution && ownSide() === "russia") claim.attribution = "Russian officials";
        // ("7,940 personnel over the seven days, or roughly 1,130 a day": the writer's arithmetic, the page's own figure; not
        // under a speaker named after it, "Russia lost 45,000 troops in March, an average of about 1,450 a day, Syrskyi said")
        // (nor inside the clause a source reports, "The UK Ministry of Defence said ... that Russia had suffered around 845,000
        // casualties, with an average of around 1,500 a day": its own rate)
        if (restated.has(c) && !sources.some((mention) => !mention.weak && (mention.at > c.end || reportsClause(tokens, mention.at, c.start)))) claim.attribution = pageVoiceName();
        // ("The list includes 21,400 volunteers ...", "Volunteers make up the largest group among the identified dead — 24,730"): on
        // a page relaying the list of Russia's war dead, a figure of the list no one voices is its keeper's, the last the page
        // named (not on a page calling the list its own, "our list")
        if (claim.isClaim && claim.attribution === null && speaksOfTheList(tokens) && relaysRussiasList()) {
          const keeper = latestBody(speakers, namesRussiasListKeepers);
          if (keeper && keeper !== author) claim.attribution = attributionOf(keeper);
        }
        claims.push(claim);
        if (column > 0) tableCells.push({ claim, label: table!.labels[column] });
        const pageVoice = pageVoiceName();
        const isUnsourced = claim.attribution === null || claim.attribution === pageVoice;
        if (column > 0 && tableCredit && isUnsourced) claim.attribution = attributionOf(tableCredit);
        // ("Week | Drones (our count) | Drones (Air Force)": a column whose heading ends in a source's name is that source's,
        // over the caption's credit; "Drones (our count)" the page's own, unless its row names a source)
        const columnSource = column > 0 ? sourceInColumnLabel(table!.labels[column] ?? []) : null;
        if (columnSource && isUnsourced) claim.attribution = attributionOf(columnSource);
        else if (column > 0 && pageVoice && !sources.some((s) => !s.weak) && table!.labels[column]?.includes("our")) claim.attribution = pageVoice;
        if (voiced.own) ownVoiced.add(claim); // ("According to our information, ...": the outlet's own, no one else's later)
        if (voiced.waits && c.category) voices.wait(claim);
        if (c.category && c.unit && c.unit.entry.kind !== "currency") measuredHere = c;
        if (c.category && c.category !== "other" && !c.unit && !c.currency) {
          lastCounted = countedHere = c;
          // (a count of its own ends the answer: "How many drones ...? About 150. The Air Force counted 40 strikes on Kharkiv. In
          // Odesa, 12." is 12 strikes)
          if (ownCategory && c.noun) answer = null;
          lastCountedActor = claim.actor;
          blockCounts.push(c);
        }
        if (TOLLS.has(category) && claim.location) lastTollPlace = claim.location;
      }
      // "Russians shelled 31 settlements. 3 people were killed, the Kherson OVA reported.": a source closing the paragraph's
      // next sentence speaks for the figures before it that no one voiced (not a place's distance: "Orikhiv lies about 7 km
      // from the front line", the writer's own geography)
      const closing = index > 0 && previousSentenceClaims.length ? closingSource(tokens, sources) : null;
      if (closing) for (const claim of previousSentenceClaims) if (claim.attribution === null && claim.category !== "distance" && !ownVoiced.has(claim)) claim.attribution = attributionOf(closing);
      previousSentenceClaims = claims.slice(claimsBefore).filter((claim) => claim.isClaim);
      if (periodSeries) seriesClaims.push(...previousSentenceClaims);
      // "— Oleh Syniehubov, head of the Kharkiv RMA" closing a post: the post's figures no one else voiced are his
      // (on a page of time-stamped posts, the post's since its stamp, over its blank lines)
      // ("With respect, Principal Svitlana Kurylo" closing a letter: the letter's, all of it since the page's last stamp, but
      // only if no figure follows on the page: a caption "Vitaliy Kim, Head of ..." in mid-story signs nothing; read at the end)
      const valediction = index <= 1 && !candidates.length ? letterSigner(tokens, lineBefore, speakers) : null;
      // (the list itself, not a copy: the signature is read only if the page adds no claim after it)
      if (valediction) letterSignature = { signer: valediction, signed: entryClaims ?? claims, claimsSoFar: claims.length };
      const signed = entryClaims ?? postClaims;
      const signer = valediction ? null : index === 0 && !candidates.length && signed.length ? postSigner(tokens, speakers) : null;
      if (signer) {
        giveUnvoiced(signed, signer, author);
        if (entryClaims) entryClaims = [];
      }
      postClaims.push(...previousSentenceClaims);
      entryClaims?.push(...previousSentenceClaims);
      voices.endSentence(previousSentenceClaims.length > 0);
      // the page's voice narrowed to the body its story names first ("UN News" to the monitoring mission): so are the headline's figures
      const narrowedFrom = voices.takeNarrowed();
      if (narrowedFrom) {
        const [from, to] = [attributionOf(narrowedFrom), attributionOf(voices.documentVoice!)];
        for (const claim of claims) if (claim.attribution === from) claim.attribution = to;
      }
      // "Kherson OVA: Russians attacked 46 settlements" signing a relay: the signer's region is the page's home too
      if (!places.home && voices.documentVoice && voices.documentVoice !== author) places.home = homeCity(voices.documentVoice);
      asked = askedHere ?? (candidates.length ? null : asked);
      places.remember(mentions, tokens);
      for (const mention of mentions) {
        speakers.lastRegionCentre = regionalCentreOf(mention.name) ?? speakers.lastRegionCentre;
        if (mention.kind === "city" && !mention.isOffice) speakers.lastCity = mention.name;
      }
      // the page's first figures, in a headline led by a label no source answers to ("Ombudsman:", "UN mission:"): the lead names it
      const label = previousSentenceClaims.length && index === 0 && paragraph.sentences.length === 1 && !sources.some((s) => !s.weak) && !claims.slice(0, claimsBefore).some((claim) => claim.isClaim) ? headlineLabel(tokens) : null;
      if (label) labelledHeadline = { claims: previousSentenceClaims, label };
      // a time-stamped entry's headline led by a generic label ("City:", "Region:"), with no source of its own: the entry's
      // next paragraph names it (not "Kharkiv: 7 injured ...", which the writers leave unsourced)
      if (afterStamp && paragraph.sentences.length === 1 && previousSentenceClaims.length && tokens[1]?.text === ":" && AREA_LABELS.has(tokens[0].lower) && !sources.some((s) => !s.weak)) {
        entryHeadline = previousSentenceClaims;
        // ("City:" is the city the report is about: the one it named last)
        if (tokens[0].lower === "city") for (const claim of entryHeadline) claim.location ??= places.lastCity;
      }
      if (periods.length) paragraphPeriod = periods[periods.length - 1];
      if (!credit || candidates.length) captionCredit = null; // (only the line right above the table's heading)
      lineBefore = tokens;
    }
    const lastText = paragraph.sentences[paragraph.sentences.length - 1]?.sentence.text ?? "";
    // "... 2 trucks caught fire. 38 rescuers put out the fire. [Oleh Kiper, head of the OVA]": a digest's item closed by its
    // source in square brackets, which speaks for the item's figures no one in it voiced
    // ("... 38 rescuers and 9 units of equipment worked at the scene. (source: SES in Zaporizhzhia Oblast)": in round brackets
    // after the item's last stop)
    // ("... No one was hurt. — Zaporizhzhia OVA": signed after a dash)
    const lastTokens = paragraph.sentences[paragraph.sentences.length - 1]?.tokens ?? [];
    // (a digest's bullet item may close its own sentence with the bracket or sign after a comma: "... in Kostiantynivka [Vadym
    // Filashkin, head of the regional military administration].", "... near Pokrovsk (47th Separate Mechanized Brigade).",
    // "... 13.1 trillion roubles — Russian Finance Ministry.")
    const item = LIST_ITEM_MARKS.has(paragraph.sentences[0]?.tokens[0]?.text ?? "");
    const bracketed = (CLOSING_BRACKET.test(lastText) ? closingBracketSource(lastTokens, speakers, item) : null) ?? (paragraph.sentences.length > 1 || lastTokens.length > 8 ? closingDashSource(lastTokens, speakers, item) : null);
    // (and those voiced by a speaker the item does not name, carried from an item before it: each item's credit is its own)
    if (bracketed) {
      const named = item ? new Set(namedInParagraph.map(attributionOf)) : null; // (read only where an item's credit needs it)
      const carried = (claim: ExtractedClaim) => !!named && claim.attribution !== null && !named.has(claim.attribution);
      giveUnvoiced(claims.slice(paragraphStart).filter((claim) => claim.isClaim), bracketed, voices.documentVoice, byAuthority, carried);
    }
    voices.endParagraph(lastText);
    const endsInColon = /:\s*$/.test(lastText); // (the cheap test first: most paragraphs end otherwise)
    if (endsInColon) {
      listHead = paragraph.sentences[paragraph.sentences.length - 1].tokens;
      listCredit = headingBracketSource(listHead, speakers);
    }
    listHeadAlone = paragraph.sentences.length === 1 && endsInColon;
    // ("... had lost about 1,310 servicemen in 24 hours. By group of forces:": a breakdown of losses is a loss list too)
    if (endsInColon && (LOSS_HEADING.test(lastText) || (lastCounted?.category === "casualties" && isBreakdownHeading(listHead)))) {
      lossList = lossListArmed = true;
      lossListActor = LOSS_HEADING.test(lastText) ? null : lastCountedActor;
    }
    const heading = isHeading(paragraph);
    // (of a heading its stops part, "RESULTS OF JUNE. TORETSK DIRECTION", the phrase that names a place)
    const headingLine = heading ? (paragraph.sentences.find((s) => s.mentions.length && s.tokens.some((t) => t.text === "DIRECTION" || t.text === "AXIS")) ?? paragraph.sentences.findLast((s) => s.mentions.length) ?? paragraph.sentences[0]) : null;
    if (headingLine) places.heading(headingLine.mentions, headingLine.tokens);
    // a liveblog's or a digest's time stamp opens an entry; the entry's first line names its place
    afterStamp = isTimeStamp(paragraph);
    if (afterStamp) entryClaims = [];
    if (afterStamp) {
      places.startEntry();
      voices.startStampedEntry();
    }
    else {
      if (heading && !UPDATE_LINE.test(paragraph.sentences[0].sentence.text)) places.endEntry(); // not "Updated at 14.48 GMT"
      places.entryLine(paragraph.sentences[0]?.mentions ?? []);
    }
  }
  // (a letter's signature stands at the page's end: no figure after it)
  if (letterSignature && letterSignature.claimsSoFar === claims.length) giveUnvoiced(letterSignature.signed, letterSignature.signer, author);
  return claims;
}

/** A signer's or a credit's figures: those no one voiced, and those the page's own voice took (`pageVoice`), are `source`'s. */
function giveUnvoiced(claims: ExtractedClaim[], source: Source, pageVoice: Source | null, byAuthority?: ReadonlyMap<ExtractedClaim, string>, alsoTaken?: (claim: ExtractedClaim) => boolean): void {
  const page = pageVoice ? attributionOf(pageVoice) : null;
  const name = attributionOf(source);
  for (const claim of claims) if (claim.attribution === null || claim.attribution === page || (byAuthority && isAuthoritys(claim, byAuthority)) || alsoTaken?.(claim)) claim.attribution = name;
}

/** Whether the claim's voice is still only the authority its kind fell to (no rule gave it a speaker since). */
function isAuthoritys(claim: ExtractedClaim, byAuthority: ReadonlyMap<ExtractedClaim, string>): boolean {
  return byAuthority.get(claim) === claim.attribution;
}

const MAX_BRACKETED_SOURCE = 12;

/** "[Ukrenergo]", "[Oleh Kiper, head of the OVA]", "[DeepState, map update No. 612]" closing a line: the source it names. */
function closingBracketSource(tokens: Token[], speakers: SpeakerMemory, item: boolean): Source | null {
  // (a bullet item's closing stop after the bracket: "... in Kostiantynivka [Vadym Filashkin, head of the OVA].")
  const close = tokens.length - (item && tokens[tokens.length - 1]?.text === "." ? 2 : 1);
  const opening = tokens[close]?.text === "]" ? "[" : tokens[close]?.text === ")" ? "(" : "";
  let open = close - 1;
  while (open > 0 && close - open <= MAX_BRACKETED_SOURCE && tokens[open].text !== opening) open--;
  if (!opening || tokens[open]?.text !== opening || open === close - 1) return null;
  // (round brackets only after the item's last stop, and named as its source: "... at the scene. (source: SES ...)", not
  // "... the Human Rights Monitoring Mission (HRMMU)"; or closing a bullet item's sentence with a body named whole, "... near
  // Pokrovsk (47th Separate Mechanized Brigade).")
  // ("(all: Oleh Syniehubov)": every figure of the item his)
  const labelled = CREDIT_LABELS.has(tokens[open + 1]?.lower ?? "") && tokens[open + 2]?.text === ":";
  // (or standing alone after the item's last stop: "... 7 private houses were damaged. (Serhii Lysak, head of the OVA)")
  const alone = open === 0 && item;
  const itemCredit = opening === "(" && item && (close < tokens.length - 1 || alone) && !labelled;
  if (opening === "(" && !((CLAUSE_STOPS.has(tokens[open - 1]?.text ?? "") || alone) && labelled) && !itemCredit) return null;
  // (the source fills the brackets, or opens them before its title: "[Oleh Kiper, head of the OVA]"; not "[Ukrenergo has not
  // confirmed these figures]")
  const from = labelled ? open + 3 : open + 1;
  const found = sourceAfter(tokens, from, speakers);
  // ("(Serhii Lysak, head of the OVA)": a person, his title after the comma)
  const titled = !!found && tokens[found.end]?.text === "," && isPersonName(found.source.name);
  if (itemCredit && !(found && (found.end === close || titled) && isNamedWhole(tokens, from, found.end, found.source, false))) return null;
  // ("(source: SES in Zaporizhzhia Oblast)": a labelled source's place after it)
  return found && found.start === from && (found.end === close || tokens[found.end]?.text === "," || (labelled && tokens[found.end]?.lower === "in")) ? found.source : null;
}

/**
 * What a figure alone on its line counts under its label's line: "Civilians killed" over "64"; "incl. children" over "7" is
 * a part of the label before it (`before`). The label is short, with no figure and no stop; null when the line is more than a
 * figure ("about 600", "1,126.5 ha" are figures).
 */
function figureUnderLabel(tokens: Token[], c: Candidate, label: Token[], before: Series | null): Series | null {
  if (c.start !== 0 || c.end !== tokens.length || !label.length || label.length > MAX_LABEL_TOKENS) return null;
  if (label.some((t) => t.kind === "num" || t.text === "|") || STOPS.has(label[label.length - 1].text)) return null;
  if (PART_OF_BEFORE.has(label[0].lower)) return before;
  return captionSeries(label);
}
const MAX_LABEL_TOKENS = 14;
const STOPS = new Set([".", "!", "?", ":", ";"]);

/** "- ", "• ", "* ", "🔹 ": a bullet opening a digest's item (not a dash, which opens an interview's answer too). */
const LIST_ITEM_MARKS = new Set(["-", "•", "*", "▪", "●", "🔹", "🔸", "🔺", "🔻", "▫", "◾", "◽", "➖", "✔", "✅", "📌"]);
/** The words that label a bracket as an item's credit: "(source: SES in Zaporizhzhia Oblast)", "(all: Oleh Syniehubov)". */
const CREDIT_LABELS = new Set(["source", "sources", "all"]);
/** A line closed by a bracket, a stop after it at most. */
const CLOSING_BRACKET = /[\])]\.?$/;

/**
 * Whether the words `from`..`end` name a source whole, as no gloss of a name before them does: a person, a body the lexicon
 * knows, or a body by its head word ("(47th Separate Mechanized Brigade)", "(Government of Japan)"); not a place, nor an
 * acronym alone in brackets, which glosses the name before it ("(HRMMU)"); not "(Zaporizhzhia Nuclear Power Plant)".
 */
function isNamedWhole(tokens: Token[], from: number, end: number, source: Source, acronym: boolean): boolean {
  if (end - from === 1 && !acronym && tokens[from].text === tokens[from].text.toUpperCase()) return false;
  if (placeByVariant(tokens.slice(from, end).map((t) => t.lower).join(" "))) return false;
  if (isPersonName(source.name)) return true;
  const known = longestAt(sourcesByFirst, tokens, from);
  if (known && from + known.words.length === end) return true;
  for (let k = from; k < end; k++) if (tokens[k].capitalized && (ORG_HEADS.has(tokens[k].lower) || UNIT_WORDS.has(tokens[k].lower) || isGovernmentOf(tokens, k))) return true;
  return false;
}

/** "... No one was hurt. — Zaporizhzhia OVA" closing an item: the source after the dash, filling the rest of the line. */
function closingDashSource(tokens: Token[], speakers: SpeakerMemory, item: boolean): Source | null {
  for (let dash = tokens.length - 2; dash > 0 && tokens.length - dash <= MAX_BRACKETED_SOURCE; dash--) {
    if (!DASHES.has(tokens[dash].text) || !tokens[dash].spaced) continue;
    // (a bullet item's sentence may run up to the dash: "... hit 13.1 trillion roubles — Russian Finance Ministry.")
    if (!CLAUSE_STOPS.has(tokens[dash - 1].text) && !item) return null;
    const found = sourceAfter(tokens, dash + 1, speakers);
    if (!found || found.start !== dash + 1) return null;
    const last = tokens.length - (tokens[tokens.length - 1].text === "." ? 1 : 0);
    // ("— Oleksandr Prokudin, Kherson regional governor": a person and his title after a comma)
    const titled = item && tokens[found.end]?.text === "," && isPersonName(found.source.name);
    if (!item || CLAUSE_STOPS.has(tokens[dash - 1].text) || isNamedWhole(tokens, dash + 1, found.end, found.source, true)) return found.end >= last || titled ? found.source : null;
    return null;
  }
  return null;
}

/** What ends the item's text before its signature's dash: "... No one was hurt. — Zaporizhzhia OVA". */
const CLAUSE_STOPS = new Set([".", "!", "?", "”", "\""]);

/** "Confirmed deaths by region (Mediazona / BBC Russian Service, as of 21 February):": the source opening a heading's brackets. */
function headingBracketSource(tokens: Token[], speakers: SpeakerMemory): Source | null {
  const open = tokens.findIndex((token) => token.text === "(");
  // (a source the lexicon knows: not the weapons a heading's brackets list, "(Shahed, Gerbera, other types)")
  const known = open >= 0 ? longestAt(sourcesByFirst, tokens, open + 1) : null;
  return known ? resolveGeneric(known.source, speakers, tokens, open + 1) : null;
}

const UKRAINE_IN_HEAD = /\bof Ukraine\b/;
const HEAD_NAME_CHARS = 300;

/** A page's author named in full as the lexicon knows him, in any script: "Евгений Балицкий" heading his channel is Balitsky, of Russia's side. */
function knownAuthor(author: Source): Source {
  const words = author.side === null ? author.name.split(" ") : [];
  return (words.length === 2 && lexiconPerson(words[0].toLowerCase(), words[1].toLowerCase())) || author;
}

const NATIONAL_TALLIERS = new Set(["Ukrainian Air Force", "Russian Defence Ministry", "Ukrainian General Staff"]);
/** "On the same day, the Air Force said it had shot down 112 of the 160 drones": a country's tally, placed only by its own sentence. */
function nationalTally(source: Source | null, category: string): boolean {
  return !!source && NATIONAL_TALLIERS.has(source.name) && isAirTally(category);
}

/**
 * "5 vehicles, 1 tank, 3 motorcycles and 22 unmanned aerial vehicles were destroyed" in a direction's paragraph: drones
 * listed with an army's other losses are that sector's, not the country's air tally.
 */
function inLossList(candidates: Candidate[]): boolean {
  return candidates.some((other) => other.category === "equipment" || other.category === "casualties" || other.category === "killed");
}

const TOLL_OF_A_SIDE: ReadonlySet<string> = new Set(["casualties", "killed"]);
/** A country's own losses, by the word of losing: "Russia has lost", "Russia's losses", "Russian losses". */
const COUNTRY_LOSS_WORDS = new WordSet(["lost", "losses", "loses", "lose", "losing"]);
/** The countries themselves (not "the AFU lost", "Ukrainian losses amounted to", a sector summary's words). */
const COUNTRIES_AT_WAR = new WordSet(["russia", "russia's", "ukraine", "ukraine's"]);
const LOSS_AUXILIARIES = new WordSet(["has", "had", "have", "is", "was", "already", "now", "reportedly"]);

/**
 * "It put Russia's losses over the day at 1,230 troops", "Since the start of this year Russia has lost almost 300,000
 * soldiers": troops a side itself lost (the side naming the losses or losing them), in a sentence naming no place, are
 * the whole front's, not the place of the sentences before (not "Russia's attack killed 4 people, and 20,000 homes lost
 * power").
 */
function countrysLosses(tokens: Token[], c: Candidate): boolean {
  if (c.noun?.entry.cls !== "military") return false;
  for (let k = 1; k < tokens.length; k++) {
    if (!COUNTRY_LOSS_WORDS.hasToken(tokens[k])) continue;
    let j = k - 1;
    while (j > 0 && LOSS_AUXILIARIES.hasToken(tokens[j])) j--;
    if (COUNTRIES_AT_WAR.hasToken(tokens[j])) return true;
  }
  return false;
}

/** "According to Terekhov, about 150 windows were blown out": a mayor's figures are his city's. */
function mayorsCity(source: Source | null, speakers: SpeakerMemory, category: string): string | null {
  // (a mayor relays the country's drone and missile tallies too, as a city's own channel does)
  return source && !isAirTally(category) ? speakers.mayors?.get(source.name) ?? source.city ?? null : null;
}

/**
 * A regional head or administration speaking of its region's figures names no place: "Two people were injured,
 * Syniehubov said", "the Sumy OVA reported 126 attacks on 41 settlements of the region", and a head's day summary
 * lists the weapons used on it ("The enemy used: ▪️16 Geran-2 attack UAVs"). A launch he relays is the country's
 * tally ("Russia launched 40 drones overnight, Syniehubov said").
 */
function speakersRegion(source: Source | null, category: string, launched: boolean): string | null {
  const region = source ? source.region ?? centreOfRegionalAdministration(source.name) : null;
  return region && !(launched && isAirTally(category)) ? `${region} Oblast` : null;
}

/** The first analyst's hedge in a sentence ("likely", "almost certainly", "probably"), or -1. */
function hedgeAt(tokens: Token[]): number {
  for (let k = 0; k < tokens.length; k++) {
    const word = tokens[k].lower;
    if (word === "likely" || word === "probably" || (word === "almost" && tokens[k + 1]?.lower === "certainly")) return k;
  }
  return -1;
}

/** "Transcript.", "the text of the joint press conference": a page that is a record of what was said. */
// ("Home > Press room > Transcripts": a page filed under them is one; so is a line titling a press conference, "Press
// conference by NATO Secretary General ...", or marking a speech "(As delivered)", not a story's "said at a press conference")
const TRANSCRIPT = /\btranscripts?\b|^[^\S\n]*(?:joint )?press (?:conference|briefing)\b|\(as delivered\)/im;
/** A page that calls itself an interview: "Interview · 15 January 2025", "Q&A: ...", "RBC-Ukraine spoke to him" (not "said in an interview"). */
const INTERVIEW = /\bInterviews?\b|\bINTERVIEWS?\b|\bQ&A\b|\b(?:spoke|talked) (?:to|with) (?:him|her)\b/;

/** "KYIV, Feb 25 (Reuters) -", "(AP) —": an agency's dateline near the top. */
const DATELINE = /\(\p{Lu}[\p{L}-]*\)[^\S\n]*[-–—]/u;
/** A wire dateline's city at a line's start: "KYIV, April 23 (Wire) -", "Kyiv, 28 November (Faktor).", "MOSCOW (Reuters) -". */
const DATELINE_CITY = /^(KYIV|Kyiv|KIEV|Kiev|MOSCOW|Moscow)\b[^\n(]{0,30}\(\p{Lu}[\p{L}-]*\)/mu;

/**
 * The side a page's head places it on, whose "the Defence Ministry" it means: a wire dateline's capital ("KYIV, April 23
 * (Reuters) -"), or a Ukrainian state body's masthead.
 */
function datelineSide(head: string): "ukraine" | "russia" | null {
  const city = DATELINE_CITY.exec(head)?.[1].toLowerCase();
  if (city) return city === "kyiv" || city === "kiev" ? "ukraine" : "russia";
  // (or a Ukrainian state body's masthead over the page, its name a line or a bar-separated part of one to itself: "ВЕРХОВНА
  // РАДА УКРАЇНИ | Verkhovna Rada of Ukraine" over a committee's news; not a headline, "President Putin signs decree annexing
  // four regions of Ukraine")
  return mastheadLines(head).some((line) => line.split(/[|·•]|\s[-–—]\s/).some((part) => UKRAINIAN_MASTHEAD.test(part.trim()))) ? "ukraine" : null;
}

const UKRAINIAN_MASTHEAD = /^(?:The )?(?:Verkhovna Rada|Cabinet of Ministers|Government|Office of the President|President|Ministry of [A-Z][\w ,]*|State [A-Z]\w* Service|National Police|Parliament) of Ukraine$/;

// (a unit's results: "the units of the brigade ... destroyed and damaged:" over "personnel – 1,347 occupiers")
const LOSS_HEADING = /\b(?:combat losses|losses of the enemy|enemy(?:'s)? losses|losses of russia|russia's losses|russian losses|destroyed and damaged|destroyed or damaged)\b[^:]{0,160}:\s*$/i;

const CORRECTED = new Set(["corrected", "revised", "updated", "changed", "amended"]);

/**
 * In a correction note, figures before this token are withdrawn; after "corrected to"/"revised" (or "the correct figure is")
 * they are the corrected ones. ("This article was amended on October 20: an earlier version said the point was 20 miles
 * from Kupiansk": a note opened by its own "amended" withdraws what "an earlier version" said after it.)
 */
function withdrawnUntil(tokens: Token[]): number {
  const version = tokens.findIndex((t, k) => (t.lower === "earlier" || t.lower === "previous") && tokens[k + 1]?.lower === "version");
  // ("The toll was corrected to 14,000; an earlier version said 40,000": a correction word before the marker, "corrected to",
  // still gives the kept figure after it)
  const from = version > 0 && tokens.slice(0, version).some((t, k) => CORRECTED.has(t.lower) && tokens[k + 1]?.lower === "to") ? 0 : Math.max(version, 0);
  for (let k = from; k < tokens.length; k++) {
    if (CORRECTED.has(tokens[k].lower) || (version >= 0 && k > version && tokens[k].lower === "correct" && tokens[k - 1]?.lower === "the")) return k;
  }
  return tokens.length;
}

const BACK_REFERENCE_SUBJECTS = new Set(["this", "these", "that", "those", "it"]);
/** What may follow "reported this": the sentence's end, a channel ("on Telegram"), a comma before the outlet's "informs". */
const CLAUSE_ENDS = new Set([".", ",", "on", "in", "via", "today", "yesterday"]);
/** "on Telegram", "in a Facebook post": the words a channel takes between a report's verb and "by". */
const MAX_CHANNEL_WORDS = 4;
/** "The figures came from ...", "The figures are from the evening post of ...": where figures are said to come from. */
const CAME_FROM_VERBS = new Set(["came", "come", "comes", "are", "were"]);
const PASSIVE_AUXILIARIES = new Set(["was", "were", "is", "are", "has", "have", "been"]);

/** "(Ivan Fedorov)" alone after an item's sentences, a digest giving "the source of each item at its end": that source. */
function itemSource(tokens: Token[], sources: SourceMention[]): Source | null {
  const last = bracketLineEnd(tokens);
  return last > 0 ? sources.find((s) => s.start === 1 && s.end === last)?.source ?? null : null;
}

/** "(all: Oleh Syniehubov, head of the Kharkiv OVA)" on a line under a list: the source of all its items. */
function wholeListSource(tokens: Token[], speakers: SpeakerMemory): Source | null {
  if (bracketLineEnd(tokens) < 0 || tokens[1]?.lower !== "all" || tokens[2]?.text !== ":") return null;
  return sourceAfter(tokens, 3, speakers)?.source ?? null;
}

/** A sentence that is a bracket alone, a stop after it at most: the closing bracket's index, else -1. */
function bracketLineEnd(tokens: Token[]): number {
  const last = tokens.length - (tokens[tokens.length - 1]?.text === "." ? 2 : 1);
  return tokens[0]?.text === "(" && closesLine(tokens, last) ? last : -1;
}

/** "This was reported by the Air Force on Telegram", "That is according to the police": the source of what the sentence before said. */
function reportsBack(tokens: Token[], sources: SourceMention[], speakers: SpeakerMemory): Source | null {
  // "The figures came from regional Gov. Oleh Syniehubov": where the sentence before got its figures
  if (tokens[0]?.lower === "the" && (tokens[1]?.lower === "figures" || tokens[1]?.lower === "numbers") && CAME_FROM_VERBS.has(tokens[2]?.lower ?? "") && tokens[3]?.lower === "from") {
    return sourceAfter(tokens, 4, speakers)?.source ?? null;
  }
  // "RBC-Ukraine reports this with reference to the heads of the regional military administrations, Ivan Fedorov and Serhii
  // Lysak": an outlet passing on what the sentences before said, and whom it cites (the first named)
  const cited = outletCitesBack(tokens);
  if (cited > 0) return sources.find((s) => s.start >= cited && !s.weak)?.source ?? sourceAfter(tokens, cited, speakers)?.source ?? null;
  // "The Air Force of the Armed Forces of Ukraine reported this on Telegram, Ukrinform informs.": the source first, then
  // its verb and "this"
  // (not "The ministry claimed it had been destroyed", a clause's subject; nor "Who says it: ...", a label)
  // ("Kharkiv Mayor Ihor Terekhov reported this.", "Serhii Lysak, head of the ... Administration, said this.": a title before
  // the name, an apposition after it)
  // ("The head of the Dnipropetrovsk regional military administration, Serhii Lysak, reported this": his office before him)
  const subject = sources.find((s) => !s.weak && ((s.start <= MAX_TITLE_WORDS && tokens.slice(0, s.start).every((t) => t.lower === "the" || t.capitalized)) || isOfficeBefore(tokens, s.start)));
  // (its office before the name, the name's closing comma after it)
  const verb = subject && isOfficeBefore(tokens, subject.start) && tokens[subject.end]?.text === "," ? subject.end + 1 : subject ? afterApposition(tokens, subject.end) : -1;
  if (subject && reportsThisAt(tokens, verb)) return subject.source;
  if (!BACK_REFERENCE_SUBJECTS.has(tokens[0]?.lower ?? "")) return null;
  let k = 1;
  if (tokens[k]?.lower === "information" || tokens[k]?.lower === "figures" || tokens[k]?.lower === "data") k++;
  // "That is according to the National Police in the Kherson region, which said ...": the source the figures are "according to"
  if ((tokens[k]?.lower === "is" || tokens[k]?.lower === "was") && tokens[k + 1]?.lower === "according" && tokens[k + 2]?.lower === "to") {
    return sources.find((s) => !s.weak && s.start >= k + 3)?.source ?? null;
  }
  if (!PASSIVE_AUXILIARIES.has(tokens[k]?.lower ?? "")) return null;
  while (PASSIVE_AUXILIARIES.has(tokens[k]?.lower ?? "")) k++;
  if (!SPEECH_VERBS.has(tokens[k]?.lower ?? "")) return null;
  // ("This was reported on Telegram by the head of ...", "... in a Facebook post by ...": where, before whom)
  let by = k + 1;
  if (tokens[by]?.lower === "on" || tokens[by]?.lower === "in") for (let j = by + 1; j <= by + MAX_CHANNEL_WORDS && tokens[j]?.kind === "word"; j++) if (tokens[j].lower === "by") by = j;
  // ("This is stated in the update of the General Staff of the Armed Forces of Ukraine as of 22:00": whose document it was)
  const noun = tokens[by]?.lower === "in" ? (tokens[by + 1]?.lower === "the" ? by + 2 : by + 1) : -1;
  const inDocumentOf = noun > 0 && DOCUMENT_NOUNS.has(tokens[noun]?.lower ?? "") && tokens[noun + 1]?.lower === "of";
  if (inDocumentOf) by = noun + 1;
  else if (tokens[by]?.lower !== "by") return null;
  // (a title's holder counts right after "by": "by the head of the Sumy Regional Military Administration, Oleh Hryhorov")
  const titled = (s: SourceMention) => tokens.slice(by + 1, s.start).every((t) => t.kind === "word" && !t.capitalized);
  return sources.find((s) => s.start > by && (!s.weak || titled(s)))?.source ?? null;
}

const MAX_TITLE_WORDS = 4;

/**
 * "RBC-Ukraine reports this with reference to ...", "Suspilne reported this, citing ...": where the cited source's words
 * start, after an outlet's name of a few capitalised words, its verb and "this"; 0 if the sentence is no such line.
 */
function outletCitesBack(tokens: Token[]): number {
  let k = 0;
  while (k < MAX_OUTLET_WORDS && (tokens[k]?.capitalized || tokens[k]?.text === "-")) k++;
  if (k === 0 || !REPORT_BACK_VERBS.has(tokens[k]?.lower ?? "") || tokens[k + 1]?.lower !== "this") return 0;
  let at = k + 2;
  if (tokens[at]?.text === ",") at++;
  if (tokens[at]?.lower === "citing") return at + 1;
  return tokens[at]?.lower === "with" && tokens[at + 1]?.lower === "reference" && tokens[at + 2]?.lower === "to" ? at + 3 : 0;
}
const MAX_OUTLET_WORDS = 4;
const REPORT_BACK_VERBS = new Set(["reports", "reported", "writes", "wrote", "informs"]);

/** "The head of the Dnipropetrovsk regional military administration," opening the sentence up to the name at `name`. */
function isOfficeBefore(tokens: Token[], name: number): boolean {
  const head = tokens[0]?.lower === "the" ? 1 : 0;
  if (!HEADS.has(tokens[head]?.lower ?? "") || tokens[head + 1]?.lower !== "of" || tokens[name - 1]?.text !== ",") return false;
  return name <= head + MAX_APPOSITION && tokens.slice(head + 2, name - 1).every((t) => t.kind === "word" || t.text === "-");
}

/** After ", head of the Dnipropetrovsk Regional Military Administration," at `k`: the token past its closing comma. */
function afterApposition(tokens: Token[], k: number): number {
  if (tokens[k]?.text !== ",") return k;
  for (let j = k + 1; j < tokens.length && j <= k + MAX_APPOSITION; j++) if (tokens[j].text === ",") return j + 1;
  return k;
}

/** "reported this on Telegram", "said it.": a speech verb at `k` with "this" or "it" for its object, nothing of a clause after. */
function reportsThisAt(tokens: Token[], k: number): boolean {
  const object = tokens[k + 1]?.lower;
  const next = tokens[k + 2];
  return SPEECH_VERBS.has(tokens[k]?.lower ?? "") && (object === "this" || object === "it") && (!next || CLAUSE_ENDS.has(next.lower));
}

/** "..., the Kherson OVA reported.", "..., said Kalashnyk.": a source after a comma, with its speech verb, ending the sentence. */
function closingSource(tokens: Token[], sources: SourceMention[]): Source | null {
  const last = tokens[tokens.length - 1]?.text === "." ? tokens.length - 1 : tokens.length;
  for (const s of sources) {
    if (s.weak) continue;
    const after = s.end < last && SPEECH_VERBS.has(tokens[s.end].lower) && s.end + 1 === last && afterComma(tokens, s.start);
    const inverted = s.end === last && SPEECH_VERBS.has(tokens[s.start - 1]?.lower ?? "") && tokens[s.start - 2]?.text === ",";
    if (after || inverted) return s.source;
  }
  return null;
}

/** ", the Air Force said", ", regional head Mykola Kalashnyk said": a comma, then at most an article and a title's words. */
function afterComma(tokens: Token[], start: number): boolean {
  for (let k = start - 1; k >= Math.max(0, start - 4); k--) {
    if (tokens[k].text === ",") return true;
    if (tokens[k].kind !== "word" || tokens[k].capitalized) return false;
  }
  return false;
}

/** "524 Ukrainian drones", "37 Ukrainian fixed-wing UAVs": the side named on the weapons counted. */
function namesUkrainianWeapon(tokens: Token[], c: Candidate): boolean {
  for (let k = c.num.end; k < (c.noun?.head ?? c.num.end); k++) if (tokens[k].lower === "ukrainian") return true;
  return false;
}

/** A launch verb before the figure in its sentence: "launched 30 drones", "fired 5 missiles". */
function launchesBefore(tokens: Token[], start: number): boolean {
  for (let k = start - 1; k >= 0; k--) if (TALLY_LAUNCH_VERBS.has(tokens[k].lower)) return true;
  return false;
}


/** Where a report's own author writes about: a city's own office its city, a regional head's or office's channel its region. */
function homeCity(author: Source): string | null {
  // ("Kryvyi Rih City Hospital No. 2", "Kharkiv City Council": any of a city's own bodies)
  const city = /^(.+?) City\b/.exec(author.name)?.[1];
  const place = city ? placeByVariant(city.toLowerCase()) : undefined;
  if (place?.kind === "city") return place.name;
  // ("Zaporizhzhia Regional Clinical Hospital": a hospital is at its city, a regional one at the region's centre)
  const hospital = /^(\p{Lu}[\p{L}-]*) (?:Regional |Oblast |District )?(?:Clinical |Children['’]s |Emergency |Military )*Hospital\b/u.exec(author.name)?.[1];
  const hospitalPlace = hospital ? placeByVariant(hospital.toLowerCase()) : undefined;
  if (hospitalPlace) return hospitalPlace.kind === "city" ? hospitalPlace.name : (regionalCentreOf(hospitalPlace.name) ?? null);
  const centre = author.region ?? centreOfRegionalAdministration(author.name);
  return centre ? `${centre} Oblast` : null;
}

/** One spelling per speaker ("Zelenskyy" and "Zelensky" are the same). */
function attributionOf(source: Source): string {
  let name = ATTRIBUTION_NAMES.get(source.name);
  if (name === undefined) {
    if (ATTRIBUTION_NAMES.size >= MAX_ATTRIBUTION_NAMES) ATTRIBUTION_NAMES.clear();
    ATTRIBUTION_NAMES.set(source.name, (name = attributionName(source.name)));
  }
  return name;
}

/** Names as claims give them, by the source's own name: a page names its few sources on every claim. */
const ATTRIBUTION_NAMES = new Map<string, string>();
const MAX_ATTRIBUTION_NAMES = 10_000; // a long-running importer reads many pages' names: cleared when full

function attributionName(sourceName: string): string {
  // ("according to NEC Ukrenergo", "JSC «Sumyoblenergo»": a company by its name, without its legal form)
  // ("Андрей Власенко" over his channel's posts: Andrei Vlasenko; "South Korea's National Intelligence Service": the service)
  const bare = romanised(sourceName.replace(LEGAL_FORM, "$1").replace(CHARITY_FORM, withoutCharityForm).replace(OBLAST_PROSECUTORS, (_, centre: string) => regionalProsecutorOf(centre).name)).replace(COUNTRY_POSSESSIVE, (whole, country: string) => (DEMONYMS_OF.has(country) ? "" : whole));
  const name = NAME_VARIANTS.get(bare) ?? bare;
  // "TOMASZ WIERZBICKI", a speaker's name in capitals as UN coverage prints it: written as a name
  return CAPITALISED_NAME.test(name) ? name.toLowerCase().replace(/(^|[ -])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase()) : name;
}

const CAPITALISED_NAME = /^\p{Lu}{3,}(?:[ -]\p{Lu}{3,}){1,4}$/u; // two to five words, no acronyms ("UN OCHA")

/** A third country's possessive opening a body's name: "South Korea's National Intelligence Service". */
const COUNTRY_POSSESSIVE = /^(?:(?:South|North) )?(\p{Lu}\p{Ll}+)['’]s (?=\p{Lu})/u;

/** "Kharkiv Oblast Prosecutor's Office" read as written: the regional prosecutor's office, as the gold set names it. */
const OBLAST_PROSECUTORS = /^(\p{Lu}[\p{L}-]+) Oblast Prosecutor['’]s Office$/u;

/** A charity's form after its name, as its letterhead quotes the name alone: "Steppe Shield Charitable Foundation" is Steppe Shield. */
const CHARITY_FORM = /^(.+?) (?:Charitable|Charity) (?:Foundation|Fund)$/u;
/** The charity's own name, unless what is left is a person's ("Serhiy Prytula Charity Foundation") or an adjective ("Ukrainian"). */
function withoutCharityForm(whole: string, name: string): string {
  const first = name.split(" ")[0].toLowerCase();
  return isFirstName(first) || (!name.includes(" ") && (SIDE_WORDS.has(first) || ADJECTIVE_ENDING.test(first))) ? whole : name;
}
const ADJECTIVE_ENDING = /(?:ian|ish|ese|ic|al)$/;

/** A Ukrainian or Russian company's legal form before its name: national, joint-stock, private, limited. */
const LEGAL_FORM = /^(?:NEC|NJSC|JSC|PJSC|PrJSC|OJSC|CJSC|LLC|SE) [«"“]?(.+?)[»"”]?$/u;

/**
 * Whether the paragraph names a weapon in the current sentence or one before it, scanned lazily and
 * once per paragraph (a class, not a closure per sentence: tsx names every closure it creates).
 */
class WeaponWords {
  upTo = 0;
  private checked = 0;
  private found = false;

  constructor(private readonly sentences: { tokens: Token[] }[]) {}

  nearby(): boolean {
    for (; this.checked <= this.upTo && !this.found; this.checked++) this.found = mentionsWeapon(this.sentences[this.checked].tokens);
    return this.found;
  }
}

/**
 * "Since February 2022, the mission has verified 12,340 civilians killed": a toll for the whole war,
 * named as such ("in total" also opens the period but says nothing of the place).
 */
function spansTheWar(tokens: Token[], period: PeriodMention | null): boolean {
  if (period?.rule.kind !== "war") return false;
  const first = tokens[period.at]?.lower;
  return first !== "in" && first !== "total";
}

/** A Q&A question line: its answer (the next line) is the same item, about the same place. */
function asksQuestion(paragraph: Paragraph | null): boolean {
  const last = paragraph?.sentences[paragraph.sentences.length - 1]?.sentence.text ?? "";
  return last.endsWith("?");
}

/** "How many drones does the unit lose?", "how many civilians remain": the noun asked about. */
function askedNoun(tokens: Token[], lineBefore: Token[]): CountedNoun | null {
  for (let k = 0; k < tokens.length - 2; k++) {
    if (tokens[k].lower !== "how" || (tokens[k + 1].lower !== "many" && tokens[k + 1].lower !== "much")) continue;
    // ("Let's start with the drones. How many does the enemy launch ...?": the noun before, the question's verb right after)
    if (ASKING_AUXILIARIES.has(tokens[k + 2].lower)) return lastNounIn(tokens, k) ?? lastNounIn(lineBefore, lineBefore.length, true);
    return countedNounAt(tokens, k + 2, false);
  }
  return null;
}

/** (no copulas: "How many were killed?" asks about the dead, not the buildings named before) */
const ASKING_AUXILIARIES = new Set(["does", "do", "did", "have", "has", "will", "would", "can", "could"]);

/**
 * The last plural the lexicon counts before `end` ("Let's start with the drones"), not a possessive ("the city's"); from
 * another sentence than the question's (`elsewhere`), its head is -1, before any figure of the question's own sentence.
 */
function lastNounIn(tokens: Token[], end: number, elsewhere = false): CountedNoun | null {
  for (let k = end - 1; k >= 0; k--) {
    const noun = tokens[k].kind === "word" && tokens[k].lower.endsWith("s") && !/['’]s$/.test(tokens[k].text) ? nounAt(tokens, k) : null;
    if (noun && noun.entry.cls !== "generic") return { ...noun, subject: tokens[noun.head].lower, head: elsewhere ? -1 : noun.head };
  }
  return null;
}

/** After the clause's verb: a bare figure that continues the count before it ("Fewer than 3,000 remain"). */
const CONTINUING = new Set([
  "over", "in", "near", "at", "on", "around", "across", "outside", ";", ".", ",", "remain", "remained", "remains", "stayed",
  "flew", "were", "are", "was", "have", "had", "more",
]);

/** "- 11 over Poltava oblast;" after "- 23 drones shot down over Kharkiv oblast;", "1,120 of them had registered". */
function continuesCount(tokens: Token[], c: Candidate, candidates: Candidate[]): boolean {
  // "Most of them were taken from Donetsk Oblast (5,312), Kherson Oblast (3,947), ...": a place's share in brackets
  const before = tokens[c.start - 2];
  if (tokens[c.start - 1]?.text === "(" && tokens[c.end]?.text === ")" && before && (AREA_WORDS.has(before.lower) || (before.capitalized && placeByVariant(before.lower)))) return true;
  if (candidates[0] !== c) return false;
  const after = tokens[c.end]?.lower ?? ".";
  if (after === "of" && PARTITIVE_PRONOUNS.has(tokens[c.end + 1]?.lower ?? "")) return true; // "Around 1,150 of those evacuated"
  if (opensWithOfThese(tokens, c)) return true;
  const opensLine = tokens.slice(0, c.start).every((t) => t.kind === "punct");
  return opensLine && CONTINUING.has(after);
}

const AREA_WORDS = new Set(["oblast", "region", "district", "hromada", "regions", "oblasts"]);

/** "2,100 were shot down", "2,450 shot down", "71 intercepted", "12 were lost": a bare figure the air defence brought down. */
function shotDownAfter(tokens: Token[], c: Candidate): boolean {
  // ("Launched: 90 drones. Shot down: 70.": the label before the figure says so)
  if (tokens[c.start - 1]?.text === ":" && c.start <= 4) {
    const label = tokens[c.start - 2]?.lower;
    if ((label === "down" && tokens[c.start - 3]?.lower === "shot") || SHOT_DOWN_PARTICIPLES.has(label ?? "")) return true;
  }
  let k = c.end;
  // ("🔹 71 – shot down by fire; 🔹 47 – locationally lost": a list's line, the figure then a dash)
  if (LINE_DASHES.has(tokens[k]?.text ?? "") && (c.start === 0 || tokens[c.start - 1]?.kind === "punct")) k++;
  if (tokens[k]?.lower === "locationally") k++;
  if (tokens[k]?.lower === "were" || tokens[k]?.lower === "was" || tokens[k]?.lower === "have" || tokens[k]?.lower === "had") k++;
  if (tokens[k]?.lower === "been") k++;
  // ('24 were "lost," most likely to jamming': the participle in quotation marks)
  if (QUOTE_MARKS.has(tokens[k]?.text ?? "")) k++;
  if (tokens[k]?.lower === "locationally") k++; // ('24 were "locationally lost"')
  const verb = tokens[k]?.lower;
  return verb === "shot" ? tokens[k + 1]?.lower === "down" : SHOT_DOWN_PARTICIPLES.has(verb ?? "");
}

/** A bare figure right after a verb of shooting down, its clause ending with it: "Air defence shot down 80, and 30 were lost". */
function shotDownBefore(tokens: Token[], c: Candidate): boolean {
  const verb = tokens[c.start - 1]?.lower === "down" && tokens[c.start - 2]?.lower === "shot" ? "shot" : tokens[c.start - 1]?.lower;
  return !!verb && SHOT_DOWN_VERBS.has(verb) && verb !== "lost" && FIGURE_ENDS.has(tokens[c.end]?.text ?? ".");
}

const FIGURE_ENDS = new Set([",", ".", ";", "and"]);

/**
 * What else became of drones or missiles counted before, told of a bare figure in the active: "two hit an energy facility",
 * "at least 3 crashed on Belarusian territory", "five of them crashed", "One disappeared from radar" (not the passive "two were
 * hit", a count of what they hit).
 */
function airFateAfter(tokens: Token[], c: Candidate): boolean {
  if (PRONOUN_ONE_BEFORE.hasToken(tokens[c.start - 1])) return false; // ("The third one crashed": which one, not how many)
  let k = c.end;
  if (tokens[k]?.lower === "of" && tokens[k + 1]?.lower === "them") k += 2;
  return AIR_FATES.hasToken(tokens[k]) || (tokens[k]?.lower === "turned" && tokens[k + 1]?.lower === "back");
}

const PRONOUN_ONE_BEFORE = new WordSet(["first", "second", "third", "fourth", "fifth", "last", "other", "next", "another"]);
const AIR_FATES = new WordSet(["hit", "struck", "crashed", "exploded", "disappeared", "reached", "fell"]);

const QUOTE_MARKS = new Set([...OPENING_QUOTE_MARKS, ...CLOSING_QUOTE_MARKS, "'", "‘", "’"]);

const LINE_DASHES = new Set(["–", "—", "-"]);

/** What air defence and electronic warfare did, after a bare figure or as its label: "12 were lost", "Destroyed: 70". */
const SHOT_DOWN_PARTICIPLES = new Set([...SHOT_DOWN_VERBS].filter((verb) => verb !== "shot" && !verb.endsWith("ing")));

/** "2,450 shot down and about 1,300 lost": `c` follows `before` across "and" with at most three words between. */
function joinedByAnd(tokens: Token[], before: Candidate, c: Candidate): boolean {
  if (c.start - before.end > 4) return false;
  for (let k = before.end; k < c.start; k++) if (tokens[k].kind === "punct") return false;
  return tokens[c.start - 1]?.lower === "and";
}

/** ", 14 over the Rostov region", "and 5 over Crimea": a bare figure listing a place's share of the count before it. */
/** "Bashkortostan (4,102)", "the Sverdlovsk region (3,290)": a bare figure in brackets right after a place. */
function bracketedAfterPlace(tokens: Token[], c: Candidate, mentions: PlaceMention[]): boolean {
  return tokens[c.start - 1]?.text === "(" && tokens[c.end]?.text === ")" && mentions.some((m) => m.end === c.start - 1);
}

/** How far back a figure in brackets looks for the "number of ..." it belongs to (a bound, not a scan of the whole sentence). */
const NUMBER_OF_REACH = 40;

/** What "the (largest) number of <noun>" before `before` counts, or null. */
function numberOfNoun(tokens: Token[], before: number): NounEntry | null {
  for (let k = Math.max(0, before - NUMBER_OF_REACH); k < before - 2; k++) {
    if (tokens[k].lower !== "number" || tokens[k + 1].lower !== "of") continue;
    // (a noun the lexicon lists first, "the number of previous attacks"; else the first plural, "the number of war crimes")
    let generic = false;
    for (let j = k + 2; j < Math.min(before, k + 6); j++) {
      const noun = tokens[j].kind === "word" ? nounAt(tokens, j) : null;
      if (noun) return noun.entry;
      generic ||= tokens[j].kind === "word" && isGenericPlural(tokens[j].lower);
    }
    if (generic) return GENERIC_COUNT;
  }
  return null;
}

function isPlaceShare(tokens: Token[], c: Candidate): boolean {
  const before = tokens[c.start - 1]?.lower;
  // (or the list's first entry: "..., including 34 over the Bryansk region, 21 over ...", "the MoD reports: 31 over ...",
  // or a list's line: "- 61 over the Bryansk region;")
  if (before !== "," && before !== "and" && before !== "including" && before !== ":" && !opensLine(tokens, c.start)) return false;
  if (!SHARE_LOCATIVES.has(tokens[c.end]?.lower ?? "")) return false;
  const next = tokens[c.end + 1]?.lower === "the" ? tokens[c.end + 2] : tokens[c.end + 1];
  return !!next?.capitalized && next.kind === "word";
}

/** "were air strikes", "are diesel locomotives": a copula after a bare figure, then the thing it is (an adjective may come between). */
function predicateNoun(tokens: Token[], end: number): CountedNoun | null {
  if (!COPULAS.has(tokens[end]?.lower ?? "")) return null;
  for (let k = end + 1; k <= end + 3 && tokens[k]?.kind === "word" && !PREDICATE_STOPS.has(tokens[k].lower); k++) {
    const noun = nounAt(tokens, k);
    // (not people: "Of the 40 injured, 9 were children", "2,171 are servicemen" are part of the count, whose category they keep)
    if (noun) return noun.entry.cls === "generic" || PEOPLE_CATEGORIES.has(noun.entry.category) ? null : noun;
  }
  return null;
}

/** The noun a line led by a bare figure names after a spaced dash or a colon ("311 – Russian assaults ...", "• 214: Russian assaults"). */
function captionedNoun(tokens: Token[], c: Candidate): CountedNoun | null {
  const mark = tokens[c.end];
  // (in digits: a word before a colon enumerates, "One: the residents have left")
  if (!opensLine(tokens, c.start) || !mark || c.num.isWord || !((LINE_DASHES.has(mark.text) && mark.spaced) || mark.text === ":")) return null;
  for (let k = c.end + 1; k <= c.end + 3 && tokens[k]?.kind === "word"; k++) {
    const noun = nounAt(tokens, k);
    if (noun) return noun.entry.cls === "generic" ? null : noun;
  }
  return null;
}

/** Where a predicate's noun phrase cannot run on: "2,130 were in Kharkiv city" says where, not what. */
const PREDICATE_STOPS = new Set(["in", "on", "at", "of", "from", "to", "near", "by", "with", "still", "not", "also"]);
const PEOPLE_CATEGORIES: ReadonlySet<string> = new Set(["people", "personnel", "killed", "injured", "casualties", "captured"]);

const COPULAS = new Set(["were", "are"]);

/** Whether only a list's marks ("-", "•", "▪️") come before token `start` in its line. */
function opensLine(tokens: Token[], start: number): boolean {
  return start <= MAX_LIST_MARKS && tokens.slice(0, start).every((t) => t.kind === "punct");
}

const MAX_LIST_MARKS = 2;

/**
 * What a places' share with no count before it in its sentence counts: the plural the sentence names ("the drones were
 * downed ..., including 34 over ..."), or, opening a list's line ("- 61 over the Bryansk region;"), what the list's heading
 * names, else the count before it.
 */
function namedShare(tokens: Token[], c: Candidate, listHead: Token[] | null, counted: Candidate | null): Pick<Candidate, "category" | "subject"> | null {
  const named = pluralBefore(tokens, c.start, true);
  if (named || !opensLine(tokens, c.start)) return named;
  const headed = listHead ? headingNoun(listHead) : null;
  if (headed) return { category: headed.category, subject: null };
  return counted?.category ? { category: counted.category, subject: counted.noun?.subject ?? counted.subject } : null;
}

/**
 * A bare figure that counts the same thing as the count before it: "44 of the drones were downed,
 * while another 14 were lost"; within one sentence also a comparison or a part ("6,420 people, up
 * from 4,985", "1,900 residents remain, out of nearly 11,000", "735,420 troops, including 1,630").
 */
function addsToLastCount(tokens: Token[], c: Candidate, sameSentence: boolean): boolean {
  const before = tokens[c.start - 1]?.lower ?? "";
  const pair = `${tokens[c.start - 2]?.lower ?? ""} ${before}`;
  // ("Another 41 were lost", "The remaining 48,000 should get power back": the rest of the count before)
  const another = tokens[c.num.start - 1]?.lower === "another" || (tokens[c.num.start - 1]?.lower === "remaining" && tokens[c.num.start - 2]?.lower === "the");
  // ("... 41 kilometres of roads with netting, and we need at least 60 more", "two systems, and Norway is financing one more")
  // (where the phrase ends: not "View 61 more comments", nor the idiom "For every one we hit, two more come")
  const ends = tokens[c.num.end + 1] === undefined || tokens[c.num.end + 1].kind === "punct" || MORE_ENDS.has(tokens[c.num.end + 1].lower);
  const more = tokens[c.num.end]?.lower === "more" && !c.noun && ends && !tokens.slice(Math.max(0, c.start - EVERY_REACH), c.start).some((t) => t.lower === "every");
  if (!another && !more && !(sameSentence && (COMPARED_FROM.has(pair) || COMPARISONS.has(before) || before === "including"))) return false;
  if (c.unit || c.currency) return false;
  // no noun of its own after the number, and no verb deciding it ("Another 84 were injured")
  return c.noun ? c.noun.head < c.num.start : !c.category;
}

/** How far before "N more" an "every" makes it the idiom: "For every tank they lose, they send three more". */
const EVERY_REACH = 8;

/** Words after "N more" that end its phrase, so that the count is the one before it ("60 more by the end of the year"). */
const MORE_ENDS = new Set(["of", "than", "by", "to", "in", "on", "at", "for", "from", "because", "since", "this", "were", "was", "are", "is", "have", "has", "had", "will", "and", "but", "or", "so", "as", "with", "within", "before", "after", "until", "per", "a"]);

/** Vague amounts the gold set never annotates as claims (dev: none of 15 such predictions matched a claim). */
const UNCOUNTED_VAGUE = new Set(["several", "a few"]);

/** Generic labels a liveblog entry's headline may open with: "City: 87 trees down". */
const AREA_LABELS = new Set(["city", "region", "oblast", "town", "capital"]);

const TOLLS = new Set(["killed", "injured", "casualties", "captured"]);
const LIST_VERBS = new Set(["were", "was", "are", "is", "have", "has", "had", "remain", "remained", "left", "fled"]);

/** Words joining the places of a list line's label: "Kyiv region and the city of Kyiv – 14". */
const PLACE_LINK_WORDS = new Set(["and", "the", "city", "of"]);

/** "• Lviv Oblast – 523,000;", "Kharkiv region – 26": a line that is a place, a dash and the bare figure. */
function isPlaceEntry(tokens: Token[], c: Candidate, mentions: PlaceMention[]): boolean {
  const dash = tokens[c.start - 1];
  if (!dash || (!LINE_DASHES.has(dash.text) && dash.text !== ":") || c.noun) return false;
  const place = mentions.find((m) => m.end === c.start - 1);
  // ("🔹 Kyiv region and the city of Kyiv – 14": places joined, the line's label all the same)
  const inLabel = (k: number) => tokens[k].kind === "punct" || PLACE_LINK_WORDS.has(tokens[k].lower) || mentions.some((m) => m.start <= k && k < m.end);
  if (!place || !tokens.slice(0, place.start).every((_, k) => inLabel(k))) return false;
  const after = tokens[c.end];
  return !after || after.text === ";" || after.text === "." || after.text === "," || after.text === "(";
}

/** "By group of forces, as shown on screen:", "By direction:": a heading that breaks the count before it down. */
function isBreakdownHeading(heading: Token[] | null): boolean {
  if (!heading) return false;
  // ("Ukrainian losses amounted to up to 1,310 servicemen, including:" over "— Battlegroup Zapad: up to 230 near Kupyansk;")
  if (BREAKDOWN_ENDS.has(heading[heading.length - 2]?.lower ?? "") && heading[heading.length - 1]?.text === ":") return true;
  return heading[0]?.lower === "by" && heading.length <= MAX_BREAKDOWN_HEADING;
}

const BREAKDOWN_ENDS = new Set(["including", "incl"]);

const MAX_BREAKDOWN_HEADING = 12;

/** "– Zapad: up to 230 near Kupyansk": a list's line, a label of capitalised words, a colon or a dash, then its bare figure. */
function isLabelledEntry(tokens: Token[], c: Candidate): boolean {
  const mark = tokens[c.start - 1];
  if (!mark || (!LINE_DASHES.has(mark.text) && mark.text !== ":") || c.noun) return false;
  const label = tokens.slice(0, c.start - 1);
  return label.some((t) => t.kind === "word") && label.length <= MAX_ENTRY_LABEL && label.every((t) => t.kind === "punct" || t.capitalized);
}

const MAX_ENTRY_LABEL = 5;

/** "Of these, 312 are in the Glushkovo district.", "Of those downed, 31 were over the Odesa region." opening the sentence. */
function opensWithOfThese(tokens: Token[], c: Candidate): boolean {
  // ('"Of these, 1,140 are in the Sudzha district, ...": in a quotation too)
  const o = OPENING_QUOTE_MARKS.has(tokens[0]?.text ?? "") ? 1 : 0;
  return c.start >= 3 + o && c.start <= 5 + o && tokens[o]?.lower === "of" && PARTITIVE_PRONOUNS.has(tokens[o + 1]?.lower ?? "") && tokens[c.start - 1].text === "," && tokens.slice(o + 2, c.start - 1).every((t) => t.kind === "word");
}

/** '"Forty-one of them were ...', "Last week 29 of them came ...": a sentence's first figure, counting part of "them". */
function opensWithShareOfThem(tokens: Token[], c: Candidate): boolean {
  // (not "One of them was tracked by our radars": one of a few named things, no share of a count)
  if (c.num.value === 1 || tokens[c.num.end]?.lower !== "of" || tokens[c.num.end + 1]?.lower !== "them") return false;
  return !tokens.slice(0, c.start).some((t) => t.kind === "num");
}

/** The counted noun a list's heading names ("Explosive objects neutralised, by region:"), none for "By region:". */
function headingNoun(tokens: Token[]): NounEntry | null {
  for (let k = 0; k < tokens.length; k++) {
    const noun = tokens[k].kind === "word" ? nounAt(tokens, k) : null;
    if (noun) return noun.entry;
  }
  return null;
}

/**
 * "Hits ... were recorded in 9 locations", "Drones struck six locations", "debris fell at 3 locations", "53 were shot down
 * over 12 oblasts": where an air attack's missiles and drones struck or fell, a figure of the air attack's tally.
 */
function recordsHits(tokens: Token[], c: Candidate): boolean {
  if (c.category !== "other" || !c.noun || !HIT_PLACES.has(tokens[c.noun.head].lower)) return false;
  // (the word near the count, not anywhere in the sentence: "Temperatures fell ... outages in 5 regions" is no hit)
  for (let k = Math.max(0, c.start - HIT_REACH); k < Math.min(tokens.length, c.end + 2); k++) {
    const word = tokens[k].lower;
    // ("22 drones hit 9 locations", not "Energy facilities were hit in 6 regions": the energy ministry's figure)
    if (HIT_WORDS.has(word) || (word === "shot" && tokens[k + 1]?.lower === "down") || (word === "hit" && AIR_WEAPONS.has(tokens[k - 1]?.lower ?? ""))) return true;
  }
  return false;
}

const HIT_PLACES = new Set(["locations", "sites", "places", "oblasts", "regions"]);
const HIT_WORDS = new Set(["hits", "impacts", "struck", "fell", "debris", "downed"]);
const AIR_WEAPONS = new Set(["drones", "missiles", "shaheds", "uavs", "bombs"]);
/** How many tokens before a count of places its hit word may stand: "Hits by missiles and 24 drones were recorded at nine locations". */
const HIT_REACH = 9;

/** Words of a population, whose share is no list's: "about 12% of Russia's population live there". */
const POPULATION_WORDS = new WordSet([...POPULATION, "inhabitants", "live"]);

/** Words of a strike that killed where it hit ("5 were killed when a drone hit a bus"), no list's dead ("drone operators"). */
const STRIKE_WORDS = new WordSet(["hit", "hits", "struck", "strike", "strikes", "shelling", "shelled", "attack", "attacked", "explosion", "blast", "bombing"]);

/**
 * Whether the figure at `start` is a value set after its label: after a colon, a dash or a bar ("Since the start of 2024:
 * more than 2,300 km²", "January — 427"), or, in the paragraph that gave the figure it goes on from (`sameParagraph`), after
 * a copula and a word of figures ("DeepState's figure for the same axis is 44 sq km"; not "The total area of the Donetsk
 * region is 26,517 km²", nor "The Kakhovka reservoir's area was 2,155 km²" further down).
 */
function isLabelledValue(tokens: Token[], start: number, end: number, sameParagraph: boolean): boolean {
  const before = tokens[start - 1];
  // ("NOVOPAVLIVKA DIRECTION" over "24.1 sq km.": a figure alone on its line under a heading)
  if (!before) return end === tokens.length || (end === tokens.length - 1 && tokens[end].text === ".");
  if (LABEL_MARKS.has(before.text)) return true;
  return sameParagraph && VALUE_COPULAS.has(before.lower) && tokens.slice(0, start).some((token) => DATA_NOUNS.has(token.lower));
}

const LABEL_MARKS = new Set([":", "—", "–", "-", "|"]);
const DIFFERENCE_WORDS = new Set(["less", "more", "fewer"]);
const VALUE_COPULAS = new Set(["is", "was", "are", "were"]);

/** "11 of the injured", "two of the dead": a share of a toll already counted, where that toll was. */
function isShareOfToll(tokens: Token[], c: Candidate): boolean {
  return tokens[c.num.end]?.lower === "of" && tokens[c.num.end + 1]?.lower === "the" && TOLL_NOUNS.has(tokens[c.num.end + 2]?.lower ?? "");
}

const TOLL_NOUNS = new Set(["injured", "wounded", "dead", "killed", "victims", "casualties", "hospitalised", "hospitalized"]);

/**
 * "N of them", "of which N", "including N" right before it, or a later item of that list ("including 12 Orlan-10, 19 Zala
 * 421-16E and 7 Lancet", with only commas, "and" and names or model numbers between): a part of the count before it.
 * `parts`: the sentence's candidates already found to be parts, so that a list is read once, item by item.
 */
function isPartOfCount(tokens: Token[], c: Candidate, before: Candidate | undefined, parts: Set<Candidate>): boolean {
  if (isShareOfThem(tokens, c)) return true;
  if (tokens[c.start - 1]?.lower === "which" && tokens[c.start - 2]?.lower === "of") return true;
  if (tokens[c.start - 1]?.lower === "including") return true;
  if (!before || !parts.has(before)) return false;
  for (let k = before.end; k < c.start; k++) {
    const t = tokens[k];
    const listMark = t.text === "," || t.lower === "and" || t.text === "-";
    // (a name's or model's part: "Zala", "Orlan-10", "421-16E"; not a clause's own words, "Ukraine lost")
    const namePart = (t.kind === "word" && (t.capitalized || /\d/.test(t.text))) || (t.kind === "num" && (tokens[k - 1]?.text === "-" || tokens[k - 1]?.kind === "word"));
    if (!listMark && !namePart) return false;
  }
  return true;
}

/** "Odesa Oblast – 64," "and Chernivtsi Oblast – 31.": a place, a dash and the figure, closing the entry. */
function dashedPlaceEntry(tokens: Token[], c: Candidate, mentions: PlaceMention[]): boolean {
  return placeBeforeDash(tokens, c.start, mentions) !== undefined && closesEntry(tokens[c.end]);
}

/** ", of whom 1,012 have been returned", ", of which only 3 ...": a relative clause opening with a share, at `start`. */
function opensRelativeShare(tokens: Token[], start: number): boolean {
  const k = ONLY.has(tokens[start - 1]?.lower ?? "") ? start - 1 : start;
  return (tokens[k - 1]?.lower === "whom" || tokens[k - 1]?.lower === "which") && tokens[k - 2]?.lower === "of" && tokens[k - 3]?.text === ",";
}

/**
 * ", 11 of them ..." ("Another 61 people were injured, 11 of them children"), "restored to 2,150 of them", "the 24 crew members
 * were being questioned on board; 15 of them are Indian nationals": a share of the count just given.
 */
function isShareOfThem(tokens: Token[], c: Candidate): boolean {
  return (tokens[c.start - 1]?.text === "," || tokens[c.start - 1]?.text === ";" || tokens[c.start - 1]?.lower === "to") && tokens[c.num.end]?.lower === "of" && tokens[c.num.end + 1]?.lower === "them";
}

/** Weapons a list of cleared ordnance names: bombs, shells and missiles found and destroyed, not fired. */
const ORDNANCE_SHARES = new Set<Category>(["airstrikes", "attacks", "missiles"]);

/** Whether `c` follows a count of ordnance ("67 cluster submunitions and 140 mortar rounds") with only "and" or a comma between. */
function listedWithOrdnance(tokens: Token[], candidates: Candidate[], c: Candidate): boolean {
  const before = candidates[candidates.indexOf(c) - 1];
  if (!before || before.category !== "other" || before.noun?.entry.cls !== "thing") return false;
  const gap = c.start - before.end;
  return gap === 1 && (tokens[before.end].lower === "and" || tokens[before.end].text === ",");
}

/** Whether `c` opens or continues an "including" / "among them" list after a count of ordnance ("explosive objects", "mines"). */
function clearedOrdnanceBefore(tokens: Token[], candidates: Candidate[], c: Candidate): boolean {
  for (let k = c.start - 1; k > 0; k--) {
    if (tokens[k].text === ";" || tokens[k].text === ".") return false;
    const opens = tokens[k].lower === "including" || (tokens[k].lower === "them" && tokens[k - 1].lower === "among");
    if (!opens) continue;
    const counted = candidates.filter((other) => other.end <= k).pop();
    return !!counted && counted.category === "other" && counted.noun?.entry.cls === "thing";
  }
  return false;
}

/** The toll an "including" list after it makes `c` part of ("killed five people, including a nurse and two patients"). */
function tollIncluding(tokens: Token[], candidates: Candidate[], c: Candidate): Category | null {
  let including = false;
  for (let k = c.start - 1; k >= 0; k--) {
    if (tokens[k].text === ";") return null;
    // (the list only: "..., including 2 children, and evacuated 30 residents" has a verb of its own)
    if (!including && (LIST_VERBS.has(tokens[k].lower) || /ed$/.test(tokens[k].lower))) return null;
    if (tokens[k].lower === "including") including = true;
    const toll = including ? candidates.find((other) => other.end === k + 1 && TOLLS.has(other.category ?? "")) : undefined;
    if (toll) return toll.category;
  }
  return null;
}

/**
 * The count a share "of them" is of: the last one, unless it is smaller than the share ("attacked with 17 Shahed drones and
 * 3 guided aerial bombs. Mobile fire groups shot down 9 of them"), then the block's latest count large enough to hold it.
 */
function wholeOfShare(tokens: Token[], c: Candidate, last: Candidate, counts: Candidate[]): Candidate {
  const isShare = tokens[c.num.end]?.lower === "of" && PARTITIVE_PRONOUNS.has(tokens[c.num.end + 1]?.lower ?? "");
  if (!isShare || last.num.value >= c.num.value) return last;
  for (let n = counts.length - 1; n >= 0; n--) if (counts[n].num.value >= c.num.value) return counts[n];
  return last;
}

/** Gives `c` the category and subject of the count it goes on from. */
function countAs(c: Candidate, counted: Candidate): void {
  Object.assign(c, { category: counted.category, subject: counted.noun?.subject ?? counted.subject });
}

/**
 * A caption ending in a colon over figures set apart by middle dots ('"AFU losses over the day": Sever up to 170 · Zapad up
 * to 230'; the colon the last before the first dot): what the caption counts, and where its series starts; null without two
 * dots after the caption.
 */
function dottedSeries(tokens: Token[]): { series: Series; start: number } | null {
  const dot = tokens.findIndex((t) => t.text === "·");
  const colon = dot > 0 ? tokens.slice(0, dot).map((t) => t.text).lastIndexOf(":") : -1;
  if (colon < 1 || tokens.filter((t, k) => k > colon && t.text === "·").length < 2) return null;
  const series = captionSeries(tokens.slice(0, colon));
  return series ? { series, start: colon + 1 } : null;
}

const FIGURE_NOUNS = new Set(["figure", "figures", "number", "total", "tally", "estimate", "count"]);
/** ("put the total at", "the figure rises to", "its count rose by 9,830", "I can confirm only 19") */
const FIGURE_LINKS = new Set(["to", "at", "is", "was", "by"]);
/** Verbs of checking a count before: "I can confirm only 19 from footage", "we could verify 12". */
const CONFIRMING = new Set(["confirm", "confirmed", "verify", "verified", "geolocate", "geolocated"]);
const MAX_FIGURE_REACH = 14;

/**
 * A figure noun earlier in the clause whose verb gives it the figure at `start` ("put the total at", "the figure rises to"), or
 * a verb of checking right before it ("I can confirm only 19 from footage").
 */
function restatesFigure(tokens: Token[], start: number): boolean {
  const link = ONLY.has(tokens[start - 1]?.lower ?? "") ? start - 2 : start - 1;
  if (CONFIRMING.has(tokens[link]?.lower ?? "")) return true;
  if (!FIGURE_LINKS.has(tokens[start - 1]?.lower ?? "")) return false;
  for (let k = start - 2; k >= Math.max(0, start - MAX_FIGURE_REACH); k--) {
    if (tokens[k].text === "," || tokens[k].text === ";" || tokens[k].kind === "num") return false;
    // (not "the number is 102", a telephone's)
    if (FIGURE_NOUNS.has(tokens[k].lower)) return !(tokens[k].lower === "number" && k === start - 2 && (tokens[start - 1].lower === "is" || tokens[start - 1].lower === "was"));
  }
  return false;
}

/** A place named right before the figure, after a comma or "and" (maybe "and in", "the ... region"), at the end of a clause. */
function gappedPlaceShare(tokens: Token[], c: Candidate, mentions: PlaceMention[]): boolean {
  // ("Malokaterynivka – 28, Komyshuvakha – 17, Ternuvate – 13": or a dash between the place and its figure)
  const place = placeBeforeDash(tokens, c.start, mentions) ?? mentions.find((m) => m.end === c.start);
  if (!place) return false;
  let k = place.start - 1;
  if (tokens[k]?.lower === "the") k--;
  if (tokens[k]?.lower === "in") k--;
  return (tokens[k]?.text === "," || tokens[k]?.lower === "and") && closesEntry(tokens[c.end]);
}

/** "In Kyiv alone, 430,000.", "In Kharkiv, about 300.": a sentence of a place, maybe "alone", and the figure that ends it. */
function isPlaceShareSentence(tokens: Token[], c: Candidate, mentions: PlaceMention[]): boolean {
  if (tokens[0]?.lower !== "in" || !(tokens[c.end]?.text === "." || c.end === tokens.length)) return false;
  const place = mentions.find((m) => m.start === 1);
  if (!place) return false;
  let k = place.end;
  if (tokens[k]?.lower === "alone") k++;
  if (tokens[k]?.text === ",") k++;
  return c.start === k;
}

const REMAINING = new Set(["are", "remain", "remained", "were", "left", "survived", "still"]);

/** "one is still ongoing", "one more is still under way", "One battle is still going on": a figure whose fight goes on. */
function isStillOngoing(tokens: Token[], c: Candidate): boolean {
  let k = c.noun && BATTLE_WORDS.hasToken(tokens[c.noun.head]) ? c.noun.end : c.end;
  if (!c.noun && (tokens[k]?.lower === "more" || BATTLE_WORDS.hasToken(tokens[k]))) k++;
  if (!BE_ONGOING.hasToken(tokens[k])) return false;
  k++;
  if (tokens[k]?.lower === "still") k++;
  const word = tokens[k]?.lower;
  return word === "ongoing" || word === "continuing" || (word === "under" && tokens[k + 1]?.lower === "way") || (word === "going" && tokens[k + 1]?.lower === "on");
}

const BATTLE_WORDS = new WordSet(["battle", "battles", "clash", "clashes", "attack", "attacks", "assault", "assaults", "fight", "fights"]);
const BE_ONGOING = new WordSet(["is", "are"]);

/** A figure set off by commas or spaced dashes right after "of them", "of these", "of those": "Most of them - 713 - were". */
function setOffShareOfThem(tokens: Token[], c: Candidate): boolean {
  const mark = tokens[c.start - 1];
  if (!mark || (mark.text !== "," && !(DASHES.has(mark.text) && mark.spaced)) || tokens[c.end]?.text !== mark.text) return false;
  return PARTITIVE_PRONOUNS.has(tokens[c.start - 2]?.lower ?? "") && tokens[c.start - 3]?.lower === "of";
}

/** The plural the lexicon knows right before a figure set off by commas ("Most of the evacuees, 263, came"), or null. */
function appositiveNoun(tokens: Token[], c: Candidate): CountedNoun | null {
  if (tokens[c.start - 1]?.text !== "," || tokens[c.end]?.text !== ",") return null;
  const head = tokens[c.start - 2];
  if (!head || head.kind !== "word" || !head.lower.endsWith("s")) return null;
  const noun = nounAt(tokens, c.start - 2);
  return noun && noun.entry.cls !== "generic" ? noun : null;
}

/**
 * A bare figure opening its sentence after "Now" ("Now there are three.", "Now about 20", "Now there are 11, plus 24 nurses"),
 * or after "Only" with a verb of what is left ("Only 9 are still whole"): what remains of a count before.
 */
function isWhatRemains(tokens: Token[], c: Candidate): boolean {
  let k = 0;
  while (tokens[k]?.kind === "punct") k++; // (a quotation's opening mark)
  // ("There were 30 houses on our street. Only 9 are still whole.": how many of them are left)
  if (tokens[k]?.lower === "only") return c.start === k + 1 && REMAINING.has(tokens[c.end]?.lower ?? "");
  if (tokens[k]?.lower !== "now") return false;
  k++;
  if (tokens[k]?.text === ",") k++;
  if (tokens[k]?.lower === "there" && (tokens[k + 1]?.lower === "are" || tokens[k + 1]?.lower === "is")) k += 2;
  else if (tokens[k]?.lower === "we" && tokens[k + 1]?.lower === "have") k += 2;
  return c.start === k;
}

/** "That is roughly 18 a day", "That's about 1,200 a day", "This is 61 a day": a sentence opening on the figure's "that is". */
function opensWithThatIs(tokens: Token[], c: Candidate): boolean {
  const first = tokens[0]?.lower;
  if (first !== "that" && first !== "this" && first !== "that's") return false;
  const verb = first === "that's" ? 1 : tokens[1]?.lower === "is" || tokens[1]?.lower === "was" || tokens[1]?.lower === "'s" ? 2 : -1;
  return verb > 0 && c.start === verb;
}

/** "a day", "per week": a rate's period right at `k`. */
function isRateAt(tokens: Token[], k: number): boolean {
  return (tokens[k]?.lower === "a" || tokens[k]?.lower === "per") && RATE_PERIODS.has(tokens[k + 1]?.lower ?? "");
}

/** Whether the source's word at `verb` (a speech verb, or "according") opens a reported clause ("said on Friday that ...") running on to `to`. */
function reportsClause(tokens: Token[], verb: number, to: number): boolean {
  if (verb >= to) return false;
  for (let k = verb + 1; k < Math.min(to, verb + MAX_VERB_TO_THAT); k++) if (tokens[k].lower === "that") return !tokens.slice(k + 1, to).some((t) => t.text === ";" || t.text === ".");
  return false;
}

/** Words from a speech verb to its "that" at most: "said in its intelligence update on February 21 that". */
const MAX_VERB_TO_THAT = 12;

/** The words of a label opening a headline, lower-cased ("UN mission:" → ["un", "mission"]). */
function headlineLabel(tokens: Token[]): string[] | null {
  let colon = -1; // (read over the label's few words only, not the whole headline)
  for (let k = 1; k <= MAX_HEADLINE_LABEL && k < tokens.length && colon < 0; k++) if (tokens[k].text === ":") colon = k;
  if (colon < 0 || !tokens[0].capitalized || !tokens.slice(0, colon).every((token) => token.kind === "word")) return null;
  const words = tokens.slice(0, colon).map((token) => token.lower);
  // (not a place's, "Sumy region:", "Ukraine war live:", whose figures the writers leave to the story)
  return words.some((word) => placeByVariant(word)) || AREA_LABELS.has(words[0]) ? null : words;
}

const MAX_HEADLINE_LABEL = 2;

/** Whether the source the lead names is the one a headline's label stood for: "Ombudsman Dmytro Lubinets" for "Ombudsman:". */
function namesLabel(tokens: Token[], mention: SourceMention, label: string[]): boolean {
  const head = label[label.length - 1];
  if (mention.source.name.toLowerCase().split(" ").includes(head)) return true;
  if (REGIONAL_OFFICE_ACRONYMS.has(head)) return centreOfRegionalAdministration(mention.source.name) !== null;
  const titles = LABEL_TITLES.get(head) ?? [head];
  return tokens.slice(Math.max(0, mention.start - MAX_TITLE_BEFORE_NAME), mention.end).some((token) => titles.includes(token.lower));
}

/** A label's word and the titles the lead may give the same office: "Ombudsman:" over "Parliament Commissioner for Human Rights". */
const LABEL_TITLES = new Map([["ombudsman", ["ombudsman", "ombudsperson", "commissioner"]]]);

/** Words of a title before a person's name: "Ukrainian Parliament Commissioner for Human Rights Dmytro Lubinets". */
const MAX_TITLE_BEFORE_NAME = 6;

/** A bare figure per day, week or month after "or" or "an average of", restating a count: "or about 1,565 a day". */
function isRateOfCount(tokens: Token[], c: Candidate): boolean {
  if (!isRateAt(tokens, c.end)) return false;
  const before = tokens[c.start - 1]?.lower;
  return before === "or" || (before === "of" && tokens[c.start - 2]?.lower === "average");
}

/** What a plant or a country makes, and an employer or an army builds up to, and so has output or goal figures of. */
const OUTPUT_THINGS = new Set<Category>(["drones", "missiles", "equipment", "personnel", "airstrikes"]);
const OUTPUT_VERBS = new WordSet(["make", "makes", "making", "produce", "produces", "producing", "build", "builds", "manufacture", "manufactures", "reach", "reaching", "buy", "buys"]);
const RAISING_VERBS = new WordSet(["raised", "raise", "increased", "increase", "boosted", "boost", "ramped", "doubled"]);

/** A figure right after a verb of making or reaching ("could make 15,000", "aims to reach 3,500"), or after "raised to". */
function isOutputFigure(tokens: Token[], start: number): boolean {
  const before = start > 0 && tokens[start - 1].lower === "another" ? start - 2 : start - 1;
  if (OUTPUT_VERBS.hasToken(tokens[before])) return true;
  return tokens[before]?.lower === "to" && (RAISING_VERBS.hasToken(tokens[before - 1]) || (tokens[before - 1]?.lower === "up" && RAISING_VERBS.hasToken(tokens[before - 2])));
}

/** Two words comparing a figure with the count before it (one word, "against 1,140 a week earlier": candidates' COMPARISONS). */
const COMPARED_FROM = new Set(["up from", "down from", "out of", "compared with", "compared to", "against the", ", from"]);

type Prepared = { sentence: Sentence; tokens: Token[]; mentions: PlaceMention[]; offices: PlaceMention[]; isCorrection: boolean };
const NONE: PlaceMention[] = [];
type Paragraph = { sentences: Prepared[]; isNewBlock: boolean };

/** The region a table row's label names ("Kharkiv" under "Oblast" is Kharkiv Oblast; "Kyiv (city)" is the city). */
function rowRegion(tokens: Token[], mentions: PlaceMention[]): string | undefined {
  // ("Донецька / Donetska   41,700": an oblast by its adjective, in either script)
  if (!mentions[0]) {
    const adjectival = tokens[0]?.kind === "word" ? placeOfAdjective(tokens[0].text) : undefined;
    return adjectival && regionNameOf(adjectival);
  }
  const label = placeByVariant(mentions[0].name.toLowerCase());
  if (!label) return undefined;
  return tokens[mentions[0].end]?.text === "(" && tokens[mentions[0].end + 1]?.lower === "city" ? label.name : regionNameOf(label);
}

/** The line of `text` that holds offset `at`, without its line break. */
function lineOf(text: string, at: number): string {
  const end = text.indexOf("\n", at);
  return text.slice(text.lastIndexOf("\n", at - 1) + 1, end < 0 ? text.length : end);
}

/** Lines, each with its sentences tokenized and their places found; page furniture is left out. */
function paragraphsOf(text: string, sentences: Sentence[], boilerplate: BoilerplateFilter): Paragraph[] {
  const out: Paragraph[] = [];
  let current: Paragraph | null = null;
  let previousEnd = 0;
  let inFurniture = false;
  let headingAlone = false; // "RELATED POSTS", a blank line, then the list: the heading's block held nothing else
  const firms = new Set<string>(); // place names the report uses as a firm's ("Sokil Dynamics")
  let underNoteRule = false; // below the rule ("________________") that opens a document's notes
  let inEditorsNote = false; // inside "[Translated from Russian. Three consecutive posts ... in full.]"
  let afterAdvert = false; // the line before marked an advert ("ADVERTISEMENT")
  let furnitureLine = false; // the line is furniture to its end: links ("Read also: ...", "TRENDING: 1. ..."), an advert's
  for (const sentence of sentences) {
    const breaks = lineBreaks(text, previousEnd, sentence.start);
    previousEnd = sentence.end;
    // "ADVERTISEMENT" over "New-build flats in Belgorod from 4.9 million rubles · Mortgage from 6%": the advert's line, no
    // sentence of a story (which ends in a full stop: "Advertisement" over "A Russian missile attack ... killed 10 people.")
    // (or one that sells, whatever its stops: "Loans up to 5 million ₽ at 19.9% per annum. Decision in 15 minutes.", the
    // whole line)
    const advert = afterAdvert && breaks === 1 && (!/[.!?]["”’)]?$/.test(sentence.text) || SELLING_WORDS.test(lineOf(text, sentence.start)));
    afterAdvert = AD_MARK.test(sentence.text);
    if (breaks > 0 || !current) furnitureLine = advert;
    else if (furnitureLine) continue; // (the rest of a furniture line, however many sentences it is cut into)
    if (advert) continue;
    // an editor's note in brackets over a copied page describes the copy: its figures are no one's claims
    if (inEditorsNote || ((breaks > 0 || !current) && EDITORS_NOTE.test(sentence.text))) {
      inEditorsNote = !/\]\s*$/.test(sentence.text);
      continue;
    }
    if (!current || breaks > 0) {
      const isNewBlock = !out.length || breaks > 1;
      if (isNewBlock) {
        inFurniture = headingAlone;
        headingAlone = false;
      }
      current = { sentences: [], isNewBlock };
      out.push(current);
      const heading = FURNITURE_HEADING.test(sentence.text) || ABOUT_HEADING.test(sentence.text) || MORE_FROM_OUTLET.test(sentence.text); // "Most read" and the list under it
      headingAlone = heading && isNewBlock;
      inFurniture ||= heading;
      // "Related Content: Ukraine: 14 Killed in ...", "TRENDING: 1. Black Friday ... · 2. Powerball ...", a video teaser
      // with its running time, a fundraiser's progress: the whole line, however many sentences it is cut into
      const line = lineOf(text, sentence.start);
      // (and an advert's own line, "📢 Advertisement. Generators from 18,900 UAH ...", a progress bar's, "▓▓▓▓▓▓▓░░░ 69%", a
      // donation tier's, "UAH 500 — a hygiene kit for a family of four")
      furnitureLine = !heading && (FURNITURE_LABEL.test(sentence.text) || FURNITURE_LINES.some((form) => form.test(line)));
      if (furnitureLine) continue;
    } else headingAlone = false;
    if (boilerplate.isBoilerplate(sentence) || inFurniture) {
      // "We've been reporting on Russia's war for 1,176 days straight. Join 28,000 members and support us ...":
      // an appeal's first sentence, about the outlet itself, is the appeal's too
      if (breaks === 0 && current.sentences.length === 1 && APPEAL.test(sentence.text)) current.sentences.pop();
      continue;
    }
    underNoteRule ||= NOTE_RULE.test(sentence.text);
    let tokens = tokenize(text, sentence.start, sentence.end);
    // "12 Percentages refer to the 218 POWs interviewed": under the notes' rule a line's leading number is its note's marker
    if (underNoteRule && breaks > 0 && isNoteMarker(tokens)) tokens = tokens.slice(1);
    // ("Forwarded from ДСНС Харківщини | SES of the Kharkiv region" names a channel, its places an office's: the post's
    // place is its own first line's)
    const found = FORWARDED.test(sentence.text) ? findPlaces(tokens, firms).map((m) => ({ ...m, isOffice: true })) : findPlaces(tokens, firms);
    const mentions = found.some((m) => m.isOffice) ? found.filter((m) => !m.isOffice) : found;
    current.sentences.push({ sentence, tokens, mentions, offices: mentions === found ? NONE : found.filter((m) => m.isOffice), isCorrection: boilerplate.isCorrection(sentence) });
  }
  return out;
}

/** Whole lines of furniture by their form: a teaser, a fundraiser's progress or tier, a progress bar, a line an advert opens. */
const FURNITURE_LINES = [TEASER_LINE, FUNDRAISER_LINE, DONATION_TIER_LINE, DONATION_SUMS_LINE, PROGRESS_BAR_LINE, ADVERT_OPENING];

/** A line marking an advert. */
const AD_MARK = /^(?:advertisement|advertising|sponsored(?: content| (?:· )?ad)?|ad|partner content|реклама)$/i;

/** A release's closing blurb, "About UNICEF", "About us" (a heading of its own, names in capitals; its "Notes to editors" hold figures). */
const ABOUT_HEADING = /^About (?:us|the (?:author|organi[sz]ation)|[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,4})$/;

/** "[Translated from Russian. ...", "[Editor's note: ...": a bracketed note opening a line. */
const EDITORS_NOTE = /^\[(?:translated|translation|editor['’]s note|note from the editors?)\b/i;

const FORWARDED = /^(?:\d{1,2}:\d{2} · |[^\p{L}\p{N}\s]{1,3} ?)?Forwarded from /u;

/** The rule a converted document sets over its footnotes. */
const NOTE_RULE = /^_{5,}$/;

/** "12 Percentages refer to ...", "13 See HRMMU, ...": a note's number, then its text. */
function isNoteMarker(tokens: Token[]): boolean {
  return tokens[0]?.kind === "num" && tokens[0].text.length <= 3 && !!tokens[1]?.capitalized && tokens[1].spaced;
}

/** An appeal to the reader opening its sentence: "Join 28,000 members", "Support us", "Become a patron". */
const APPEAL = /^(?:join|support|become|donate|subscribe|help us)\b/i;

/** Line breaks between two sentences (the gap holds only whitespace). */
function lineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) count++;
  return count;
}

const LIST_NUMBER = /^\d{1,3}[.)]$/;

/** "Updated at 14.48 GMT", "UPDATE 12:05": a line within an entry, not a heading that ends it. */
const UPDATE_LINE = /^\W*update|\d{1,2}[.:]\d{2}/i;

/** A chat export's message header: "Frontline Monitor EN, [03.06.2024 07:52]". */
const EXPORT_HEADER = /^[^\n,[\]]{1,60}, \[\d{2}\.\d{2}\.\d{4} \d{1,2}:\d{2}(?::\d{2})?\]$/;

/** "18.40 GMT", "🔴 12:14", "10:40" on a line of their own. */
const TIME_STAMP = /^[^\p{L}\d]{0,4}\d{1,2}[.:]\d{2}(?:\s*(?:GMT|BST|CET|EET|EEST|UTC))?(?: · 👁 [\d.,]+K?)?$/u;

function isTimeStamp(paragraph: Paragraph): boolean {
  return paragraph.sentences.length === 1 && TIME_STAMP.test(paragraph.sentences[0].sentence.text);
}

/** A short line without a full stop, or one ending in a colon, heads the lines under it ("Damage in the region"). */
function isHeading(paragraph: Paragraph): boolean {
  if (paragraph.sentences.length !== 1) return isCapitalsHeading(paragraph);
  const { text } = paragraph.sentences[0].sentence;
  if (text.endsWith(":")) return true;
  return text.length <= 120 && !/[.!?;,\d]["'”’)]*$/.test(text) && !LIST_MARK.test(text); // a row ends in its figure
}

const LIST_MARK = /^(?:[-–—•*▪●]|\d{1,2}[.)])\s/;

/** "Details", "Zaporizhzhia • UNN": a paragraph of a few words, a page's furniture between a lead and its source. */
function isShortLine(paragraph: Paragraph): boolean {
  const line = paragraph.sentences[0];
  return paragraph.sentences.length === 1 && line.tokens.length <= MAX_SHORT_LINE_TOKENS && !line.tokens.some((t) => t.kind === "num");
}
const MAX_SHORT_LINE_TOKENS = 4;
const MAX_SHORT_BLOCKS_SKIPPED = 2;

/**
 * "RESULTS OF JUNE. TORETSK DIRECTION": a short heading in capitals whose stops part its phrases into sentences, with no
 * figure in it and every word set in capitals.
 */
function isCapitalsHeading(paragraph: Paragraph): boolean {
  const { sentences } = paragraph;
  if (!sentences.length || sentences.length > MAX_HEADING_PHRASES || sentences[sentences.length - 1].sentence.end - sentences[0].sentence.start > MAX_HEADING_CHARS) return false;
  const tokens = sentences.flatMap((s) => s.tokens);
  return !tokens.some((t) => t.kind === "num") && inCapitals(tokens);
}
const MAX_HEADING_PHRASES = 3;
const MAX_HEADING_CHARS = 120;

type Context = Pick<ExtractedClaim, "category" | "measure" | "subject" | "actor" | "location" | "attribution" | "period" | "isClaim">;

/** One flat literal (no spreads): a dense report makes tens of thousands of these. */
function claimOf(text: string, tokens: Token[], sentence: Sentence, c: Candidate, context: Context): ExtractedClaim {
  const start = tokens[c.start].start;
  const end = tokens[c.end - 1].end;
  const unit = c.unit?.entry.unit ?? c.currency?.code ?? "count";
  const normalizedUnit = c.unit?.entry.normalizedUnit ?? c.currency?.code ?? "count";
  const factor = c.unit?.entry.factor ?? 1;
  const value = round(c.num.value * factor);
  const interval = intervalFor(c.qualifier, value, c.num.high === undefined ? undefined : round(c.num.high * factor), c.num.vague, factor);
  return {
    quote: text.slice(start, end),
    start,
    end,
    sentence: { start: sentence.start, end: sentence.end },
    value: c.num.value,
    unit,
    normalized: { value, unit: normalizedUnit },
    qualifier: interval.qualifier,
    rule: interval.rule,
    lowerExclusive: interval.lowerExclusive,
    upperExclusive: interval.upperExclusive,
    lower: interval.lower,
    upper: interval.upper,
    category: context.category,
    measure: context.measure,
    subject: context.subject,
    actor: context.actor,
    location: context.location,
    attribution: context.attribution,
    period: context.period,
    isClaim: context.isClaim,
  };
}
