// Page furniture whose numbers are never claims: newsletter boxes, video teasers, aggregator
// disclaimers, view counters. Matched on lower-case sentence text. (Hotline numbers are phone-number
// traps: a sentence that mentions a hotline can still report figures.)

/**
 * Words after a marker that make it no furniture: "donate blood" is news of a strike's wounded ("Some 500 residents came
 * to the hospital to donate blood"), not an appeal for money.
 */
export const MARKER_EXCEPTIONS: ReadonlyMap<string, string[]> = new Map([["donate", ["blood"]]]);

export const BOILERPLATE_MARKERS = [
  "sign up", "newsletter", "subscribe to", "subscribe now", "subscribe from", "click to play", "click here", "read original article", "read more", "read next",
  "denial of responsibility", "all rights reserved", "copyright", "cookie", "privacy notice", "privacy policy",
  "story continues below", "advertisement", "follow us", "share this", "for all the latest",
  "terms of use", "email address", "breaking news", "will be deleted", "be deleted within", "reporting by",
  "editing by", "getty images", "download our app", "watch the video", "watch:", "related:", "read also",
  "join our", "our telegram channel", "support our", "support us", "donate", "make a donation", "with a donation", "donation from", "photo:", "image:", "©", "read time",
  "min read", "minutes read", "is an automatic aggregator", "trademarks belong", "subscribe for", "subscription",
  "partners store", "partners process", "partners access", "reading time", "listen to this article", "unlimited access", "free trial", "in your inbox", "support the channel", "any amount",
  // adverts and a channel's fundraiser: "Power banks from 999 UAH – free delivery", "Collection for the 810th brigade: card ..."
  "free delivery across", "lesson free", "already with us", "collection for the", "million already collected", "thousand already collected",
  // donation channels and a fundraiser's tally: "🔸 Patreon — from $5 a month", "monobank jar", "Raised: UAH 96,400"
  "patreon", "monobank", "paypal", "buymeacoffee", "raised:", "support independent journalism",
  // "Support the Guardian: fund independent journalism with £5 per month", "support the work on Ko-fi: 1,283 supporters so far"
  "fund independent journalism", "ko-fi", "supporters so far",
  // a post's fundraiser line: "Donation card: 4149 6293 1187 5510 · Collected for the CT scanner: UAH 1.2 million of UAH 7 million"
  "donation card",
  "million collected", "thousand collected", "contact centre", "contact center", "previous news", "next news",
  // a paywall's offer, the whole sentence ("Get 30% off a 12-month plan", "Save 50% on your first year"), and a
  // patron's tier: "become a patron from UAH 100 a month"
  // (not "On your first question, ...", a speaker's answer)
  "% off", "on your first year", "on your first month", "for your first year", "for your first month", "become a patron",
  // an organisation's "about us": "Amnesty International is a global movement of more than 10 million people", "Across more
  // than 190 countries and territories, we work for every child", a system's reach in a release's notes ("The SSA records
  // attacks on health care in 17 countries and territories")
  "a global movement of", "countries and territories",
  // a reader rating widget: "Rate this article: 4.5 / 5 (23 votes)"
  "rate this article", "rate this story", "rate this material", "rate this news", "rate this episode", "rate this podcast", "rate this video",
  // an advert's tag and a paywall's trial month: "#реклама 18+ | VPN за 199 ₽", "NV Premium: first month for 1 UAH"
  "#реклама", "#ad ", "first month for",
  // a newsletter's or outlet's own readers and their subscription: "Paid subscribers: $7/month", "Free for 30 days, then
  // £2.99 a month. Cancel any time.", "The Kyiv Independent is 97% funded by readers", "Keep us independent: $5/month"
  "paid subscribers", "cancel any time", "cancel anytime", "funded by readers", "funded by our readers", "keep us independent", "chip in",
  // an office's contact line: "Washington, DC Office: 317 Hart Senate Office Building · Phone: (202) 224-4822"
  "phone:", "tel:", "fax:",
  // a reader-funded outlet's appeal and its tally: "Our fundraiser ...: 74% collected", "Your donation of €10 funds one hour
  // of reporting", "If you value our work, chip in from $3 a month", "Text DONATE to 70085 to give £10", a metered paywall
  "fundraiser", "your donation", "donation of", "chip in", "value our work", "to reach our goal", "of our goal", "of its goal",
  "reader-funded", "reader-supported", "free articles", "download the app", "download our app",
  // "💙 Support Odesa.Media: from 100 UAH a month keeps our newsroom independent", "❗️Collecting for "Vega": 6 Mavic 3T"
  "a month keeps", "/month keeps", "collecting for",
  // a cookie banner's terms, a paywall's login
  "your choices will", "already a subscriber",
  // a feed's own controls: "Loading 25 more posts", "3 new messages", "Show all 8 key events"
  "more posts", "new posts", "new messages", "unread messages", "show all",
  // "Load 12 earlier updates", a live page's meta line ("· 42 posts · Share 2.4K · 🔗 Copy link"), a chat export's
  // ("Exported from Telegram Desktop · 18.01.2025 · 7 messages")
  "earlier updates", "more updates", "new updates", "copy link", "exported from telegram",
  // a unit's or a charity's own fundraiser: "We are raising 1.5 million UAH for 30 Mavic 3T drones"
  "we are raising", "we're raising",
  // a fundraiser's tally and a chat export's meta line: "1,203 donors · 9 days left", "Exported with Telegram Desktop 5.2.3 · 8 messages"
  "donors ·", "exported with telegram",
  // an appeal's pledge and a membership's price: "92% of every euro we receive goes directly to our programmes",
  // "Become a member: £5/month or £50/year"
  "of every euro we", "of every dollar we", "of every pound we", "of every hryvnia we", "become a member:", "become a supporter:",
  // a newsletter's own link statistics: "Last week's most-clicked link: ..."
  "most-clicked", "most clicked",
  // a live page's controls, a newsletter's footer and its readership: "Show 3 more key events", "Show 12 earlier posts",
  // "You received this email because ...", "Kamerton is read by 240,000 people every week"
  "more key events", "earlier posts", "received this email", "is read by",
];

