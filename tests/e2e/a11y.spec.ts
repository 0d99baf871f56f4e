import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { GRAPHICS } from "../../src/charts/registry.ts";
import { expect, test } from "./edition.ts";
import { activeBeat, beatIds, openLiveStory, scrollToBeat } from "./story.ts";
import { watchPage } from "./watch.ts";

test.describe("accessibility", () => {
  test("axe finds no violations at the top or at any beat, where the chart has the beat's picture's name and caption", {
    tag: "@not-small-phone",
  }, async ({ page, baseURL, ed }) => {
    test.setTimeout(240_000);
    const watch = watchPage(page, baseURL as string);
    await openLiveStory(page, ed.story);
    // The whole page at the top, the middle and the end; at every beat, what a beat
    // changes: the sticky graphic (chart, title, caption, progress) and the active card.
    const axe = (scope?: string) => {
      const builder = new AxeBuilder({ page }).withTags([
        "wcag2a",
        "wcag2aa",
        "wcag21a",
        "wcag21aa",
        "wcag22aa",
      ]);
      return (scope ? builder.include("[data-graphic]").include(scope) : builder).analyze();
    };
    const found = (violations: Awaited<ReturnType<typeof axe>>["violations"]) =>
      violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    expect(found((await axe()).violations), "top").toEqual([]);
    const ids = await beatIds(page);
    const chart = page.locator("[data-graphic-canvas] > svg");
    const wholePageAt = new Set([ids[Math.floor(ids.length / 2)], ids.at(-1)]);
    for (const id of ids) {
      await scrollToBeat(page, id);
      await expect.poll(() => activeBeat(page)).toBe(id);
      // The live chart is named as the beat's picture, and its caption is the beat's.
      const name = await page.locator(`[data-beat="${id}"] .beat-figure img`).getAttribute("alt");
      await expect(chart, id).toHaveAttribute("aria-label", name as string);
      await expect(chart).toHaveAttribute("role", "img");
      const description = await page
        .locator(`[data-beat="${id}"] .figure-description`)
        .textContent();
      await expect(page.locator("#graphic-description"), id).toHaveText(description as string);
      const scope = wholePageAt.has(id) ? undefined : `[data-beat="${id}"]`;
      expect(found((await axe(scope)).violations), id).toEqual([]);
    }
    expect(watch.errors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });
});

interface AXNode {
  nodeId: string;
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  childIds?: string[];
}

/** What Chromium's accessibility tree exposes inside the image with this name. */
async function exposedInsideImage(page: Page, name: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send("Accessibility.getFullAXTree")) as { nodes: AXNode[] };
  await cdp.detach();
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const image = nodes.find((n) => n.role?.value === "image" && n.name?.value === name);
  if (!image) throw new Error(`no image named "${name}" in the accessibility tree`);
  const exposed: string[] = [];
  const walk = (ids: string[] = []) => {
    for (const id of ids) {
      const node = byId.get(id);
      if (!node) continue;
      if (!node.ignored) exposed.push(`${node.role?.value} "${node.name?.value ?? ""}"`);
      walk(node.childIds);
    }
  };
  walk(image.childIds);
  return exposed;
}

test.describe("the charts in the accessibility tree", () => {
  test("expose their name only: no axis numbers inside the image", async ({ page, ed }) => {
    await openLiveStory(page, ed.story);
    const beats = await page
      .locator("[data-beat]")
      .evaluateAll((els) =>
        els.map((el) => [
          (el as HTMLElement).dataset.beat ?? "",
          (el as HTMLElement).dataset.graphicName ?? "",
        ]),
      );
    const chart = page.locator("[data-graphic-canvas] > svg");
    for (const name of Object.keys(GRAPHICS)) {
      const [id] = beats.find(([, g]) => g === name) ?? [];
      if (!id) throw new Error(`no beat shows the ${name} graphic`);
      await scrollToBeat(page, id);
      await expect.poll(() => activeBeat(page)).toBe(id);
      const label = await page.locator(`[data-beat="${id}"] .beat-figure img`).getAttribute("alt");
      await expect(chart).toHaveAttribute("aria-label", label as string);
      await expect(chart.locator("text").first()).toBeAttached();
      expect(await exposedInsideImage(page, label as string), name).toEqual([]);
    }
  });
});

