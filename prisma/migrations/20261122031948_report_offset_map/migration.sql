-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "offsetMap" JSONB NOT NULL DEFAULT '[]';
