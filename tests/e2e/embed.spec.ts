import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Frame, type Page, test } from "@playwright/test";
import type { EmbedsManifest } from "../../scripts/share/manifest.ts";
import { GRAPHICS as DEFINITIONS } from "../../src/charts/registry.ts";
import { arPage } from "../../src/locale/page/ar.ts";
import { arKitClient } from "../../src/locale/page/kitClient.ts";
import { recordViolations, serveHosts, watchFrames } from "./host.ts";
import { serveStrict } from "./strictServer.ts";

/**
 * The embeds as a host page on another origin shows them: served with the story's
 * Content-Security-Policy, framed by the real pym.js parent we ship, sized by its messages.
 */
const DIST = resolve(import.meta.dirname, "../../dist");
/** Every graphic, by name, as the registry lists them (each has an embed page). */
const GRAPHICS = Object.keys(DEFINITIONS);
const manifest = JSON.parse(readFileSync(resolve(DIST, "embeds.json"), "utf8")) as Pick<
  EmbedsManifest,
  "embeds" | "graphics"
>;
/**
 * The real @newswire/frames 1.0.0 parent, as its package ships it for a script tag (its
 * exports name only the module build, so the file is found beside that).
 */
const FRAMES_PARENT = resolve(
  dirname(createRequire(import.meta.url).resolve("@newswire/frames")),
  "frames.umd.js",
);
const statesOf = (g: string) => manifest.embeds.filter((e) => e.url.startsWith(`embed/${g}.html`));

let server: Awaited<ReturnType<typeof serveStrict>>;
let hosts: Awaited<ReturnType<typeof serveHosts>>;
test.beforeAll(async () => {
  server = await serveStrict(DIST);
  hosts = await serveHosts();
  // The host serves its own copy of the @newswire/frames parent, as a newsroom would.
  hosts.file("frames.js", readFileSync(FRAMES_PARENT, "utf8"));
});
test.afterAll(() => {
  server.close();
  hosts.close();
});

const watch = (page: Page) => watchFrames(page, hosts.url, server.url);

/** The parents an embed's host may frame it with. */
type HostParent = "pym" | "frames";

/**
 * How a host page starts its frames. pym.js: a Parent per embed. @newswire/frames: a
 * Framer for the first two, and for the others an iframe the page made itself, left to
 * load and draw before frames watches it (`observeAfterLoad`): only the embed's answer to
 * frames' greeting can then size it.
 */
function startFrames(parent: HostParent, query: string, folder = ""): string {
  const src = (g: string) => `${server.url}${folder}embed/${g}.html${query}`;
  if (parent === "pym")
    return `<script src="${server.url}embed/pym.v1.min.js"></script><script>${GRAPHICS.map(
      (g) => `new pym.Parent("embed-${g}", "${src(g)}", {title: "${g}"});`,
    ).join("")}</script>`;
  return `<script src="/host-frames.js"></script><script>${FRAMED.map(
    (g) =>
      `newswireFrames.Framer(document.getElementById("embed-${g}"), {src: "${src(g)}", attributes: {title: "${g}"}});`,
  ).join("")}${OBSERVED.map(
    (g) => `(function(){var f=document.createElement("iframe");f.src="${src(g)}";f.title="${g}";
f.width="100%";f.height="150";f.setAttribute("scrolling","no");f.style.border="0";
document.getElementById("embed-${g}").appendChild(f);})();`,
  ).join("")}</script>`;
}

const [FRAMED, OBSERVED] = [GRAPHICS.slice(0, 2), GRAPHICS.slice(2)];

/** Lets the frames' own iframes load and draw, then has @newswire/frames watch them. */
async function observeAfterLoad(page: Page) {
  for (const g of OBSERVED)
    await expect(page.frameLocator(`#embed-${g} iframe`).locator("svg.live-chart")).toBeVisible();
  await page.waitForTimeout(500);
  await page.evaluate((ids) => {
    const frames = (window as unknown as { newswireFrames: { observeIframe(f: Element): void } })
      .newswireFrames;
    for (const id of ids)
      frames.observeIframe(document.querySelector(`#embed-${id} iframe`) as Element);
  }, OBSERVED);
}

