import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import type { EmbedsManifest } from "../../scripts/share/manifest.ts";
import { darkInk, ink } from "../../src/styles/tokens.ts";
import { serveHosts, watchFrames } from "./host.ts";
import { serveStrict } from "./strictServer.ts";

// The kit is files: most checks read dist/ as the build left it, and need no browser.
const DIST = join(import.meta.dirname, "../../dist");
const read = (path: string) => readFileSync(join(DIST, path));
const manifest: EmbedsManifest = JSON.parse(read("embeds.json").toString());
const storyHtml = read("index.html").toString();
const beats = [...storyHtml.matchAll(/<article class="beat" id="([^"]+)"/g)].map((m) => m[1]);

/** A tag's attribute, e.g. meta(html, 'property="og:image"', "content"). */
function attr(html: string, match: string, name: string): string | undefined {
  const tag = html.match(new RegExp(`<[a-z]+ [^>]*${match}[^>]*>`))?.[0];
  return tag?.match(new RegExp(`${name}="([^"]*)"`))?.[1];
}

/** The dist/ path an address on the page at `from` points to. */
function distPath(from: string, address: string): string {
  const base = manifest.publicUrl ?? "http://story.invalid/";
  const url = new URL(address, new URL(from, base));
  return decodeURIComponent(url.href.slice(base.length).replace(/#.*$/, ""));
}

function pngSize(bytes: Buffer) {
  expect(bytes.subarray(1, 4).toString()).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test.describe("the editors' kit, as built", { tag: "@desktop-only" }, () => {
  test("lists one share card page per beat of the story, in order", () => {
    expect(beats.length).toBeGreaterThan(10);
    expect(manifest.moments.map((m) => m.beat)).toEqual(beats);
    expect(manifest.moments.map((m) => m.url)).toEqual(beats.map((b) => `moments/${b}.html`));
  });

  test("every moment page's og:image is its own 1200×630 card", () => {
    for (const m of manifest.moments) {
      const page = read(m.url).toString();
      const image = attr(page, 'property="og:image"', "content") as string;
      expect(distPath(m.url, image), m.beat).toBe(m.image);
      expect(pngSize(read(m.image)), m.image).toEqual({ width: 1200, height: 630 });
      expect(attr(page, 'name="twitter:card"', "content")).toBe("summary_large_image");
      expect(attr(page, 'property="og:title"', "content")).toContain("The fall of east Aleppo");
    }
  });

  test("every moment page sends readers to the story at its beat, with no refresh", () => {
    for (const m of manifest.moments) {
      const page = read(m.url).toString();
      // The link on to the story (the language switch, before it, goes to the other edition's).
      const link = page.match(/<a href="([^"]+#[^"]+)"/)?.[1];
      expect(link && distPath(m.url, link), m.beat).toBe("index.html");
      expect(link?.endsWith(`#${m.beat}`), m.beat).toBe(true);
      expect(page, m.beat).not.toMatch(/http-equiv|\son[a-z]+=/i);
      // Browsers go on by the build's own script, told the beat and the story on <html>.
      const inline = [...page.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((s) => s[1]);
      expect(inline, m.beat).toEqual([""]);
      const src = attr(page, 'type="module"', "src") as string;
      expect(distPath(m.url, src), m.beat).toMatch(/^assets\/moment-[\w-]+\.js$/);
      expect(read(distPath(m.url, src)).length, m.beat).toBeGreaterThan(0);
      expect(attr(page, "data-beat", "data-beat"), m.beat).toBe(m.beat);
      expect(distPath(m.url, attr(page, "data-story", "data-story") as string)).toBe("index.html");
      expect(attr(page, 'rel="canonical"', "href"), m.beat).toBeTruthy();
    }
  });

  test("lists a picture of every beat's graphic, at least 1200 px wide", () => {
    expect(manifest.pictures.flatMap((p) => p.beats).sort()).toEqual([...beats].sort());
    for (const p of manifest.pictures) {
      const size = pngSize(read(p.image));
      expect(size, p.image).toEqual({ width: p.width, height: p.height });
      expect(size.width).toBeGreaterThanOrEqual(1200);
    }
  });

  test("every beat is a moment to embed: its graphic's embed, its PNG and its share page", () => {
    const listed = manifest.graphics.flatMap((g) => g.beats.map((b) => b.id));
    expect([...listed].sort()).toEqual([...beats].sort());
    const byVersion = new Map<string, string[]>();
    for (const g of manifest.graphics) {
      expect(read(g.embed).toString()).toContain(`data-embed="${g.graphic}"`);
      for (const b of g.beats) {
        expect(b.embed).toBe(`${g.embed}?beat=${b.id}`);
        expect(read(g.embed).toString()).toContain(`data-beat="${b.id}"`);
        expect(b.image).toBe(`pictures/${g.graphic}-${b.id}.png`);
        expect(pngSize(read(b.image)), b.image).toEqual({ width: b.width, height: b.height });
        expect(read(b.moment).toString()).toContain(`data-beat="${b.id}"`);
        byVersion.set(b.version, [...(byVersion.get(b.version) ?? []), b.image]);
      }
    }
    // Beats that show the same picture get the same bytes, under names of their own.
    for (const [version, images] of byVersion) {
      const bytes = images.map((i) => read(i).toString("base64"));
      expect(new Set(bytes).size, `${version}: ${images.join(", ")}`).toBe(1);
    }
    const same = [...byVersion.values()].filter((images) => images.length > 1);
    console.log(
      `${listed.length} beat PNGs, ${byVersion.size} distinct: ${same.map((i) => i.join(" = ")).join("; ")}`,
    );
  });

  test("lists each edition's pages in embeds.json, every one built", () => {
    const editions = manifest.editions ?? [];
    test.skip(editions.length < 2, "the build has one edition");
    expect(editions.map((e) => `${e.lang} ${e.dir}`)).toEqual(["en ltr", "ar rtl"]);
    for (const e of editions) {
      const paths = [
        e.story,
        e.list,
        e.editors,
        e.embeds.story,
        ...e.embeds.chapters.map((c) => c.embed),
        ...e.embeds.graphics.map((g) => g.embed),
        ...e.moments.flatMap((m) => [m.url, m.image]),
      ];
      for (const path of paths) expect(read(path).length, path).toBeGreaterThan(0);
      for (const m of e.moments)
        expect(pngSize(read(m.image)), m.image).toEqual({ width: 1200, height: 630 });
      const lang = e.lang === "ar" ? '<html lang="ar" dir="rtl"' : '<html lang="en-GB"';
      for (const path of [e.editors, e.embeds.story, ...e.moments.map((m) => m.url)])
        expect(read(path).toString(), path).toContain(lang);
    }
  });

  test("gives the story page its share tags and icons, each file served", async ({ request }) => {
    const image = attr(storyHtml, 'property="og:image"', "content") as string;
    expect(distPath("index.html", image)).toBe(manifest.story.image);
    expect(pngSize(read(manifest.story.image))).toEqual({ width: 1200, height: 630 });
    expect(attr(storyHtml, 'name="twitter:card"', "content")).toBe("summary_large_image");
    expect(storyHtml).not.toContain('href="data:,"');
    const icons = [...storyHtml.matchAll(/<link rel="(?:icon|apple-touch-icon)" href="([^"]+)"/g)];
    expect(icons.length).toBeGreaterThanOrEqual(2);
    for (const [, href] of icons) {
      const response = await request.get(href as string);
      expect(response.status(), href).toBe(200);
      expect(response.headers()["content-type"], href).toMatch(/^image\//);
    }
  });

  test("a reader opening a moment's link lands on the story at that beat", async ({ page }) => {
    const moment = manifest.moments[5] as EmbedsManifest["moments"][number];
    await page.goto(moment.url);
    await expect(page).toHaveURL(new RegExp(`/index\\.html#${moment.beat}$`));
    await expect(page.locator("h1")).toHaveText("The fall of east Aleppo");
  });
});

/**
 * The editors' page as an editor uses it: on the story's origin, each snippet copied with
 * its Copy button and pasted, as it is, into an article on another origin.
 */
test.describe("the editors' code, pasted on another origin", { tag: "@desktop-only" }, () => {
  let server: Awaited<ReturnType<typeof serveStrict>>;
  let hosts: Awaited<ReturnType<typeof serveHosts>>;
  test.beforeAll(async () => {
    server = await serveStrict(DIST);
    hosts = await serveHosts();
    hosts.file("amp.js", AMP_IFRAME_SHAPE);
  });
  test.afterAll(() => {
    server.close();
    hosts.close();
  });

  for (const kind of ["pym", "amp", "iframe"] as const) {
    test(`every ${kind} snippet, as Copy gives it, shows its graphic`, async ({
      page,
      context,
    }) => {
      test.setTimeout(300_000);
      await page.emulateMedia({ reducedMotion: "reduce" });
      await openEditors(page, context, server.url);
      const ids = manifest.embeds.map((e) => `code-${e.id}-${kind}`);
      const stories = [
        "code-story-pym",
        ...manifest.story.chapters.map((c) => `code-chapter-${c.id}-pym`),
      ];
      if (kind === "pym") ids.push(...stories);
      const snippets: string[] = [];
      for (const id of ids) snippets.push(await copied(page, id));
      const seen = watchFrames(page, hosts.url, server.url.replace(/\/$/, ""));
      await page.goto(hosts.add(article(snippets.join("\n<p>Between the graphics.</p>\n"))));
      if (kind === "amp")
        for (const [i, snippet] of snippets.entries())
          expect(await ampShape(page, snippet), ids[i]).toEqual(AMP_SHAPE);
      const frames = page.locator("iframe");
      await expect(frames).toHaveCount(ids.length);
      for (let i = 0; i < ids.length; i++) {
        await frames.nth(i).scrollIntoViewIfNeeded();
        const story = stories.includes(ids[i] as string);
        const drawn = story ? "[data-story-embed]" : "svg.live-chart";
        await expect(frames.nth(i).contentFrame().locator(drawn), ids[i]).toBeVisible();
        await expect(frames.nth(i).contentFrame().locator("[data-embed-problem]")).toHaveCount(
          story ? 0 : 1,
        );
        await expect(
          frames.nth(i).contentFrame().locator("[data-embed-problem]:visible"),
        ).toHaveCount(0);
      }
      if (kind === "amp")
        for (const src of await page
          .locator("amp-img[placeholder]")
          .evaluateAll((imgs) => imgs.map((i) => i.getAttribute("src") ?? "")))
          expect((await page.request.get(src)).status(), src).toBe(200);
      expect(seen).toEqual({ errors: [], foreign: [], dialogs: [] });
    });
  }

  test("each graphic's first moment, its code as Copy gives it, shows that moment", async ({
    page,
    context,
  }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ reducedMotion: "reduce" });
    await openEditors(page, context, server.url);
    const firsts = manifest.graphics.map((g) => g.beats[0] as (typeof g.beats)[number]);
    const snippets: string[] = [];
    for (const [i, g] of manifest.graphics.entries()) {
      await page.locator(`#beats-${g.graphic} > summary`).click();
      snippets.push(await copied(page, `code-beat-${firsts[i]?.id}`));
    }
    const seen = watchFrames(page, hosts.url, server.url.replace(/\/$/, ""));
    await page.goto(hosts.add(article(snippets.join("\n<p>Between the graphics.</p>\n"))));
    const frames = page.locator("iframe");
    await expect(frames).toHaveCount(firsts.length);
    for (const [i, b] of firsts.entries()) {
      await frames.nth(i).scrollIntoViewIfNeeded();
      const frame = frames.nth(i).contentFrame();
      await expect(frame.locator("svg.live-chart"), b.id).toBeVisible();
      await expect(frame.locator("main")).toHaveAttribute("data-embed-shown", b.id);
      await expect(frame.locator("[data-embed-when]")).toHaveAttribute("datetime", b.date);
      await expect(frame.locator("[data-embed-problem]:visible")).toHaveCount(0);
    }
    expect(seen).toEqual({ errors: [], foreign: [], dialogs: [] });
  });

  test("the Arabic editors' page: its code, as Copy gives it, shows the Arabic embeds", async ({
    page,
    context,
  }) => {
    test.setTimeout(180_000);
    const arabic = manifest.editions?.find((e) => e.lang === "ar");
    test.skip(!arabic, "the build has no Arabic edition");
    await page.emulateMedia({ reducedMotion: "reduce" });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], {
      origin: new URL(server.url).origin,
    });
    await page.goto(`${server.url}${arabic?.editors}`);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.locator("form[data-snippet-choices]")).toBeVisible();
    // Each graphic at its first state by pym.js, one by AMP's shape and one plain iframe, and
    // the whole story: one host page load.
    const first = manifest.embeds[0]?.id as string;
    const ids = [
      ...manifest.graphics.map(
        (g) => `code-${manifest.embeds.find((e) => e.id.startsWith(`${g.graphic}-`))?.id}-pym`,
      ),
      `code-${first}-iframe`,
      "code-story-pym",
    ];
    const snippets: string[] = [];
    for (const id of ids) snippets.push(await copied(page, id, "نُسخ"));
    for (const snippet of snippets) expect(snippet).toContain(`${server.url}ar/embed/`);
    const seen = watchFrames(page, hosts.url, server.url.replace(/\/$/, ""));
    await page.goto(hosts.add(article(snippets.join("\n<p>Between the graphics.</p>\n"))));
    const frames = page.locator("iframe");
    await expect(frames).toHaveCount(ids.length);
    for (let i = 0; i < ids.length; i++) {
      await frames.nth(i).scrollIntoViewIfNeeded();
      const frame = frames.nth(i).contentFrame();
      await expect(frame.locator("html"), ids[i]).toHaveAttribute("dir", "rtl");
      await expect(frame.locator("html"), ids[i]).toHaveAttribute("lang", "ar");
      const drawn = ids[i] === "code-story-pym" ? "[data-story-embed]" : "svg.live-chart";
      await expect(frame.locator(drawn), ids[i]).toBeVisible();
      await expect(frame.locator("[data-embed-problem]:visible")).toHaveCount(0);
    }
    expect(seen).toEqual({ errors: [], foreign: [], dialogs: [] });
  });

  test("each theme gives the chosen paper in a light and a dark host", async ({
    page,
    context,
  }) => {
    test.setTimeout(300_000);
    await page.emulateMedia({ reducedMotion: "reduce" });
    const decoder = await context.newPage();
    const [embed] = manifest.embeds;
    for (const choice of THEME_CHOICES) {
      await openEditors(page, context, server.url);
      await page.getByLabel(choice.label, { exact: true }).check();
      await page.getByLabel(/Transparent background/).setChecked(choice.transparent);
      const snippets = [
        await copied(page, `code-${embed?.id}-pym`),
        await copied(page, "code-story-pym"),
      ];
      for (const host of HOSTS) {
        if (choice.transparent && choice.theme !== host.theme) continue;
        for (const reader of choice.theme === "auto" ? (["light", "dark"] as const) : [null]) {
          if (reader) await page.emulateMedia({ colorScheme: reader });
          await page.goto(hosts.add(article(snippets.join("\n"), host)));
          const expected = choice.transparent
            ? host.paper
            : PAPER[reader ?? (choice.theme as "light" | "dark")];
          for (const [i, drawn] of ["svg.live-chart", "[data-story-embed]"].entries()) {
            const frame = page.locator("iframe").nth(i);
            await frame.evaluate((f) => f.scrollIntoView({ block: "start" }));
            await expect(frame.contentFrame().locator(drawn)).toBeVisible();
            const box = (await frame.boundingBox()) as { x: number; y: number };
            const said = `${choice.theme}${choice.transparent ? " transparent" : ""}, ${host.theme} host, reader ${reader}, frame ${i}`;
            await expect
              .poll(() => pixelAt(page, decoder, box.x + 2, box.y + 2), { message: said })
              .toEqual(expected);
          }
          if (reader) await page.emulateMedia({ colorScheme: "light" });
        }
      }
    }
  });
});

