import "server-only";
import { prisma } from "@/lib/db";
import { requireUser } from "@/lib/auth/session";

export const REPORTS_PAGE_SIZE = 50;

export type TReportRow = {
  id: string;
  title: string;
  outlet: string | null;
  publishedAt: Date | null;
  claimCount: number;
};

export async function listReports({ page = 1 }: { page?: number } = {}): Promise<{ rows: TReportRow[]; total: number }> {
  await requireUser();
  const [rows, total] = await prisma.$transaction([
    prisma.report.findMany({
      orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { createdAt: "asc" }],
      skip: (page - 1) * REPORTS_PAGE_SIZE,
      take: REPORTS_PAGE_SIZE,
      select: { id: true, title: true, outlet: true, publishedAt: true, _count: { select: { claims: { where: { isCurrent: true } } } } },
    }),
    prisma.report.count(),
  ]);
  return {
    rows: rows.map(({ _count, ...row }) => ({ ...row, claimCount: _count.claims })),
    total,
  };
}
