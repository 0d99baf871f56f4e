import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, type Page, test } from "@playwright/test";
import type { EmbedsManifest } from "../../scripts/share/manifest.ts";
import { activeBeat } from "./story.ts";
import { serveStrict } from "./strictServer.ts";
import { watchPage } from "./watch.ts";

// Moment pages as they are shared: fetched by a crawler, which runs no script, and opened by
// a reader's browser, each under the story's strict content policy. The beats are the
// build's own (dist/embeds.json), whatever the copy says today.
const DIST = join(import.meta.dirname, "../../dist");
const manifest: EmbedsManifest = JSON.parse(readFileSync(join(DIST, "embeds.json"), "utf8"));
const pick = (at: number) => manifest.moments[Math.floor(at * (manifest.moments.length - 1))];
const MOMENTS = [pick(0.15), pick(0.6)] as EmbedsManifest["moments"];
const STORY_TITLE = readFileSync(join(DIST, "index.html"), "utf8").match(
  /<meta property="og:title" content="([^"]*)">/,
)?.[1];
/** A crawler that reads tags and runs no script (Facebook's, as it names itself). */
const CRAWLER = "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)";

let server: Awaited<ReturnType<typeof serveStrict>>;
test.beforeAll(async () => {
  server = await serveStrict(DIST);
});
test.afterAll(() => server.close());

/** The share tags of the page as loaded, read from its DOM. */
function tags(page: Page) {
  const meta = (name: string) =>
    page.locator(`meta[property="${name}"], meta[name="${name}"]`).getAttribute("content");
  return Promise.all([meta("og:title"), meta("og:image"), meta("twitter:card")]);
}

test.describe("a moment page, fetched as a crawler would", { tag: "@desktop-only" }, () => {
  for (const m of MOMENTS) {
    test(`keeps ${m.beat}'s own tags, with no refresh to follow`, async ({ request }) => {
      const response = await request.get(`${server.url}${m.url}`, {
        headers: { "User-Agent": CRAWLER },
        maxRedirects: 0,
      });
      expect(response.status()).toBe(200);
      expect(response.headers().refresh).toBeUndefined();
      const html = await response.text();
      expect(html).not.toMatch(/http-equiv/i);
      const title = html.match(/<meta property="og:title" content="([^"]*)">/)?.[1];
      expect(title).toContain(STORY_TITLE);
      expect(title).not.toBe(STORY_TITLE);
      const image = html.match(/<meta property="og:image" content="([^"]*)">/)?.[1] as string;
      expect(new URL(image, `${server.url}${m.url}`).href).toBe(`${server.url}${m.image}`);
      const script = html.match(/<script type="module" src="([^"]+)"><\/script>/)?.[1] as string;
      expect(new URL(script, `${server.url}${m.url}`).origin).toBe(new URL(server.url).origin);
    });
  }

  test("stays on the page without JavaScript, its link leading to the beat", async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const m = MOMENTS[0] as EmbedsManifest["moments"][number];
    const own = `${server.url}${m.url}`;
    await page.goto(own, { waitUntil: "load" });
    // A refresh of 0 seconds would have left by now.
    await page.waitForTimeout(1_000);
    expect(page.url()).toBe(own);
    const [title, image, card] = await tags(page);
    expect(title).not.toBe(STORY_TITLE);
    expect(new URL(image as string, own).href).toBe(`${server.url}${m.image}`);
    expect(card).toBe("summary_large_image");
    const link = page.getByRole("link", { name: "Read this moment in the story" });
    await expect(link).toBeVisible();
    await link.click();
    await expect(page).toHaveURL(`${server.url}index.html#${m.beat}`);
    await expect(page.locator(`#${m.beat}`)).toBeVisible();
    await context.close();
  });
});

test.describe("a moment page, opened in a browser", { tag: "@not-small-phone" }, () => {
  for (const m of MOMENTS) {
    test(`lands on the story with ${m.beat} active, within the policy`, async ({ page }) => {
      const watch = watchPage(page, server.url);
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (e) =>
          console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
        );
      });
      // Where the reader was before following the shared link.
      const before = "data:text/html,<p>A post that shares the moment</p>";
      await page.goto(before);
      await page.goto(`${server.url}${m.url}`);
      await expect(page).toHaveURL(`${server.url}index.html#${m.beat}`);
      await expect.poll(() => activeBeat(page)).toBe(m.beat);
      // Back returns there, not to the page that forwarded (which would forward again).
      await page.goBack();
      await expect(page).toHaveURL(before);
      expect(watch.errors).toEqual([]);
      expect(watch.foreignRequests).toEqual([]);
    });
  }
});