/** A correction note withdrawing figures ("An earlier version of this story said that 14 people had been killed"). */
export const CORRECTION_MARKERS = [
  "earlier version", "previous version", "incorrectly", "erroneously", "misstated", "wrongly said", "wrongly stated",
  "wrongly reported",
];

/** A heading line over a list of other stories: the rest of its block is page furniture ("Most read", "Related news",
 * a screen reader's "Skip next section More from DW", "Most read for 7 days", a channel's "📊 Poll (anonymous): ..."). */
export const FURNITURE_HEADING = /^(?:[\p{Extended_Pictographic}\uFE0F]+\s*)?(?:skip (?:next |previous )?section\s+)?(?:donate|how (?:you can|to) help|support (?:us|our work)|most (?:read|popular|viewed)(?: this week| today| now| (?:for|in|over) (?:the )?(?:last |past )?\d{1,2} (?:days|hours))?|popular(?: now| news)?|related(?: news| articles| stories| posts| content| coverage| videos)?|read (?:more|also|next)(?: (?:on|from|at) [A-Z][\w.]*)?|more (?:from|on|stories|news|articles|coverage)(?: (?:this|the) (?:story|topic)| (?:from |on )?[A-Z][\w.]*)?|(?:further |recommended )?reading(?: this week| list)?|other (?:posts|stories|articles|columns|entries)(?: (?:in|on|from|by) [^\n]{1,60})?|exchange rates?(?: \([^)\n]{0,40}\))?|weather(?: · [^\n]{1,40})?|(?:reader(?:s['’])? )?(?:poll|survey)(?: \([^)\n]{0,20}\))?:[^\n]{0,160}|what (?:i['’]m|we['’]re) reading|top (?:\d{1,2} )?(?:(?:stories|news|articles|reads|posts)(?: this week| today| now)?|today|this week|now)|editor['’]?s choice|must read|in other news|other news|most relevant(?: comments)? ?[▾▼]?|all comments|trending(?: now)?|recommended(?: for you| reading| stories| articles)?|editor['’]?s picks|latest(?: news)?|you (?:may|might) (?:also )?like|see also|what to read next|previous (?:columns|issues|episodes|articles|posts|stories)|(?:top |reader )?comments(?: \(\d[\d,.]*\))?(?: · top comments)?)\s*:?[\s\p{Extended_Pictographic}\uFE0F]*$/iu;

/** "MORE FROM THE SUNDAY TIMES": a related list's heading naming its outlet, all in capitals (case-sensitive, unlike the above). */
export const MORE_FROM_OUTLET = /^MORE (?:FROM|ON) (?:THE )?[A-Z][A-Z.&]*(?: [A-Z][A-Z.&]*){0,3}$/u;

/** A line led by a related-links label, the link on the same line: "Related Content: Ukraine: 14 Killed in ...". */
// (and as other languages' pages print it, "Citește și:", "Читайте також:", "Lesen Sie auch:"; and a link to the
// story before or after: "Previous summary: January 2025 — 31 flights, 9 trains")
export const FURNITURE_LABEL =
  /^(?:related(?: news| articles| stories| posts| content| topics)?|read (?:more|also)|also read|see also|trending(?: now)?|most (?:read|popular|viewed)|top stories|popular now|(?:previous|next)(?: (?:summary|report|post|story|article|issue|episode|update|digest|news|day|week|month))?|citește și|citiți și|читайте також|читайте также|читайте еще|читайте ещё|lesen sie auch|czytaj (?:także|też)|lire aussi|leggi anche|lee también)\s*[:|]/iu;

/** A teaser for a video or a podcast, its running time closing the line: "Video: Zelenskyy says ... 1:48". */
export const TEASER_LINE = /^(?:(?:video|watch|listen|audio|podcast)\s*:[^\n]{0,300}\s\d{1,2}:\d{2}\s*$|▶\uFE0F?\s*\d{1,2}:\d{2}\b)/i;

/**
 * A fundraiser's progress line: "Raised UAH 1,846,300 of UAH 3,000,000 · 62% · 2,417 donors", "Collected: 1,126,400 of
 * 1,500,000 UAH", its sum set against its target.
 */
/** A progress bar drawn in blocks before its share: "▓▓▓▓▓▓▓░░░ 69%". */
export const PROGRESS_BAR_LINE = /^[▓█▒░■□▰▱▮▯\s]{5,}\d{1,3}(?:[.,]\d)?\s*%/;

/** A line an advert opens ("📢 Advertisement. Generators from 18,900 UAH ..."), or one under an advert's mark that sells ("Loans up to 5 million ₽ at 19.9% per annum"). */
export const ADVERT_OPENING = /^\W{0,4}(?:advertisement|advertising|sponsored|promo|реклама)\b/iu;
export const SELLING_WORDS = /\b(?:discounts?|delivery|loans?|per annum|mortgage|instal+ments?|order now|sale|promo code|free shipping|credit)\b/i;

/** A sum of money as written on a donation form: "UAH 500", "€25", "250 UAH", "100 ₴". */
const SUM = String.raw`(?:(?:UAH|USD|EUR|GBP|₴|\$|€|£)[^\S\n]?\d[\d,.]*|\d[\d,.]*[^\S\n]?(?:UAH|USD|EUR|GBP|hryvnias?|₴|€|£|\$))`;

/**
 * A donation tier, a sum and what it buys: "UAH 500 — a hygiene kit for a family of four", "UAH 200: a hot meal and tea for
 * 10 people"; whatever it buys after a form's choice box: "( ) €60 — 3 pressure bandages and a chest seal".
 */
export const DONATION_TIER_LINE = new RegExp(
  String.raw`^[^\S\n]*(?:(?:[•·*▪️-]\s*)?${SUM}[^\S\n]*(?::|—|–)[^\S\n]+(?:a|an|one|fuel for)\b|(?:\([^\S\n]?\)|\[[^\S\n]?\]|[☐○◯□])[^\S\n]*${SUM})`,
  "i",
);

/** A donation form's choice of sums: "100 UAH · 250 UAH · 500 UAH · other amount", "$5 | $10 | $25". */
export const DONATION_SUMS_LINE = new RegExp(String.raw`^[^\S\n]*(?:${SUM}[^\S\n]*[·|•/][^\S\n]*){2,}(?:${SUM}|other(?: amount| sum)?|custom(?: amount)?)[^\S\n]*$`, "i");

// ("Raised 412,000 of 500,000 UAH", and the sum first: "Our summer appeal: £18,240 raised of £25,000 — 73%")
export const FUNDRAISER_LINE =
  /^(?:(?:raised|collected|gathered)\b[^\n]{0,20}?|[^\n]{0,40}?(?:[a-z]{3}[^\S\n]?|[$€£₴₽][^\S\n]?)?\d[\d,.]{0,12}(?:[^\S\n]?(?:[a-z]{3}|[$€£₴₽]|k))?[^\S\n]+(?:raised|collected)[^\S\n]+)\d?[\d,. ]{0,20}(?:\s?(?:[a-z]{3}|[$€£₴₽]))?\s{0,3}(?:of|out of)\s{1,3}(?:[a-z]{3}\s?|[$€£₴₽]\s?)?\d/i;

/** Words right before a number that make it page furniture ("Read 29 times", "Updated 2 hours ago"). */
export const BOILERPLATE_BEFORE = new Set(["read", "viewed", "shared", "updated", "published", "posted", "seen", "liked"]);

/** What a listicle's title counts ("5 things to know", "explained in 10 charts", "Five Ways the War ..."): a link, not a figure. */
export const LISTICLE_NOUNS = new Set([
  "things", "ways", "reasons", "takeaways", "lessons", "charts", "maps", "graphics", "tips", "myths",
  // a speaker's or an analyst's own enumeration: "Two caveats:", "Three priorities", "Three factors explain ..." (not
  // "observations", which monitors count: "recorded 40 observations of ...")
  "caveats", "priorities", "factors", "scenarios",
]);

/** Words right after a number that make it page furniture ("12 comments", "24/7", a podcast's "★ 4.8 (2,310 ratings)"). */
export const BOILERPLATE_AFTER = new Set(["comments", "views", "shares", "likes", "reactions", "replies", "followers", "reposts", "retweets", "forwards", "languages", "entries", "ratings", "reviews", "bookmarks", "downloads", "tweets", "digits", "slides", "reads", "plays", "listens"]);
