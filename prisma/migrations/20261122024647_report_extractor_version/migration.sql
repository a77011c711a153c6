-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "extractorVersion" TEXT;
