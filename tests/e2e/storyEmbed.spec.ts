import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Frame, type Page, test } from "@playwright/test";
import { recordViolations, serveHosts, watchFrames } from "./host.ts";
import { serveStrict } from "./strictServer.ts";

/**
 * The whole story inside a newsroom's page on another origin, framed by the real pym.js
 * parent we ship, at the host's full width: one frame with trackscroll, which the story
 * follows, and one without, which keeps the list view.
 */
const DIST = resolve(import.meta.dirname, "../../dist");
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

/** The editors' snippet, twice: with trackscroll, then without, between a host's own text. */
function hostPage() {
  const text = (n: number) =>
    Array.from({ length: n }, () => "<p>The host's own article goes on here.</p>").join("");
  const embed = (id: string, extra: string) =>
    `<div id="${id}" data-pym-src="${server.url}embed/story.html" data-pym-title="The fall of east Aleppo"${extra}></div>`;
  return `<!doctype html><html lang="en"><head><meta name="viewport" content="width=device-width, initial-scale=1"><title>Host</title><link rel="icon" href="data:,">
<style>body{margin:0;font:18px/1.5 sans-serif}p{margin:0 1rem 1rem}</style></head><body><main>
<h1>A host's article</h1>${text(20)}${embed("tracked", " data-pym-trackscroll")}${text(4)}${embed("plain", "")}${text(10)}
</main><script src="${server.url}embed/pym.v1.min.js"></script></body></html>`;
}

function storyFrame(page: Page, id: string): Frame {
  const frame = page.frames().find((f) => f.url().includes(`childId=${id}`));
  if (!frame) throw new Error(`no frame in #${id}`);
  return frame;
}

const hostMode = (frame: Frame) => frame.evaluate(() => document.documentElement.dataset.host);

/** Where the frame's top is in the host's page, and the host viewport's height. */
const frameTop = (page: Page, id: string) =>
  page.evaluate((i) => {
    const frame = document.querySelector(`#${i} iframe`) as HTMLIFrameElement;
    return frame.getBoundingClientRect().top + window.scrollY;
  }, id);

/**
 * Scrolls the host so the beat's top sits just above the story's reading line, in what the
 * reader sees of the host's window below its sticky header (`header` px tall).
 */
async function scrollHostToBeat(page: Page, frame: Frame, id: string, beat: string, header = 0) {
  const inFrame = await frame.evaluate((b) => {
    const el = document.querySelector(`[data-beat="${b}"]`) as HTMLElement;
    // The story's rule (src/story/activeBeat.ts), at the frame's width.
    return { top: el.getBoundingClientRect().top, line: window.innerWidth >= 900 ? 0.5 : 0.6 };
  }, beat);
  const top = await frameTop(page, id);
  await page.evaluate(
    ({ y, line, header }) =>
      window.scrollTo(0, y - header - (window.innerHeight - header) * line + 4),
    { y: top + inFrame.top, line: inFrame.line, header },
  );
}

/**
 * Where the graphic is in the host's viewport: inside it, or (before the story has reached
 * the viewport's top) still at its own place at the top of the story, its top in view.
 */
async function graphicPlace(page: Page, frame: Frame, id: string) {
  const g = await frame.evaluate(() => {
    const graphic = document.querySelector("[data-graphic]") as HTMLElement;
    const story = document.querySelector("#story") as HTMLElement;
    const box = graphic.getBoundingClientRect();
    return {
      top: box.top,
      bottom: box.bottom,
      unmoved: box.top === story.getBoundingClientRect().top,
      // Past the story's end it would stretch the frame's page, which would then scroll.
      frameScrolled: window.scrollY !== 0,
    };
  });
  if (g.frameScrolled) return "past the story, scrolling the frame";
  const host = await page.evaluate(
    (i) => ({
      frame: (document.querySelector(`#${i} iframe`) as HTMLElement).getBoundingClientRect().top,
      height: window.innerHeight,
    }),
    id,
  );
  const top = host.frame + g.top;
  const bottom = host.frame + g.bottom;
  if (top < -1) return "above the viewport";
  if (bottom <= host.height + 1) return "inside";
  return g.unmoved && top < host.height / 2 ? "at its place" : "past the viewport";
}

