import { CATEGORIES } from "@/lib/claims/types";

test("the category list matches design.md", () => {
  expect(CATEGORIES).toHaveLength(17);
  expect(CATEGORIES).toContain("settlements");
});
