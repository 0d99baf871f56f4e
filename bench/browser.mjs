// @ts-check
/**
 * The browser: Debian's Chromium at /usr/bin/chromium when it exists, otherwise
 * Playwright's own (`npx playwright install chromium`) or, for Lighthouse, whatever Chrome
 * chrome-launcher finds.
 */
export const CHROMIUM = "/usr/bin/chromium";

/** Flags for a quiet, sandbox-free headless browser (Playwright adds --headless itself). */
export const BROWSER_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
