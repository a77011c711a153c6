import "server-only";
import { prisma } from "@/lib/db";
import { requireRole } from "@/lib/auth/session";
import type { TFileResult } from "./import-reports";

export async function listImportBatches({ take = 20 }: { take?: number } = {}) {
  await requireRole("admin");
  const [batches, reportCount] = await prisma.$transaction([
    prisma.importBatch.findMany({
      orderBy: { createdAt: "desc" },
      take,
      select: {
        id: true, source: true, createdAt: true, finishedAt: true, fileCount: true,
        createdCount: true, duplicateCount: true, rejectedCount: true, results: true,
        user: { select: { name: true, email: true } },
      },
    }),
    prisma.report.count(),
  ]);
  return { batches: batches.map((batch) => ({ ...batch, results: batch.results as TFileResult[] })), reportCount };
}