/** The papers a frame may show, as its pixels read: ours in each theme. */
const PAPER = { light: ink.paper, dark: darkInk.paper } as const;
const THEME_CHOICES = [
  { theme: "light", label: "Light", transparent: false },
  { theme: "dark", label: "Dark", transparent: false },
  { theme: "auto", label: "The reader’s system setting", transparent: false },
  { theme: "light", label: "Light", transparent: true },
  { theme: "dark", label: "Dark", transparent: true },
] as const;
/** An article on a light page, and one on a dark page that says so (`color-scheme`). */
const HOSTS = [
  { theme: "light", paper: "#ffffff", ink: "#111111" },
  { theme: "dark", paper: "#202124", ink: "#eeeeee" },
] as const;

/** A CMS's article: a text column, the pasted code in it, and AMP's frames as shapes. */
function article(code: string, host: (typeof HOSTS)[number] = HOSTS[0]) {
  return `<!doctype html><html lang="en"><head><title>Article</title><link rel="icon" href="data:,">
<style>:root{color-scheme:${host.theme}}body{margin:0;background:${host.paper};color:${host.ink}}
#column{width:640px;margin:0 auto}</style></head><body><div id="column"><p>The article's lede.</p>
${code}
<p>The article goes on.</p></div><script src="/host-amp.js"></script></body></html>`;
}

