import next from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...next,
  ...nextTs,
  { files: ["**/*.js"], rules: { "@typescript-eslint/no-require-imports": "off" } },
  { ignores: ["generated/**", ".next/**", ".data/**", "node_modules/**", "next-env.d.ts"] },
];

export default config;
