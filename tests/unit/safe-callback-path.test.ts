import { safeCallbackPath } from "@/lib/auth/safe-callback-path";

test("paths on this site are kept", () => {
  expect(safeCallbackPath("/reports/abc?page=2")).toBe("/reports/abc?page=2");
  expect(safeCallbackPath("/admin/import#history")).toBe("/admin/import#history");
});

test("anything a browser could read as another host falls back to the reports page", () => {
  for (const hostile of ["//evil.example", "/\\evil.example", "/\t/evil.example", "https://evil.example", "javascript:alert(1)", "/\u0000x", ""]) {
    expect(safeCallbackPath(hostile)).toBe("/reports");
  }
  expect(safeCallbackPath(undefined)).toBe("/reports");
});