/**
 * What amp-iframe makes of its markup (AMP's runtime is not here, offline): a frame at the
 * element's src, sandbox and height, resized by the embed's `embed-size` message.
 */
const AMP_IFRAME_SHAPE = `for (const el of document.querySelectorAll("amp-iframe")) {
  const f = document.createElement("iframe");
  for (const a of ["src", "title", "sandbox", "height"]) f.setAttribute(a, el.getAttribute(a));
  f.style.cssText = "display:block;width:100%;border:0";
  el.prepend(f);
  addEventListener("message", (e) => {
    const d = e.data;
    if (e.source === f.contentWindow && d && d.sentinel === "amp" && d.type === "embed-size")
      f.height = String(d.height);
  });
}`;

/** What AMP asks of the markup, as the snippet has it (read by the host page's parser). */
const AMP_SHAPE = {
  frame: { layout: "fixed-height", height: true, resizable: true, sandbox: true },
  otherOrigin: true,
  placeholder: { layout: "fill", objectFit: "contain", alt: true, absolute: true },
  overflow: true,
};

async function ampShape(page: Page, snippet: string) {
  return page.evaluate((code) => {
    const doc = new DOMParser().parseFromString(code, "text/html");
    const frame = doc.querySelector("amp-iframe");
    const img = frame?.querySelector(":scope > amp-img[placeholder]");
    const src = frame?.getAttribute("src") ?? "";
    const sandbox = (frame?.getAttribute("sandbox") ?? "").split(" ");
    return {
      frame: {
        layout: frame?.getAttribute("layout"),
        height: /^\d+$/.test(frame?.getAttribute("height") ?? ""),
        resizable: frame?.hasAttribute("resizable"),
        sandbox: ["allow-scripts", "allow-same-origin"].every((s) => sandbox.includes(s)),
      },
      // AMP refuses a frame with allow-same-origin on the page's own origin.
      otherOrigin: new URL(src, location.href).origin !== location.origin,
      placeholder: {
        layout: img?.getAttribute("layout"),
        objectFit: img?.getAttribute("object-fit"),
        alt: (img?.getAttribute("alt") ?? "") !== "",
        absolute: /^https?:\/\//.test(img?.getAttribute("src") ?? ""),
      },
      overflow: frame?.querySelector(":scope > button[overflow]") !== null,
    };
  }, snippet);
}

