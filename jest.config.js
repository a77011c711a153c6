// Three layers, each runnable alone with --selectProjects; next/jest gives SWC and maps server-only.
const nextJest = require("next/jest");

const createJestConfig = nextJest({ dir: "./" });

// Prisma's schema engine ships as an ES module; SWC compiles it for Jest's CommonJS runtime.
const ESM_PACKAGES = ["@prisma/schema-engine-wasm"];

const layer = async (name, extra = {}) => {
  const config = await createJestConfig({
    displayName: name,
    testEnvironment: "node",
    testMatch: [`<rootDir>/tests/${name}/**/*.test.ts`],
    moduleNameMapper: { "^@/(.*)$": "<rootDir>/$1" },
    ...extra,
  })();
  const ignored = `/node_modules/(?!(${ESM_PACKAGES.join("|")})/)`;
  return { ...config, transformIgnorePatterns: [ignored, ...config.transformIgnorePatterns.filter((p) => !p.includes("node_modules"))] };
};

module.exports = async () => ({
  projects: await Promise.all([
    layer("unit"),
    layer("integration", {
      globalSetup: "<rootDir>/tests/integration/global-setup.ts",
      globalTeardown: "<rootDir>/tests/integration/global-teardown.ts",
      setupFiles: ["<rootDir>/tests/integration/setup-env.ts"],
      setupFilesAfterEnv: ["<rootDir>/tests/integration/setup-database.ts"],
    }),
    layer("e2e", {
      globalSetup: "<rootDir>/tests/e2e/global-setup.ts",
      globalTeardown: "<rootDir>/tests/e2e/global-teardown.ts",
      setupFilesAfterEnv: ["<rootDir>/tests/e2e/setup-timeout.ts"],
    }),
  ]),
});