const frameHeight = (page: Page, id: string) =>
  page.evaluate(
    (i) => (document.querySelector(`#${i} iframe`) as HTMLElement).getBoundingClientRect().height,
    id,
  );

/** How the frame's height compares with what its content needs. */
async function frameFit(page: Page, frame: Frame, id: string) {
  const height = await page.evaluate(
    (i) => (document.querySelector(`#${i} iframe`) as HTMLElement).getBoundingClientRect().height,
    id,
  );
  const content = await frame.evaluate(() => {
    const root = document.documentElement;
    const needed = (
      document.querySelector("[data-story-embed]") as HTMLElement
    ).getBoundingClientRect();
    return {
      needed: Math.ceil(needed.bottom),
      scrolls: root.scrollHeight > root.clientHeight || root.scrollWidth > root.clientWidth,
    };
  });
  const band = height - content.needed;
  return { cutOff: band < 0, emptyBandOver24: band > 24, innerScrollbar: content.scrolls };
}

const FITS = { cutOff: false, emptyBandOver24: false, innerScrollbar: false };

test.describe("the whole story, embedded", { tag: "@not-small-phone" }, () => {
  test("follows the host's scroll with trackscroll, and stays a list without", async ({ page }) => {
    test.setTimeout(180_000);
    await recordViolations(page);
    const seen = watchFrames(page, hosts.url, server.url);
    await page.goto(hosts.add(hostPage()));
    await expect.poll(() => page.frames().length).toBe(3);
    const tracked = storyFrame(page, "tracked");
    const plain = storyFrame(page, "plain");

    // Both hosts answer the question; neither has scrolled yet, so both are lists.
    for (const frame of [tracked, plain]) await expect.poll(() => hostMode(frame)).toBe("answered");

    const ids = await tracked
      .locator("[data-beat]")
      .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.beat ?? ""));
    expect(ids.length).toBeGreaterThanOrEqual(30);
    // The reader scrolls the host to a beat of the list: the story takes over there, in a
    // frame of the same height (the host's page does not jump under the reader).
    await tracked.evaluate(() => document.fonts.ready);
    const listHeight = await frameHeight(page, "tracked");
    const active = () => tracked.evaluate(() => document.documentElement.dataset.activeBeat);
    await scrollHostToBeat(page, tracked, "tracked", ids[10] as string);
    await expect.poll(() => hostMode(tracked)).toBe("driven");
    await expect(tracked.locator("html")).not.toHaveClass(/list-view/);
    await expect.poll(active).toBe(ids[10]);
    await page.waitForTimeout(500);
    expect(Math.abs((await frameHeight(page, "tracked")) - listHeight)).toBeLessThanOrEqual(4);

    // The story's own Next button, once the reader sees it, asks the host to scroll the
    // next beat to the reading line.
    await expect.poll(() => graphicPlace(page, tracked, "tracked")).toBe("inside");
    await tracked.locator('[data-graphic] [data-step="next"]').click();
    await expect.poll(active).toBe(ids[11]);

    for (const beat of ids) {
      await scrollHostToBeat(page, tracked, "tracked", beat);
      await expect.poll(active, { message: beat }).toBe(beat);
      await expect
        .poll(() => graphicPlace(page, tracked, "tracked"), { message: beat })
        .toMatch(/^(inside|at its place)$/);
    }
    await expect(tracked.locator("[data-graphic]")).toHaveAttribute("data-graphic-live", "true");

    // Past the story, the graphic stays with it rather than with the host's viewport.
    const frameBottom = await page.evaluate(
      () =>
        (document.querySelector("#tracked iframe") as HTMLElement).getBoundingClientRect().bottom +
        window.scrollY,
    );
    await page.evaluate((y) => window.scrollTo(0, y - 100), frameBottom);
    await expect
      .poll(() =>
        tracked.evaluate(() => {
          const graphic = (
            document.querySelector("[data-graphic]") as HTMLElement
          ).getBoundingClientRect();
          const story = (document.querySelector("#story") as HTMLElement).getBoundingClientRect();
          return Math.abs(graphic.bottom - story.bottom) < 1;
        }),
      )
      .toBe(true);

    // Without trackscroll: the list view, every beat with its own picture.
    await expect.poll(() => hostMode(plain)).toBe("answered");
    await expect(plain.locator("html")).toHaveClass(/list-view/);
    await expect(plain.locator("[data-graphic]")).toBeHidden();
    for (const beat of ids) {
      const figure = plain.locator(`[data-beat="${beat}"] .beat-figure img`);
      await figure.scrollIntoViewIfNeeded();
      await expect(plain.locator(`[data-beat="${beat}"] .beat-text`)).toBeVisible();
      await expect(figure).toBeVisible();
      await expect
        .poll(() => figure.evaluate((img) => (img as HTMLImageElement).naturalWidth), {
          message: beat,
        })
        .toBeGreaterThan(0);
    }

    // "Show the data" opens the table and asks the host to scroll it to 16 px below its top.
    const dataLink = plain.locator(`[data-beat="${ids[0]}"] .beat-figure a`);
    const table = plain.locator(
      `details:has(> summary)#${(await dataLink.getAttribute("href"))?.slice(1)}`,
    );
    await dataLink.click();
    await expect(table).toHaveAttribute("open", "");
    await expect
      .poll(async () => {
        const top = await table.evaluate((t) => t.getBoundingClientRect().top);
        const frame = await page.evaluate(
          () =>
            (document.querySelector("#plain iframe") as HTMLElement).getBoundingClientRect().top,
        );
        return Math.abs(frame + top - 16) <= 2;
      })
      .toBe(true);

    for (const [frame, id] of [
      [tracked, "tracked"],
      [plain, "plain"],
    ] as const)
      await expect.poll(() => frameFit(page, frame, id), { message: id }).toEqual(FITS);

    const { violations } = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
      .analyze();
    expect(
      violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    ).toEqual([]);
    for (const frame of [tracked, plain])
      expect(await frame.evaluate(() => window.violations)).toEqual([]);
    expect(seen).toEqual({ errors: [], foreign: [], dialogs: [] });
  });
});

