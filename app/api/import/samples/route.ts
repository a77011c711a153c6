import { requireRole } from "@/lib/auth/session";
import { errorResponse } from "@/lib/errors";
import { loadSampleReports } from "@/lib/system/load-sample-reports";

export const dynamic = "force-dynamic";

export async function POST() {
  try {
    const user = await requireRole("admin");
    const summary = await loadSampleReports({ userId: user.id });
    return Response.json(summary ?? { created: 0, duplicates: 0, rejected: 0, results: [], message: "The database already has reports." });
  } catch (error) {
    return errorResponse(error);
  }
}
