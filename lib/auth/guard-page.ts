import "server-only";
import { forbidden, notFound, redirect } from "next/navigation";
import { AppError } from "@/lib/errors";

/** Runs a page's data function, turning expected failures into the login page, 403 or 404. */
export async function guardPage<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.code === "UNAUTHORIZED") redirect("/login");
    if (error.code === "FORBIDDEN") forbidden();
    if (error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
