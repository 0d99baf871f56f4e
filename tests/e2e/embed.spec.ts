import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Frame, type Page, test } from "@playwright/test";
import { recordViolations, serveHosts, watchFrames } from "./host.ts";
import { serveStrict } from "./strictServer.ts";

/**
 * The embeds as a host page on another origin shows them: served with the story's
 * Content-Security-Policy, framed by the real pym.js parent we ship, sized by its messages.
 */
const DIST = resolve(import.meta.dirname, "../../dist");
const GRAPHICS = ["control", "map", "casualties", "evacuation"] as const;
const manifest = JSON.parse(readFileSync(resolve(DIST, "embeds.json"), "utf8")) as {
  embeds: { id: string; url: string }[];
};
const statesOf = (g: string) => manifest.embeds.filter((e) => e.url.startsWith(`embed/${g}.html`));

let server: Awaited<ReturnType<typeof serveStrict>>;
let hosts: Awaited<ReturnType<typeof serveHosts>>;
test.beforeAll(async () => {
  server = await serveStrict(DIST);
  hosts = await serveHosts();
});
test.afterAll(() => {
  server.close();
  hosts.close();
});

const watch = (page: Page) => watchFrames(page, hosts.url, server.url);

/**
 * A host page on its own origin: one column of the given width holding all four embeds,
 * each framed by pym.js, and a listener that keeps the AMP-style size messages by frame.
 */
function hostPage(column: string, query = "") {
  const embeds = GRAPHICS.map((g) => `<div id="embed-${g}"></div>`).join("");
  const parents = GRAPHICS.map(
    (g) => `new pym.Parent("embed-${g}", "${server.url}embed/${g}.html${query}", {title: "${g}"});`,
  ).join("");
  return `<!doctype html><html lang="en"><head><title>Host</title><link rel="icon" href="data:,">
<style>body{margin:0}#column{width:${column};margin:0 auto}</style></head><body>
<div id="column">${embeds}</div>
<script src="${server.url}embed/pym.v1.min.js"></script>
<script>window.amp={};addEventListener("message",function(e){var d=e.data;
if(d&&typeof d==="object"&&d.sentinel==="amp"&&d.type==="embed-size"){
for(var f of document.querySelectorAll("iframe"))if(f.contentWindow===e.source)window.amp[f.parentNode.id]=d.height;}});
${parents}</script></body></html>`;
}

async function openHost(page: Page, column: string, query = "") {
  await page.goto(hosts.add(hostPage(column, query)));
}

function embedFrame(page: Page, graphic: string): Frame {
  const frame = page.frames().find((f) => f.url().includes(`/embed/${graphic}.html`));
  if (!frame) throw new Error(`no frame for ${graphic}`);
  return frame;
}

/** How the frame's height compares with what its content needs, as one line to compare. */
async function frameFit(page: Page, graphic: string) {
  const iframe = page.locator(`#embed-${graphic} iframe`);
  const frameHeight = await iframe.evaluate((f) => f.getBoundingClientRect().height);
  const frame = embedFrame(page, graphic);
  const content = await frame.evaluate(() => {
    const main = document.querySelector("main") as HTMLElement;
    const root = document.documentElement;
    return {
      needed: Math.ceil(main.getBoundingClientRect().bottom),
      scrolls: root.scrollHeight > root.clientHeight || root.scrollWidth > root.clientWidth,
      live: main.querySelector("svg.live-chart") !== null,
    };
  });
  const amp = await page.evaluate(
    (id) => (window as unknown as { amp: Record<string, number> }).amp[id],
    `embed-${graphic}`,
  );
  const band = frameHeight - content.needed;
  return {
    live: content.live,
    cutOff: band < 0,
    emptyBandOver24: band > 24,
    innerScrollbar: content.scrolls,
    ampMatches: amp === frameHeight,
  };
}

const FITS = {
  live: true,
  cutOff: false,
  emptyBandOver24: false,
  innerScrollbar: false,
  ampMatches: true,
};