/**
 * A host page on its own origin: one column of the given width holding every embed,
 * framed by the given parent, and a listener that keeps the AMP-style size messages by frame.
 */
function hostPage(column: string, query = "", parent: HostParent = "pym", folder = "") {
  const embeds = GRAPHICS.map((g) => `<div id="embed-${g}"></div>`).join("");
  return `<!doctype html><html lang="en"><head><title>Host</title><link rel="icon" href="data:,">
<style>body{margin:0}#column{width:${column};margin:0 auto}</style></head><body>
<div id="column">${embeds}</div>
<script>window.amp={};addEventListener("message",function(e){var d=e.data;
if(d&&typeof d==="object"&&d.sentinel==="amp"&&d.type==="embed-size"){
for(var f of document.querySelectorAll("iframe"))if(f.contentWindow===e.source)window.amp[f.parentNode.id]=d.height;}});
</script>${startFrames(parent, query, folder)}</body></html>`;
}

async function openHost(
  page: Page,
  column: string,
  query = "",
  parent: HostParent = "pym",
  folder = "",
) {
  await page.goto(hosts.add(hostPage(column, query, parent, folder)));
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

  for (const [parent, width] of [
    ["pym", 320],
    ["pym", 600],
    ["pym", 1000],
    ["frames", 320],
    ["frames", 600],
    ["frames", 1000],
  ] as const) {
    test(`in a ${parent} host column ${width} px wide, each frame fits its content at every state`, async ({
      page,
    }) => {
      test.setTimeout(120_000);
      const seen = watch(page);
      await openHost(page, `${width}px`, "", parent);
      if (parent === "frames") await observeAfterLoad(page);
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

  // The Arabic edition's embeds (ar/embed/), right to left, in both parents (#21).
  for (const [parent, width] of [
    ["pym", 320],
    ["frames", 1000],
  ] as const) {
    test(`in Arabic, in a ${parent} host column ${width} px wide, each frame fits its content at every state`, async ({
      page,
    }) => {
      test.setTimeout(120_000);
      const seen = watch(page);
      await openHost(page, `${width}px`, "", parent, "ar/");
      if (parent === "frames") await observeAfterLoad(page);
      for (const graphic of GRAPHICS) {
        const frame = page.frameLocator(`#embed-${graphic} iframe`);
        await expect(frame.locator("html")).toHaveAttribute("dir", "rtl");
        const states = statesOf(graphic);
        for (let i = 0; i < states.length; i++) {
          if (i > 0) await frame.getByRole("button", { name: arPage.next }).click();
          await expect(frame.locator("[data-embed-count]")).toHaveText(
            arKitClient.stepCount(i + 1, states.length),
          );
          await expect
            .poll(() => frameFit(page, graphic), { message: `ar ${graphic} state ${i + 1}` })
            .toEqual(FITS);
        }
      }
      for (const graphic of GRAPHICS)
        expect(await embedFrame(page, graphic).evaluate(() => window.violations)).toEqual([]);
      expect(seen).toEqual({ errors: [], foreign: [], dialogs: [] });
    });
  }

  for (const width of [375, 640]) {
    test(`Next reaches every state in date order, and the frame keeps one height (${width} px)`, async ({
      page,
    }) => {
      test.setTimeout(120_000);
      const seen = watch(page);
      await openHost(page, `${width}px`);
      for (const graphic of GRAPHICS) {
        const frame = page.frameLocator(`#embed-${graphic} iframe`);
        const states = statesOf(graphic);
        const dates: string[] = [];
        const heights = new Set<number>();
        for (let i = 0; i < states.length; i++) {
          if (i > 0) await frame.getByRole("button", { name: "Next" }).click();
          await expect(frame.locator("[data-embed-count]")).toHaveText(
            `, ${i + 1} of ${states.length}`,
          );
          await expect.poll(() => frameFit(page, graphic)).toEqual(FITS);
          dates.push((await frame.locator("[data-embed-when]").getAttribute("datetime")) ?? "");
          heights.add(
            await page
              .locator(`#embed-${graphic} iframe`)
              .evaluate((f) => f.getBoundingClientRect().height),
          );
        }
        await expect(frame.getByRole("button", { name: "Next" })).toHaveAttribute(
          "aria-disabled",
          "true",
        );
        expect(dates, graphic).toEqual([...dates].sort());
        expect(heights.size, `${graphic}: ${[...heights].join(", ")} px`).toBe(1);
      }
      expect(seen).toEqual({ errors: [], foreign: [], dialogs: [] });
    });
  }

  test("every beat opens its graphic's embed as the story shows it, stepped with Next", async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const warnings: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "warning" || m.type() === "error") warnings.push(m.text());
    });
    // One load per graphic, at its first beat; Next takes it through the rest, in story order.
    for (const g of manifest.graphics) {
      const first = g.beats[0] as (typeof g.beats)[number];
      await page.goto(`${server.url}${first.embed}`);
      const main = page.locator("main[data-embed]");
      for (const [i, b] of g.beats.entries()) {
        if (i > 0) await page.getByRole("button", { name: "Next" }).click();
        await expect(main, b.id).toHaveAttribute("data-embed-shown", b.id);
        await expect(page.locator("[data-embed-count]")).toHaveText(
          `, ${i + 1} of ${g.beats.length}`,
        );
        await expect(page.locator("[data-embed-when]")).toHaveAttribute("datetime", b.date);
        await expect(page.locator("#embed-description")).toHaveText(b.description);
        await expect(page.locator("svg.live-chart"), b.id).toBeVisible();
      }
      await expect(page.getByRole("button", { name: "Next" })).toHaveAttribute(
        "aria-disabled",
        "true",
      );
      await expect(page.locator("[data-embed-problem]")).toBeHidden();
    }
    expect(warnings).toEqual([]);
  });

  test("a beat's address, fixed, shows that beat; an old id lands on the beat that holds it", async ({
    page,
  }) => {
    const map = manifest.graphics.find((g) => g.graphic === "map");
    const beat = map?.beats.at(-1) as NonNullable<typeof map>["beats"][number];
    await page.goto(`${server.url}${beat.embed}&steps=0`);
    await expect(page.locator("main")).toHaveAttribute("data-embed-shown", beat.id);
    await expect(page.getByRole("button", { name: "Next" })).toBeHidden();
    await expect(page.locator("svg.live-chart")).toBeVisible();
    await page.goto(`${server.url}embed/control.html?beat=seventy-percent`);
    await expect(page.locator("main")).toHaveAttribute("data-embed-shown", "old-city-falls");
    await expect(page.locator("[data-embed-problem]")).toBeHidden();
  });

  test("a mistyped address is named in the frame and in the console", async ({ page }) => {
    const warnings: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "warning") warnings.push(m.text());
    });
    await page.goto(`${server.url}embed/control.html?state=old-ctiy&stat=river`);
    await expect(page.locator("svg.live-chart")).toBeVisible();
    const line = page.locator("[data-embed-problem]");
    await expect(line).toBeVisible();
    await expect(line).toContainText('state "old-ctiy" is not one of start');
    await expect(line).toContainText('"stat" is not a setting it knows');
    expect(warnings.filter((w) => w.includes("old-ctiy"))).toHaveLength(1);
    // A mistyped beat too: the embed shows its states instead.
    await page.goto(`${server.url}embed/map.html?beat=lines-brake`);
    await expect(page.locator("svg.live-chart")).toBeVisible();
    await expect(line).toContainText('beat "lines-brake" is not one of ');
    await expect(page.locator("main")).toHaveAttribute("data-embed-shown", "overview");
    expect(warnings.filter((w) => w.includes("lines-brake"))).toHaveLength(1);
    // An address copied out of HTML source, &amp; and all, is read as meant.
    await page.goto(`${server.url}embed/control.html?state=old-city&amp;steps=0&amp;theme=dark`);
    await expect(page.locator("[data-embed-when]")).toHaveText("6 December 2016");
    await expect(page.getByRole("button", { name: "Next" })).toBeHidden();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    await expect(page.locator("[data-embed-problem]")).toBeHidden();
  });

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
      expect(
        await frame.evaluate(
          () => (document.querySelector("[data-embed-problem]") as HTMLElement).hidden,
        ),
      ).toBe(false);
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
