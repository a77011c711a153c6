// The hand-annotated gold set's file format (tests/fixtures/gold/annotations/*.json), see its README.
import { z } from "zod";
import { CATEGORIES } from "@/lib/claims/types";

const ZBound = z.number().finite().nullable();

export const ZGoldClaim = z.object({
  quote: z.string().min(1),
  occurrence: z.number().int().positive(),
  value: z.number().finite(),
  unit: z.string().min(1),
  normalized: z.object({ value: z.number().finite(), unit: z.string().min(1) }),
  lower: ZBound,
  upper: ZBound,
  lowerExclusive: z.boolean().optional(),
  upperExclusive: z.boolean().optional(),
  qualifier: z.enum(["exact", "about", "nearly", "more_than", "at_least", "up_to", "fewer_than", "range", "vague"]),
  category: z.enum(CATEGORIES),
  location: z.string().min(1).nullable(),
  attribution: z.string().min(1).nullable(),
  actor: z.enum(["russia", "ukraine", "other"]).nullable(),
});

export const ZGoldTrap = z.object({
  quote: z.string().min(1),
  occurrence: z.number().int().positive(),
  kind: z.enum(["age", "date", "year", "time", "ordinal", "model", "one_of", "boilerplate", "time_window", "time_reference", "descriptor", "idiom", "other"]),
});

export const ZGoldAnnotation = z.object({
  file: z.string().regex(/^reports\/[^/]+\.txt$/),
  split: z.enum(["dev", "heldout"]),
  publishedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  claims: z.array(ZGoldClaim),
  traps: z.array(ZGoldTrap),
});

export type TGoldClaim = z.infer<typeof ZGoldClaim>;
export type TGoldTrap = z.infer<typeof ZGoldTrap>;
export type TGoldAnnotation = z.infer<typeof ZGoldAnnotation>;

/**
 * A page keyed by a writer other than the gold set's annotators (the probes' keys, tests/fixtures/probes/keyed) or by
 * the gold set's second reader (tests/fixtures/gold/second-reader, which names its report): claims with the fields
 * compared, no numbers, and the traps.
 */
export const ZKey = z.object({
  file: z.string().regex(/^reports\/[^/]+\.txt$/).optional(),
  claims: z.array(
    z.object({
      quote: z.string(),
      occurrence: z.number().int().positive(),
      category: z.string(),
      location: z.string().nullable(),
      attribution: z.string().nullable(),
      // keyed from batch dt on: whose attacks, weapons, losses or money (design.md), when the writer keyed it
      actor: z.enum(["russia", "ukraine", "other"]).nullable().optional(),
    }),
  ),
  traps: z.array(z.object({ quote: z.string(), occurrence: z.number().int().positive(), kind: z.string() })).default([]),
});
