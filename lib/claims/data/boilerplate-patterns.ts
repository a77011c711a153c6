// Site furniture that import deletes from report text. Each match is removed from the body; the
// raw text keeps it. Every pattern must be global, and linear: bounded or mutually exclusive
// repetitions only, so a hostile 5 MB file cannot make a regex backtrack for minutes.
// `[^\S\n]` is horizontal whitespace (spaces, tabs, NBSP); a "paragraph" ends at a blank line.

export type BoilerplatePattern = {
  name: string;
  pattern: RegExp;
  /** A real-world sample the pattern must remove completely (tested). */
  example: string;
};

export const BOILERPLATE_PATTERNS: BoilerplatePattern[] = [
  {
    // The Independent's newsletter box, flattened into one run of text; "whatever trails it" is
    // the rest of that line ("Thanks for signing up to the Breaking News email").
    name: "newsletter-signup-block",
    pattern: /For free real[ -]time breaking news alerts[^\n]{0,2000}?Thanks for signing up to the[^\n]{0,300}/gi,
    example:
      "For free real time breaking news alerts sent straight to your inbox sign up to our breaking news emails Sign up to our free breaking news emails Please enter a valid email address Please enter a valid email address SIGN UP I would like to be emailed about offers, events and updates from The Independent. Read our privacy notice Thanks for signing up to the",
  },
  {
    name: "newsletter-signup-line",
    pattern: /^[^\S\n]*Sign up (?:to|for) (?:our|the)\b[^\n]{0,300}$/gim,
    example: "Sign up to our free breaking news emails",
  },
  {
    name: "subscribe",
    pattern: /Subscribe to (?:our|the)\b[^\n.!?]{0,80}?\b(?:newsletters?|channel|Telegram|YouTube|podcast)\b[^\n.!?]{0,200}[.!]?/gi,
    example: "Subscribe to our Telegram channel so you don't miss important news!",
  },
  {
    // An outlet's own channels: "Subscribe to Suspilne Kherson on Telegram and Viber."
    name: "subscribe-outlet-channels",
    pattern: /^[^\S\n]*Subscribe to [^\n.!?]{1,80}? on (?:Telegram|Viber|WhatsApp|YouTube|Facebook|Instagram|X)\b[^\n.!?]{0,80}[.!]?[^\S\n]*$/gim,
    example: "Subscribe to Suspilne Kherson on Telegram and Viber.",
  },
  {
    // "UNIAN is on Telegram – subscribe to get the news first."
    name: "outlet-on-channels",
    pattern: /(?<=^[^\S\n]*|[.!?][^\S\n]+)[^\n.!?]{1,60}? (?:is|are) (?:now |also )?on (?:Telegram|Viber|WhatsApp|YouTube|Facebook|Instagram)\b[^\n.!?]{0,120}[.!]?/gim,
    example: "UNIAN is on Telegram – subscribe to get the news first.",
  },
  {
    name: "newsletter-heading",
    pattern: /^[^\S\n]*(?:Our[^\S\n]+)?Newsletter:[^\n]{0,300}$/gim,
    example: "OUR NEWSLETTER: Sign up and receive the 5 most important stories of the day every evening at 20:00.",
  },
  {
    // Global News video teaser; the teaser title is then repeated as a caption line.
    name: "video-teaser",
    pattern: /Click to play video:[^\S\n]*'(.{0,300})'[^\S\n]*(?:(?:\r?\n[^\S\n]*)+\1[^\S\n]*(?=\r?\n|$))?/gm,
    example: "Click to play video: 'Russia bombards Odesa, Ukraine with more retaliation airstrikes'\n\n\nRussia bombards Odesa, Ukraine with more retaliation airstrikes",
  },
  {
    name: "video-teaser-bare",
    pattern: /Click to play video\b:?(?:[^\S\n]*'[^'\n]{0,300}')?/gi,
    example: "Click to play video",
  },
  {
    name: "story-continues",
    pattern: /Story continues below (?:the )?advertisement/gi,
    example: "Story continues below advertisement",
  },
  {
    name: "aggregator-latest-news",
    pattern: /For all the latest[^\S\n]+\w+(?:[^\S\n]+\w+)?[^\S\n]+News[^\S\n]+Click Here[^\S\n]*/gi,
    example: "For all the latest\u00a0world News Click Here\u00a0",
  },
  {
    name: "aggregator-read-original",
    pattern: /Read (?:the )?original (?:article|story|post) here[^\S\n]*[.:]?/gi,
    example: "Read original article here",
  },
  {
    // Aggregator disclaimer, to the end of its paragraph.
    name: "aggregator-disclaimer",
    pattern: /Denial of responsibility!(?:[^\n]|\n(?![^\S\n]*(?:\n|$))){0,5000}/gi,
    example:
      "Denial of responsibility! TechAI is an automatic aggregator around the global media. All the content are available free on Internet. The content will be deleted within 24 hours.",
  },
  {
    name: "click-here",
    pattern: /Click here to (?:read|see|view|watch|subscribe|download|learn)\b[^\n.!?]{0,200}[.!]?/gi,
    example: "Click here to read the full report with maps.",
  },
  {
    name: "advertisement-line",
    pattern: /^[^\S\n]*Advertisement[^\S\n]*$/gim,
    example: "ADVERTISEMENT",
  },
  {
    // A call to subscribe on a line of its own, whatever it names: "Subscribe to Defense.gov Products",
    // "🔔 Subscribe to Severny Veter — 512K already with us"
    name: "subscribe-line",
    pattern: /^[^\S\n]*(?:\p{Extended_Pictographic}\uFE0F?[^\S\n]*)?Subscribe to [^\n]{1,120}$/gimu,
    example: "🔔 Subscribe to Severny Veter — 512K already with us",
  },
  {
    // A footer line of short service items ending in a call to subscribe: "Police hotline: 102 · Subscribe to NV on Telegram"
    name: "footer-items-subscribe",
    pattern: /^[^\S\n]*[^\n.!?]{1,80}[·|•][^\S\n]*Subscribe to [^\n.!?]{1,100}$/gim,
    example: "Police hotline: 102 · Subscribe to NV on Telegram",
  },
  {
    name: "tags-line",
    pattern: /^[^\S\n]*Tags:[^\n]{0,300}$/gm,
    example: "Tags: Kharkiv, shelling, Vovchansk",
  },
  {
    name: "posted-by-line",
    pattern: /^[^\S\n]*Posted on [^\n]{0,80}$/gm,
    example: "Posted on October 26, 2023 by admin",
  },
  {
    // "Kharkiv Today · News · 02.06.2024, 11:27 · Read 1,482 times": short fields between dots.
    name: "metadata-line",
    pattern: /^[^\S\n]*[^\n·]{1,60}(?:·[^\n·]{1,60}){2,8}$/gm,
    example: "Kharkiv Today · News · 02.06.2024, 11:27 · Read 1,482 times",
  },
  {
    name: "share-buttons",
    pattern: /^[^\S\n]*Share this:?[^\S\n]*(?:\n[^\S\n]*(?:Facebook|Twitter|X|WhatsApp|Telegram|LinkedIn|Reddit|Email|Print|Pinterest|Viber)[^\S\n]*)*$/gim,
    example: "Share this:\nFacebook\nTwitter\nWhatsApp",
  },
  {
    // "Share this article" with its row of network names, on one line or several.
    name: "share-article",
    pattern: /^[^\S\n]*Share (?:this|the) (?:article|story|post|page)[^\S\n]*:?[^\S\n]*(?:\n[^\S\n]*(?:(?:Facebook|Twitter|X|WhatsApp|Telegram|LinkedIn|Reddit|Email|Print|Pinterest|Viber|Copy link)[^\S\n]*){1,12})?$/gim,
    example: "Share this article\nFacebook X Telegram Copy link",
  },
  {
    // The list of other stories runs to the next blank line.
    name: "related-posts",
    pattern: /^[^\S\n]*Related (?:posts|articles|stories|news):?[^\S\n]*(?:\n[^\S\n]*\S[^\n]{0,300})*$/gim,
    example: "Related posts:\nTop 5 weapons that changed the war in Ukraine\nUkraine receives first 10 Leopard tanks from Portugal",
  },
  {
    name: "read-count",
    pattern: /\bRead[^\S\n]+\d[\d,]{0,12}[^\S\n]+times?\b\.?/g,
    example: "Read 29 times",
  },
  {
    name: "follow-us",
    pattern: /\bFollow us on\b[^\n.!?]{0,200}[.!]?/gi,
    example: "Follow us on Twitter, Facebook and Telegram.",
  },
];

/**
 * Last line of defence: after the patterns above, a sentence still containing one of these is
 * site furniture in a shape the patterns did not foresee, and the whole sentence goes.
 * "Sign up" is case-sensitive so "residents were told to sign up for buses" stays.
 */
export const BOILERPLATE_SENTENCE = /Sign up\b|[Cc]lick to play video|[Ss]tory continues below advertisement|[Dd]enial of responsibility/;
