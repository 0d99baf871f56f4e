import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { readFrameHeights } from "../../scripts/editors/editorsKit.ts";
import type { EmbedsManifest } from "../../scripts/share/manifest.ts";
import { recordViolations } from "./host.ts";
import { serveStrict } from "./strictServer.ts";
import { watchPage } from "./watch.ts";

/** The editors' page as a newsroom's host serves it: with the story's content policy. */
const DIST = resolve(import.meta.dirname, "../../dist");
const manifest = JSON.parse(readFileSync(resolve(DIST, "embeds.json"), "utf8")) as EmbedsManifest;

let server: Awaited<ReturnType<typeof serveStrict>>;
test.beforeAll(async () => {
  server = await serveStrict(DIST);
});
test.afterAll(() => server.close());

async function openEditors(page: Page) {
  const seen = watchPage(page, server.url);
  const violations = await recordViolations(page);
  await page.goto(`${server.url}${manifest.editors}`);
  return { seen, violations };
}

/** Unfolds every graphic's moments and every moment's code. */
async function openEveryFold(page: Page) {
  await page.locator("details").evaluateAll((all) => {
    for (const d of all) (d as HTMLDetailsElement).open = true;
  });
}

test.describe("the editors' page", () => {
  test("lists every beat of every graphic, with its code, PNG and page to share", {
    tag: "@desktop-only",
  }, async ({ page }) => {
    const { seen, violations } = await openEditors(page);
    const at = (path: string) => `${server.url}${path}`;
    const listed = await page.locator("li.beat").evaluateAll((ls) => ls.map((l) => l.id));
    const beats = manifest.graphics.flatMap((g) => g.beats);
    expect(listed).toEqual(beats.map((b) => `beat-${b.id}`));
    expect(beats.map((b) => b.id).sort()).toEqual(manifest.moments.map((m) => m.beat).sort());
    for (const g of manifest.graphics) {
      const fold = page.locator(`details#beats-${g.graphic}`);
      await expect(fold.locator("li.beat")).toHaveCount(g.beats.length);
      await fold.locator("> summary").click();
      for (const b of g.beats) {
        const row = fold.locator(`li#beat-${b.id}`);
        await expect(row.locator("time")).toHaveAttribute("datetime", b.date);
        await expect(row.locator(`code#code-beat-${b.id}`)).toContainText(
          `data-pym-src="${at(b.embed)}&theme=light"`,
        );
        await expect(row.locator("a[download]")).toHaveAttribute(
          "href",
          at(`${b.image}?v=${b.version}`),
        );
        await expect(row.getByRole("link", { name: /^Share page/ })).toHaveAttribute(
          "href",
          at(b.moment),
        );
        await expect(row.getByRole("button", { name: /^Copy / })).toBeVisible();
      }
    }
    expect(await violations()).toEqual([]);
    expect(seen).toEqual({ errors: [], foreignRequests: [] });
  });

  test("lists every graphic state in embeds.json, each with its preview, code and files", {
    tag: "@desktop-only",
  }, async ({ page }) => {
    const { seen, violations } = await openEditors(page);
    const listed = await page.locator("article.state").evaluateAll((as) => as.map((a) => a.id));
    expect([...listed].sort()).toEqual(manifest.embeds.map((e) => e.id).sort());
    // Opened without STORY_PUBLIC_URL, every address is absolute from where the page is.
    const at = (path: string) => `${server.url}${path}`;
    // A picture's link carries its version (`?v=`): the file is the path without it.
    const dist = (address: string) =>
      resolve(DIST, address.slice(server.url.length).replace(/\?.*$/, ""));
    for (const embed of manifest.embeds) {
      const entry = page.locator(`article#${embed.id}`);
      const themed = at(`${embed.url}&theme=light`);
      await expect(entry.locator("iframe[data-preview]")).toHaveAttribute("src", themed);
      await expect(entry.locator("iframe[data-preview]")).toHaveAttribute("loading", "lazy");
      const codes = await entry.locator("pre code").allTextContents();
      expect(codes, embed.id).toHaveLength(3);
      const [pym, amp, iframe] = codes as [string, string, string];
      expect(pym).toContain(`data-pym-src="${themed}"`);
      expect(pym).toContain(`<script src="${at("embed/pym.v1.min.js")}"></script>`);
      expect(amp).toContain(`<amp-iframe src="${themed}"`);
      expect(amp).toContain('sandbox="allow-scripts allow-same-origin');
      expect(amp).toMatch(/ resizable/);
      expect(amp).toContain("<button overflow");
      expect(amp).toContain(
        `<amp-img placeholder layout="fill" object-fit="contain" src="${at(embed.image as string)}?v=`,
      );
      expect(iframe).toContain(`src="${themed}&steps=0"`);
      expect(iframe).toMatch(/height="\d{3,4}"/);
      // Every file it offers is in the build.
      const files = await entry
        .locator("a[download]")
        .evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
      expect(files.some((f) => f.startsWith(`${at(embed.image as string)}?v=`))).toBe(true);
      for (const file of files) expect(readFileSync(dist(file)).length).toBeGreaterThan(0);
      await expect(entry.locator("dd").first()).not.toBeEmpty();
    }
    // The CSVs behind each graphic, and the whole story's code in a section of its own.
    for (const href of await page
      .locator(".csv-list a")
      .evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? "")))
      expect(readFileSync(dist(href)).toString()).toContain(",");
    await expect(page.locator("#code-story-pym")).toContainText(
      `data-pym-src="${at("embed/story.html?theme=light")}"`,
    );
    await expect(page.locator("#code-story-pym")).toContainText("data-pym-trackscroll");
    await expect(page.locator("[data-addresses]")).toContainText(`under ${server.url}`);
    expect(await violations()).toEqual([]);
    expect(seen).toEqual({ errors: [], foreignRequests: [] });
  });

  test("Copy puts the code on the clipboard and says so", { tag: "@desktop-only" }, async ({
    page,
    context,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], {
      origin: new URL(server.url).origin,
    });
    const { seen, violations } = await openEditors(page);
    const status = page.locator("[data-copy-status]");
    for (const id of [
      "story-pym",
      `${manifest.embeds[3]?.id}-amp`,
      `${manifest.embeds.at(-1)?.id}-iframe`,
    ]) {
      const button = page.locator(`button[data-copy="code-${id}"]`);
      await button.click();
      const code = await page.locator(`#code-${id}`).textContent();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(code);
      await expect(status).toHaveText("Copied");
      await expect(page.locator(`[data-copy-done="code-${id}"]`)).toHaveText("Copied");
      await expect(button).toBeFocused();
    }
    expect(await violations()).toEqual([]);
    expect(seen).toEqual({ errors: [], foreignRequests: [] });
  });

  test("without the Clipboard API, Copy still copies, from the keyboard", {
    tag: "@desktop-only",
  }, async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], {
      origin: new URL(server.url).origin,
    });
    await page.addInitScript(() => {
      const real = Object.getOwnPropertyDescriptor(Navigator.prototype, "clipboard")?.get;
      (window as unknown as { realClipboard: () => Clipboard }).realClipboard = () =>
        real?.call(navigator) as Clipboard;
      Object.defineProperty(Navigator.prototype, "clipboard", {
        get: () => ({ writeText: () => Promise.reject(new Error("not allowed")) }),
      });
    });
    const { seen, violations } = await openEditors(page);
    const id = `code-${manifest.embeds[0]?.id}-pym`;
    const button = page.locator(`button[data-copy="${id}"]`);
    await button.focus();
    await page.keyboard.press("Enter");
    await expect(page.locator("[data-copy-status]")).toHaveText("Copied");
    await expect(button).toBeFocused();
    // Read back through the browser's own clipboard, past the page's broken API.
    const pasted = await page.evaluate(() =>
      (window as unknown as { realClipboard: () => Clipboard }).realClipboard().readText(),
    );
    expect(pasted).toBe(await page.locator(`#${id}`).textContent());
    expect(await violations()).toEqual([]);
    expect(seen).toEqual({ errors: [], foreignRequests: [] });
  });

  test("the editor's choices rewrite every snippet", { tag: "@desktop-only" }, async ({ page }) => {
    const heights = readFrameHeights();
    const { seen, violations } = await openEditors(page);
    await page.getByLabel("Dark", { exact: true }).check();
    await page.getByLabel(/Transparent background/).check();
    await page.getByLabel("Plain iframe: your column’s width").selectOption("640");
    await page.getByLabel(/your page’s sticky header/).fill("60");
    await expect(page.locator("#code-story-pym")).toContainText("&top=60");
    await expect(page.locator(`#code-${manifest.embeds[0]?.id}-pym`)).not.toContainText("top=");
    const codes = await page.locator("code[data-snippet]").allTextContents();
    const beats = manifest.graphics.flatMap((g) => g.beats);
    const chapters = manifest.story.chapters.length;
    // Three codes a state, the whole story's, a beat's each, a chapter's each, explore's.
    const explore = manifest.story.explore?.length ?? 0;
    expect(codes.length).toBe(manifest.embeds.length * 3 + 1 + beats.length + chapters + explore);
    for (const code of codes) expect(code).toContain("theme=dark&background=transparent");
    for (const embed of manifest.embeds) {
      const iframe = (await page.locator(`#code-${embed.id}-iframe`).textContent()) ?? "";
      expect(iframe).toContain(`height="${heights.frames[embed.id]?.columns["640"]}"`);
      await expect(page.locator(`article#${embed.id} iframe[data-preview]`)).toHaveAttribute(
        "src",
        /theme=dark&background=transparent$/,
      );
    }
    expect(await violations()).toEqual([]);
    expect(seen).toEqual({ errors: [], foreignRequests: [] });
  });

  test("without JavaScript, says its addresses are relative and how to get them absolute", {
    tag: "@desktop-only",
  }, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}${manifest.editors}`);
    await expect(page.locator("[data-addresses]")).toContainText("open this page from the address");
    await expect(page.locator("form[data-snippet-choices]")).toBeHidden();
    await context.close();
  });

  test("every Copy button is a named target of 44 px or more", async ({ page }) => {
    await openEditors(page);
    await openEveryFold(page);
    const small = await page.locator("button[data-copy]").evaluateAll((buttons) =>
      buttons.flatMap((b) => {
        const { width, height } = b.getBoundingClientRect();
        return width < 44 || height < 44 ? [`${b.textContent}: ${width}×${height}`] : [];
      }),
    );
    expect(small).toEqual([]);
    const names = await page
      .locator("button[data-copy]")
      .evaluateAll((bs) => bs.map((b) => b.textContent ?? ""));
    expect(names.every((n) => n.startsWith("Copy "))).toBe(true);
    expect(new Set(names).size).toBe(names.length);
  });

  test("a preview takes its embed's height once it loads, and loads only near the view", async ({
    page,
  }) => {
    const { seen, violations } = await openEditors(page);
    const last = manifest.embeds.at(-1)?.id as string;
    const far = page.locator(`article#${last} iframe`);
    // Lazy: the last preview, screens below, has not loaded its embed.
    expect(page.frames().some((f) => f.url().endsWith(manifest.embeds.at(-1)?.url ?? "-"))).toBe(
      false,
    );
    await far.scrollIntoViewIfNeeded();
    await expect(far.contentFrame().locator("svg.live-chart")).toBeVisible();
    await expect
      .poll(async () => {
        const frame = await far.evaluate((f: HTMLIFrameElement) => ({
          height: f.clientHeight,
          needed: Math.ceil(
            f.contentDocument?.querySelector("main")?.getBoundingClientRect().bottom ?? 0,
          ),
        }));
        return frame.height - frame.needed;
      })
      .toBeGreaterThanOrEqual(0);
    const band = await far.evaluate(
      (f: HTMLIFrameElement) =>
        f.clientHeight -
        Math.ceil(f.contentDocument?.querySelector("main")?.getBoundingClientRect().bottom ?? 0),
    );
    expect(band).toBeLessThanOrEqual(24);
    expect(await violations()).toEqual([]);
    expect(seen).toEqual({ errors: [], foreignRequests: [] });
  });

  test("no sideways scroll, in either colour scheme", async ({ page }) => {
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      await openEditors(page);
      await openEveryFold(page);
      const wide = await page.evaluate(() => {
        const root = document.documentElement;
        return root.scrollWidth - root.clientWidth;
      });
      expect(wide, colorScheme).toBe(0);
    }
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`axe finds nothing, ${colorScheme}`, { tag: "@not-small-phone" }, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await openEditors(page);
      await openEveryFold(page);
      // The previews are the embeds, checked on their own in embed.spec.ts.
      const { violations } = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
        .exclude("iframe[data-preview]")
        .analyze();
      expect(
        violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
      ).toEqual([]);
    });
  }
});

test.describe("the story's About section", () => {
  test("links to the editors' page", async ({ page }) => {
    await page.goto("/");
    const link = page.locator("#about a[href='editors.html']");
    await expect(link).toHaveCount(1);
    await expect(link).toHaveAccessibleName("the editors’ page");
  });
});
