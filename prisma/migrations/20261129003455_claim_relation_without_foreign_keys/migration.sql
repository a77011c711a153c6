-- DropForeignKey
ALTER TABLE "ClaimRelation" DROP CONSTRAINT "ClaimRelation_claimId_fkey";

-- DropForeignKey
ALTER TABLE "ClaimRelation" DROP CONSTRAINT "ClaimRelation_otherClaimId_fkey";

-- What the foreign keys' ON DELETE CASCADE did: deleting claims (directly or through their report)
-- deletes their relations, once per statement, from the deleted rows.
CREATE FUNCTION "ClaimRelation_forget_deleted_claims"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "ClaimRelation" WHERE "claimId" IN (SELECT id FROM gone);
  DELETE FROM "ClaimRelation" WHERE "otherClaimId" IN (SELECT id FROM gone);
  RETURN NULL;
END
$$;

CREATE TRIGGER "ClaimRelation_forget_deleted_claims" AFTER DELETE ON "Claim"
  REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION "ClaimRelation_forget_deleted_claims"();