/** A host whose masthead, 60 px tall, sticks to the top of its window over the story. */
const HEADER = 60;
function headerHostPage(path: string) {
  const text = (n: number) =>
    Array.from({ length: n }, () => "<p>The host's own article goes on here.</p>").join("");
  return `<!doctype html><html lang="en"><head><meta name="viewport" content="width=device-width, initial-scale=1"><title>Host</title><link rel="icon" href="data:,">
<style>body{margin:0;font:18px/1.5 sans-serif}p{margin:0 1rem 1rem}
header{position:sticky;top:0;z-index:1;height:${HEADER}px;background:#fff;border-bottom:1px solid #ccc}</style></head><body>
<header><p>The host's masthead</p></header><main><h1>A host's article</h1>${text(20)}
<div id="tracked" data-pym-src="${server.url}${path}" data-pym-title="The fall of east Aleppo" data-pym-trackscroll></div>${text(10)}
</main><script src="${server.url}embed/pym.v1.min.js"></script></body></html>`;
}

/**
 * Where the graphic's controls (date, progress, Previous and Next) are in the host's window,
 * and what the host's page has at the Next button's middle: the frame, or its header.
 */
async function controlsPlace(page: Page, frame: Frame) {
  const bar = await frame.evaluate(() => {
    const box = (s: string) => (document.querySelector(s) as HTMLElement).getBoundingClientRect();
    const next = box('[data-graphic] [data-step="next"]');
    return {
      top: box("[data-graphic] .graphic-bar").top,
      x: next.x + next.width / 2,
      y: next.y + next.height / 2,
    };
  });
  return page.evaluate(
    ({ top, x, y, header }) => {
      const box = (
        document.querySelector("#tracked iframe") as HTMLElement
      ).getBoundingClientRect();
      const at = { top: box.top + top, x: box.left + x, y: box.top + y };
      const hit = at.y < window.innerHeight ? document.elementFromPoint(at.x, at.y) : null;
      return { underHeader: at.top < header, nextHits: hit?.tagName.toLowerCase() ?? "off screen" };
    },
    { ...bar, header: HEADER },
  );
}

