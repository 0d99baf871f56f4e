// @ts-check
/**
 * The browser: Debian's Chromium at /usr/bin/chromium when it exists, otherwise
 * Playwright's own (`npx playwright install chromium`) or, for Lighthouse, whatever Chrome
 * chrome-launcher finds. Path and flags are shared with playwright.config.ts.
 */
import chromium from "../scripts/chromium.json" with { type: "json" };

export const CHROMIUM = chromium.path;

/** Flags for a quiet, sandbox-free headless browser (Playwright adds --headless itself). */
export const BROWSER_FLAGS = chromium.args;
