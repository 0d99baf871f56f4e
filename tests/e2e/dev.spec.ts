import { mkdtempSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { createServer, type ViteDevServer } from "vite";
import type { EmbedsManifest } from "../../scripts/share/manifest.ts";
import { watchPage } from "./watch.ts";

// `npm run dev` serves every page the build writes, from the sources as they are (not
// dist/): the spec starts the dev server itself, on a free port, and opens each page.
const ROOT = join(import.meta.dirname, "../..");

let server: ViteDevServer;
let origin: string;
let cacheDir: string;
let manifest: EmbedsManifest;

// One dev server for the file: its tests run one after another, in one worker.
test.describe.configure({ mode: "default" });

test.beforeAll(async () => {
  // Its own cache of pre-bundled dependencies: node_modules may be shared with other checkouts.
  cacheDir = mkdtempSync(join(tmpdir(), "story-dev-"));
  server = await createServer({
    root: ROOT,
    configFile: join(ROOT, "vite.config.ts"),
    cacheDir,
    logLevel: "warn",
    server: {
      host: "127.0.0.1",
      port: 0,
      strictPort: true,
      watch: null,
      // Where the packages really are (a checkout's node_modules may be a link to another's).
      fs: { allow: [ROOT, realpathSync(join(ROOT, "node_modules"))] },
    },
  });
  await server.listen();
  origin = (server.resolvedUrls?.local[0] ?? "").replace(/\/$/, "");
  const response = await fetch(`${origin}/embeds.json`);
  manifest = (await response.json()) as EmbedsManifest;
});

test.afterAll(async () => {
  await server?.close();
  if (cacheDir) rmSync(cacheDir, { recursive: true, force: true });
});

/** Opens a page of the dev server; afterwards, what went wrong on it. */
async function open(page: Page, path: string) {
  const seen = watchPage(page, origin);
  const failed: string[] = [];
  page.on("response", (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  const response = await page.goto(`${origin}/${path}`);
  expect(response?.status(), path).toBe(200);
  return async () => {
    await page.waitForLoadState("networkidle");
    expect({ ...seen, failed }, path).toEqual({ errors: [], foreignRequests: [], failed: [] });
  };
}

test.describe("the dev server", { tag: "@desktop-only" }, () => {
  test("serves the story, its live graphic and its CSVs", async ({ page, request }) => {
    const done = await open(page, "");
    await expect(page.locator("h1")).toHaveText("The fall of east Aleppo");
    await expect(page.locator("[data-beat]")).toHaveCount(manifest.moments.length);
    // The dev server transforms each module on its first request: the first chart takes
    // longer than a built one (the locator's geography alone is a 28 kB module).
    await expect(page.locator("[data-graphic]")).toHaveAttribute("data-graphic-live", "true", {
      timeout: 30_000,
    });
    for (const href of await page
      .locator("#data a[data-dataset]")
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
      const csv = await request.get(href);
      expect(csv.status(), href).toBe(200);
      expect((await csv.text()).split("\n")[0], href).toMatch(/^id,/);
    }
    await done();
  });

  test("serves the list page", async ({ page }) => {
    const done = await open(page, "list.html");
    await expect(page.locator("html")).toHaveClass(/\blist-view\b/);
    await expect(page.locator("[data-beat]")).toHaveCount(manifest.moments.length);
    await done();
  });

  test("serves every graphic's embed, live", async ({ page }) => {
    const graphics = [...new Set(manifest.embeds.map((e) => e.url.split(/[/.]/)[1]))];
    expect(graphics.length).toBeGreaterThan(1);
    for (const name of graphics) {
      const done = await open(page, `embed/${name}.html`);
      await expect(page.locator(`[data-embed="${name}"]`)).toBeVisible();
      await expect(page.locator("svg.live-chart")).toBeVisible();
      await done();
    }
  });

  test("serves the whole story's embed", async ({ page }) => {
    const done = await open(page, manifest.story.embed);
    await expect(page.locator("[data-story-embed] [data-beat]")).toHaveCount(
      manifest.moments.length,
    );
    await done();
  });

  test("serves the editors' page, its snippets made absolute by its script", async ({ page }) => {
    const done = await open(page, manifest.editors);
    await expect(page.locator("article.state")).toHaveCount(manifest.embeds.length);
    await expect(page.locator("#code-story-pym")).toContainText(
      `data-pym-src="${origin}/embed/story.html`,
    );
    await done();
  });

  test("serves a moment page, its card, and sends a browser on to the beat", async ({
    page,
    request,
  }) => {
    const moment = manifest.moments[Math.floor(manifest.moments.length / 2)];
    if (!moment) throw new Error("the manifest lists no moments");
    const html = await request.get(`${origin}/${moment.url}`);
    expect(html.status()).toBe(200);
    expect(await html.text()).toContain("Read this moment in the story");
    const card = await request.get(`${origin}/${moment.image}`);
    expect(card.status()).toBe(200);
    expect(card.headers()["content-type"]).toBe("image/png");
    const done = await open(page, moment.url);
    await expect(page).toHaveURL(`${origin}/index.html#${moment.beat}`);
    await expect(page.locator(`#${moment.beat}`)).toBeVisible();
    await done();
  });
});
