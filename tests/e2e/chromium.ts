import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

const CANDIDATES = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

export function findChromium(): string | null {
  return CANDIDATES.find((candidate): candidate is string => Boolean(candidate && existsSync(candidate))) ?? null;
}

export const MISSING_CHROMIUM =
  "No Chromium found for the end-to-end tests. Install one (Debian: `apt-get install -y chromium`) or set CHROMIUM_PATH; set SKIP_E2E=1 to skip this layer.";

// Flags checked on these machines: without the background-networking ones Chromium keeps
// trying to reach Google's hosts on a closed network. Playwright gives each launch a fresh profile.
export function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(MISSING_CHROMIUM);
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
