// Three layers, each runnable alone with --selectProjects; next/jest gives SWC and maps server-only.
const nextJest = require("next/jest");

const createJestConfig = nextJest({ dir: "./" });

const layer = (name, extra = {}) =>
  createJestConfig({
    displayName: name,
    testEnvironment: "node",
    testMatch: [`<rootDir>/tests/${name}/**/*.test.ts`],
    moduleNameMapper: { "^@/(.*)$": "<rootDir>/$1" },
    ...extra,
  })();

module.exports = async () => ({
  projects: await Promise.all([
    layer("unit"),
    layer("integration", { globalSetup: "<rootDir>/tests/integration/global-setup.ts", globalTeardown: "<rootDir>/tests/integration/global-teardown.ts" }),
    layer("e2e", { globalSetup: "<rootDir>/tests/e2e/global-setup.ts", globalTeardown: "<rootDir>/tests/e2e/global-teardown.ts"}),
  ]),
});
