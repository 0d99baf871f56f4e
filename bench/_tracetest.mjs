import { chromium } from "@playwright/test";
import { BROWSER_FLAGS, CHROMIUM } from "./browser.mjs";
import { measureViewport, VIEWPORTS } from "./scrollSmoothness.mjs";
import { preview } from "./server.mjs";
const server = await preview("/tmp/bench-dist", 4179);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: BROWSER_FLAGS });
try {
  const name = process.argv[2] ?? "desktop";
  const r = await measureViewport(browser, server.url, VIEWPORTS[name], { trace: process.argv[3] !== "plain" });
  const { longTaskList, ...rest } = r;
  console.log(JSON.stringify(rest, null, 1));
  console.log(longTaskList.slice(0, 40).map(t => `${t.startMs} ${t.durationMs} ${t.attribution}`).join("\n"));
} finally { await browser.close(); await server.stop(); }