test.describe("embeds", { tag: "@desktop-only" }, () => {
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ reducedMotion: "reduce" });
    await recordViolations(page);
  });

  for (const width of [320, 600, 1000]) {
    test(`in a pym host column ${width} px wide, each frame fits its content at every state`, async ({
      page,
    }) => {
      test.setTimeout(120_000);
      const seen = watch(page);
      await openHost(page, `${width}px`);
      for (const graphic of GRAPHICS) {
        const frame = page.frameLocator(`#embed-${graphic} iframe`);
        const states = statesOf(graphic);
        for (let i = 0; i < states.length; i++) {
          if (i > 0) await frame.getByRole("button", { name: "Next" }).click();
          await expect(frame.locator("[data-embed-count]")).toHaveText(
            `, ${i + 1} of ${states.length}`,
          );
          await expect
            .poll(() => frameFit(page, graphic), { message: `${graphic} state ${i + 1}` })
            .toEqual(FITS);
        }
        const said = await frame.locator("[data-embed-announcer]").textContent();
        expect(said).toMatch(/^\d{1,2} \w+ 2016: \S/);
      }
      for (const graphic of GRAPHICS)
        expect(await embedFrame(page, graphic).evaluate(() => window.violations)).toEqual([]);
      expect(seen).toEqual({ errors: [], foreign: [], dialogs: [] });
    });
  }

  test("the frames follow the host's width as it changes", async ({ page }) => {
    const seen = watch(page);
    await page.setViewportSize({ width: 1000, height: 800 });
    await openHost(page, "100%");
    for (const width of [1000, 320, 600]) {
      await page.setViewportSize({ width, height: 800 });
      for (const graphic of GRAPHICS)
        await expect
          .poll(() => frameFit(page, graphic), { message: `${graphic} at ${width}` })
          .toEqual(FITS);
    }
    expect(seen).toEqual({ errors: [], foreign: [], dialogs: [] });
  });

  test("hostile addresses and messages change nothing and run nothing", async ({ page }) => {
    const seen = watch(page);
    const warnings: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "warning") warnings.push(m.text());
    });
    const hostile = `?state=${encodeURIComponent('"><img src=x onerror=alert(1)>')}&theme=javascript:alert(2)&steps=1e999999&${encodeURIComponent("<script>alert(3)</script>")}=1`;
    await openHost(page, "600px", hostile);
    for (const graphic of GRAPHICS) {
      const frame = page.frameLocator(`#embed-${graphic} iframe`);
      await expect(frame.locator("svg.live-chart")).toBeVisible();
      const first = statesOf(graphic).length;
      await expect(frame.locator("[data-embed-count]")).toHaveText(`, 1 of ${first}`);
    }
    // The host now sends what a hostile page might: markup, scripts, absurd numbers, objects.
    await page.evaluate(() => {
      const payloads: unknown[] = [
        "pymxPYMxembed-controlxPYMxwidthxPYMx1e309",
        "pymxPYMxembed-controlxPYMxwidthxPYMx-5",
        "pymxPYMxembed-controlxPYMxwidthxPYMx<img src=x onerror=alert(4)>",
        "pymxPYMxembed-controlxPYMxheightxPYMx<script>alert(5)</script>",
        "pymxPYMx<img src=x onerror=alert(6)>xPYMxwidthxPYMx400",
        `pymxPYMxembed-mapxPYMxwidthxPYMx${"9".repeat(5000)}`,
        { sentinel: "amp", type: "embed-size", height: "<img src=x onerror=alert(7)>" },
        { toString: null },
        null,
        42,
      ];
      for (const f of document.querySelectorAll("iframe"))
        for (const p of payloads) f.contentWindow?.postMessage(p, "*");
    });
    for (const graphic of GRAPHICS) {
      const frame = embedFrame(page, graphic);
      await expect.poll(() => frameFit(page, graphic)).toEqual(FITS);
      expect(
        await frame.evaluate(
          () => document.querySelectorAll("img[onerror], script:not([src])").length,
        ),
      ).toBe(0);
      const first = await frame.evaluate(
        () => (document.querySelector("li[data-state]") as HTMLElement).dataset.when,
      );
      expect(await frame.locator("[data-embed-when]").textContent()).toBe(first);
      expect(await frame.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
      expect(await frame.evaluate(() => window.violations)).toEqual([]);
    }
    expect(seen).toEqual({ errors: [], foreign: [], dialogs: [] });
    // One warning per embed, naming what it ignored.
    const ignored = warnings.filter((w) => w.startsWith("This embed ignored"));
    expect(ignored).toHaveLength(GRAPHICS.length);
    for (const w of ignored) expect(w).toMatch(/state .*theme .*steps /);
  });

  test("each embed: axe finds nothing, with its data open, in both themes", async ({ page }) => {
    const seen = watch(page);
    for (const graphic of GRAPHICS) {
      for (const theme of ["light", "dark"]) {
        await page.goto(`${server.url}embed/${graphic}.html?theme=${theme}`);
        await expect(page.locator("svg.live-chart")).toBeVisible();
        await page.getByText("Show the data").click();
        const { violations } = await new AxeBuilder({ page })
          .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
          .analyze();
        expect(
          violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
          `${graphic} ${theme}`,
        ).toEqual([]);
        expect(await page.evaluate(() => window.violations)).toEqual([]);
      }
    }
    expect(seen).toEqual({ errors: [], foreign: [], dialogs: [] });
  });

  test("an embed fixed at one state, and links that open in the host's window", async ({
    page,
  }) => {
    await page.goto(`${server.url}embed/control.html?state=old-city&steps=0`);
    await expect(page.locator("svg.live-chart")).toBeVisible();
    await expect(page.locator("[data-embed-when]")).toHaveText("6 December 2016");
    await expect(page.getByRole("button", { name: "Next" })).toBeHidden();
    for (const link of await page.locator("a").all())
      expect(await link.getAttribute("target")).toBe("_top");
  });
});

test.describe("embeds without JavaScript", { tag: "@desktop-only" }, () => {
  test.use({ javaScriptEnabled: false });
  test("show the first state's picture, its text and the data", async ({ page }) => {
    for (const graphic of GRAPHICS) {
      await page.goto(`${server.url}embed/${graphic}.html`);
      const img = page.locator("[data-embed-canvas] img");
      await expect(img).toBeVisible();
      expect(await img.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBeGreaterThan(0);
      await expect(page.locator("[data-embed-description]")).not.toBeEmpty();
      await page.getByText("Show the data").click();
      await expect(page.locator(".embed-data table")).toBeVisible();
    }
  });
});
