// Expected failures are values with a code; one map turns codes into HTTP statuses.
export const ERROR_STATUS = {
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  INVALID_INPUT: 400,
  CONFLICT: 409,
  TOO_LARGE: 413,
} as const;

export type AppErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

/**
 * Prisma 7 with adapter-pg reports a unique violation as P2002 (without meta.target) from model
 * queries, and as P2010 carrying PostgreSQL's 23505 from raw SQL such as our bulk inserts.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, meta } = error as { code?: unknown; meta?: unknown };
  if (code === "P2002") return true;
  return code === "P2010" && /23505|UniqueConstraintViolation/.test(JSON.stringify(meta ?? {}));
}

export function errorResponse(error: unknown): Response {
  if (error instanceof AppError) return Response.json({ error: error.code, message: error.message }, { status: error.status });
  throw error;
}
