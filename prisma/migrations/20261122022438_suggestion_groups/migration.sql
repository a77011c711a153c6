-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "conservative" DOUBLE PRECISION,
ADD COLUMN     "evidenceCount" INTEGER,
ADD COLUMN     "groupLower" DOUBLE PRECISION,
ADD COLUMN     "groupUpper" DOUBLE PRECISION,
ADD COLUMN     "suggestedAt" TIMESTAMP(3),
ALTER COLUMN "confidence" SET DATA TYPE TEXT;
