-- DropIndex
DROP INDEX "Claim_suggestedVerdict_idx";

-- Every import rewrites the suggestion columns of the claims it touches (all of them in a bulk
-- load). With no index on those columns (the one above served no query) and room left on each
-- page, PostgreSQL updates a row in place (a HOT update) instead of writing six index entries.
ALTER TABLE "Claim" SET (fillfactor = 50);