test.describe("the whole story, under a host's sticky header", { tag: "@not-small-phone" }, () => {
  test("a host with a 60 px sticky header: the controls are never under it", async ({ page }) => {
    test.setTimeout(180_000);
    const seen = watchFrames(page, hosts.url, server.url);
    await page.goto(hosts.add(headerHostPage(`embed/story.html?top=${HEADER}`)));
    await expect.poll(() => page.frames().length).toBe(2);
    const frame = storyFrame(page, "tracked");
    await expect.poll(() => hostMode(frame)).toBe("answered");
    const ids = await frame
      .locator("[data-beat]")
      .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.beat ?? ""));
    const active = () => frame.evaluate(() => document.documentElement.dataset.activeBeat);

    for (const beat of ids) {
      await scrollHostToBeat(page, frame, "tracked", beat, HEADER);
      await expect.poll(active, { message: beat }).toBe(beat);
      await expect
        .poll(() => controlsPlace(page, frame), { message: beat })
        .toEqual({ underHeader: false, nextHits: "iframe" });
    }

    // Next asks the host to bring the next beat into view below its header, not under it.
    await scrollHostToBeat(page, frame, "tracked", ids[5] as string, HEADER);
    await expect.poll(active).toBe(ids[5]);
    await expect
      .poll(() => controlsPlace(page, frame))
      .toEqual({ underHeader: false, nextHits: "iframe" });
    await frame.locator('[data-graphic] [data-step="next"]').click();
    await expect.poll(active).toBe(ids[6]);
    await expect
      .poll(async () => {
        const inFrame = await frame.evaluate(
          (b) =>
            (document.querySelector(`[data-beat="${b}"]`) as HTMLElement).getBoundingClientRect()
              .top,
          ids[6] as string,
        );
        return (
          (await frameTop(page, "tracked")) - (await page.evaluate(() => window.scrollY)) + inFrame
        );
      })
      .toBeGreaterThan(HEADER);
    expect(seen).toEqual({ errors: [], foreign: [], dialogs: [] });
  });
});

test.describe("a chapter of the story, embedded", { tag: "@not-small-phone" }, () => {
  test("shows its section's beats alone, driven like the story, at one height", async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const manifest = JSON.parse(readFileSync(resolve(DIST, "embeds.json"), "utf8"));
    const chapter = manifest.story.chapters[3] as { id: string; title: string; embed: string };
    const seen = watchFrames(page, hosts.url, server.url);
    await page.goto(hosts.add(headerHostPage(`${chapter.embed}?top=${HEADER}`)));
    await expect.poll(() => page.frames().length).toBe(2);
    const frame = storyFrame(page, "tracked");
    await expect.poll(() => hostMode(frame)).toBe("answered");
    await expect(frame.locator(".chapter-head")).toHaveText([chapter.title]);
    await expect(frame.locator(`#section-${chapter.id}`)).toHaveCount(1);
    const ids = await frame
      .locator("[data-beat]")
      .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.beat ?? ""));
    expect(ids.length).toBeGreaterThan(1);
    await frame.evaluate(() => document.fonts.ready);
    const listHeight = await frameHeight(page, "tracked");

    const active = () => frame.evaluate(() => document.documentElement.dataset.activeBeat);
    for (const beat of ids) {
      await scrollHostToBeat(page, frame, "tracked", beat, HEADER);
      await expect.poll(() => hostMode(frame)).toBe("driven");
      await expect.poll(active, { message: beat }).toBe(beat);
      await expect
        .poll(() => controlsPlace(page, frame), { message: beat })
        .toEqual({ underHeader: false, nextHits: "iframe" });
      // Once the beat has settled: on a busy machine the frame's report can trail a step.
      await expect
        .poll(async () => Math.abs((await frameHeight(page, "tracked")) - listHeight), {
          message: beat,
        })
        .toBeLessThanOrEqual(4);
    }
    await expect(frame.locator("[data-graphic]")).toHaveAttribute("data-graphic-live", "true");
    expect(seen).toEqual({ errors: [], foreign: [], dialogs: [] });
  });
});