test.describe("the data tables", () => {
  test("head each row with its date or district, and name the scroller apart from the caption", async ({
    page,
    ed,
  }) => {
    await page.goto(ed.story);
    // The row heads' column, in the edition's words: "Date", "District".
    const rowHeads = Object.values(GRAPHICS).map((g) => g.table.columns(ed.charts)[0]);
    const tables = page.locator(".data-table table");
    await expect(tables).toHaveCount(Object.keys(GRAPHICS).length);
    for (const table of await tables.all()) {
      const caption = (await table.locator("caption").textContent()) ?? "";
      const rowHead = await table.locator("thead th").first().textContent();
      expect(rowHeads, caption).toContain(rowHead);
      const rows = table.locator("tbody tr");
      await expect(table.locator("tbody tr > :first-child")).toHaveCount(await rows.count());
      const heads = await table
        .locator("tbody tr > :first-child")
        .evaluateAll(
          (cells) =>
            cells.filter((c) => c.localName === "th" && c.getAttribute("scope") === "row").length,
        );
      expect(heads, caption).toBe(await rows.count());
      await expect(table.locator("tbody td[scope], tbody tr > th:not(:first-child)")).toHaveCount(
        0,
      );

      const scroller = table.locator("xpath=..");
      const name = (await scroller.getAttribute("aria-label")) ?? "";
      expect(name.length, caption).toBeGreaterThan(0);
      expect(name.length, caption).toBeLessThan(40);
      expect(caption.toLowerCase()).not.toContain(name.toLowerCase());
      expect(name.toLowerCase()).not.toContain(caption.toLowerCase());
    }
    const names = await page
      .locator(".table-scroll")
      .evaluateAll((els) => els.map((el) => el.getAttribute("aria-label")));
    expect(new Set(names).size).toBe(names.length);
  });
});

test.describe("links to a moment", () => {
  test("each has a name of its own: the date and the beat's opening words", async ({
    page,
    ed,
  }) => {
    await page.goto(ed.story);
    const links = page.getByRole("link", { name: ed.words.momentLink("") });
    const ids = await beatIds(page);
    await expect(links).toHaveCount(ids.length);
    const names = await links.evaluateAll((as) => as.map((a) => a.textContent ?? ""));
    expect(new Set(names).size, names.join("\n")).toBe(names.length);
    for (const [i, name] of names.entries()) {
      const id = ids[i] as string;
      const { date, opening: topic } = ed.momentLinkParts(name) ?? {};
      expect(date, name).toMatch(/^\d{1,2} \S/);
      expect(topic?.split(" ").length, name).toBeGreaterThanOrEqual(3);
      // The topic is the beat's own words, not its id.
      const text = await page.locator(`[data-beat="${id}"] .beat-text`).textContent();
      expect(text, name).toContain(topic);
    }
  });
});

test.describe("the graphic's text alternative", () => {
  test("a short name for the picture, and what it shows said once, in the caption", async ({
    page,
    ed,
  }) => {
    await openLiveStory(page, ed.story);
    const ids = await beatIds(page);
    const figure = page.locator(".sticky-figure");
    const chart = page.locator("[data-graphic-canvas] > svg");
    for (const id of [ids[1], ids[Math.floor(ids.length / 2)], ids.at(-1)] as string[]) {
      await scrollToBeat(page, id);
      await expect.poll(() => activeBeat(page)).toBe(id);
      const description = (await page
        .locator(`[data-beat="${id}"] .figure-description`)
        .textContent()) as string;
      expect(description.length, id).toBeGreaterThan(60);
      await expect(page.locator("#graphic-description")).toHaveText(description);
      const name = (await chart.getAttribute("aria-label")) as string;
      expect(ed.isPictureName(name), `${id}: ${name}`).toBe(true);
      // Said once: not as the figure's description, not in the picture's name.
      const alternatives = await figure.evaluate((el) => [
        el.getAttribute("aria-describedby") ?? "",
        ...[...el.querySelectorAll("[aria-label], img[alt]")].map(
          (n) => n.getAttribute("aria-label") ?? n.getAttribute("alt") ?? "",
        ),
      ]);
      expect(
        alternatives.filter((a) => a.includes(description.slice(0, 40))),
        id,
      ).toEqual([]);
      const inCaption = await figure.locator("figcaption").allTextContents();
      expect(inCaption, id).toEqual([description]);
    }
  });
});