async function openEditors(page: Page, context: BrowserContext, url: string) {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], {
    origin: new URL(url).origin,
  });
  await page.goto(`${url}${manifest.editors}`);
  await expect(page.locator("form[data-snippet-choices]")).toBeVisible();
}

/** The code a Copy button puts on the clipboard (`done`: the page's word for it). */
async function copied(page: Page, id: string, done = "Copied"): Promise<string> {
  await page.locator(`button[data-copy="${id}"]`).click();
  await expect(page.locator(`[data-copy-done="${id}"]`)).toHaveText(done);
  return page.evaluate(() => navigator.clipboard.readText());
}

/** The colour of one pixel of the page as drawn, as #rrggbb (read by a page of our own). */
async function pixelAt(page: Page, decoder: Page, x: number, y: number): Promise<string> {
  const png = await page.screenshot({
    clip: { x: Math.round(x), y: Math.round(y), width: 1, height: 1 },
  });
  return decoder.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement("canvas");
    canvas.width = 1;
    canvas.height = 1;
    const context = canvas.getContext("2d") as CanvasRenderingContext2D;
    context.drawImage(img, 0, 0);
    const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
    return `#${[r, g, b].map((c) => (c ?? 0).toString(16).padStart(2, "0")).join("")}`;
  }, png.toString("base64"));
}
