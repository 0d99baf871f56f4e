import type { Page } from "@playwright/test";
import { SOURCE_LICENCE_NAME, SOURCE_TITLE } from "../../scripts/prerender/source.ts";
import { LATIN_ALLOWED, PAGE_LATIN_ALLOWED } from "../../src/locale/latinAllowed.ts";
import { PAGE_WORDS } from "../../src/locale/page/index.ts";
import { expect, test } from "./edition.ts";
import { activeBeat, beatIds, openLiveStory, scrollToBeat } from "./story.ts";
import { watchPage } from "./watch.ts";

/**
 * What only the Arabic edition has to show (#21): its language and direction, the switch
 * between the editions, and no Latin-script word a reader would meet. Everything else a
 * reader does is tested in both editions by the other specs (tests/e2e/edition.ts); this
 * spec runs in the Arabic projects only (playwright.config.ts).
 */

/** Latin the page may show: the page's own allowances, the charts' and the source's name. */
const ALLOWED: readonly (string | RegExp)[] = [
  SOURCE_TITLE,
  SOURCE_LICENCE_NAME,
  ...PAGE_LATIN_ALLOWED,
  ...LATIN_ALLOWED,
];

/** A Latin-script word: a letter of the Latin alphabets, accented ones included. */
const LATIN_WORD = /[A-Za-z\u00c0-\u024f]+/g;

/** The Latin words in `text` that no allowance covers. */
function latinWords(text: string): string[] {
  const cut = ALLOWED.reduce<string>(
    (s, a) => (typeof a === "string" ? s.split(a).join(" ") : a.global ? s.replace(a, " ") : s),
    text,
  );
  const wordRules = ALLOWED.filter((a): a is RegExp => typeof a !== "string" && !a.global);
  return (cut.match(LATIN_WORD) ?? []).filter((w) => !wordRules.some((r) => r.test(w)));
}

/**
 * Runs in the page: what a reader meets as words, by where it is: the visible text (the
 * charts' included), the title, every accessible name, description and alternative, and
 * each line the live region may say.
 */
function readerText(): Record<string, string[]> {
  const attributes = ["aria-label", "aria-description", "alt", "title", "aria-roledescription"];
  const named = [...document.querySelectorAll(attributes.map((a) => `[${a}]`).join(","))];
  const beats = [...document.querySelectorAll<HTMLElement>("[data-beat]")];
  return {
    title: [document.title],
    // biome-ignore lint/performance/useDomNodeTextContent: the text as shown, not styles' or hidden
    visible: [document.body.innerText],
    charts: [...document.querySelectorAll("svg text")].map((t) => t.textContent ?? ""),
    names: named.flatMap((el) => attributes.map((a) => el.getAttribute(a) ?? "")),
    "live region": [
      document.querySelector("[data-announcer]")?.textContent ?? "",
      ...beats.flatMap((b) => [b.dataset.announce ?? "", b.dataset.announceNew ?? ""]),
    ],
  };
}

/** Each Latin word the page shows that it should not, with where it is. */
async function unexpectedLatin(page: Page): Promise<string[]> {
  const found = await page.evaluate(readerText);
  return Object.entries(found).flatMap(([where, texts]) =>
    texts.flatMap(latinWords).map((word) => `${where}: ${word}`),
  );
}

test.describe("the Arabic edition (ar/)", () => {
  test("both its pages are Arabic, right to left", async ({ page, ed }) => {
    for (const path of [ed.story, ed.list]) {
      await page.goto(path);
      await expect(page.locator("html"), path).toHaveAttribute("lang", ed.words.lang);
      await expect(page.locator("html"), path).toHaveAttribute("dir", "rtl");
      expect(await page.evaluate(() => getComputedStyle(document.body).direction), path).toBe(
        "rtl",
      );
    }
  });

  test("shows no Latin-script word outside the allowed lists, in text, names, title or live region", async ({
    page,
    ed,
  }) => {
    // The live charts at three beats (each draws its own words), then the list's pictures.
    await openLiveStory(page, ed.story);
    const ids = await beatIds(page);
    const found = new Set<string>();
    for (const id of [ids[0], ids[Math.floor(ids.length / 2)], ids.at(-1)] as string[]) {
      await scrollToBeat(page, id);
      await expect.poll(() => activeBeat(page)).toBe(id);
      for (const word of await unexpectedLatin(page)) found.add(`${id}, ${word}`);
    }
    await page.goto(ed.list);
    for (const word of await unexpectedLatin(page)) found.add(`list, ${word}`);
    expect([...found]).toEqual([]);
  });

  test("the language switch lands on the same beat, both ways", async ({ page, ed, baseURL }) => {
    const watch = watchPage(page, baseURL as string);
    const english = PAGE_WORDS.en;
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.goto("/");
    const toArabic = page.locator("[data-language-switch]");
    await expect(toArabic).toHaveText(ed.words.languageName);
    // Without a beat yet, the other edition's top.
    await expect(toArabic).toHaveAttribute("href", "ar/");
    const ids = await beatIds(page);
    const id = ids[3] as string;
    await scrollToBeat(page, id);
    await expect.poll(() => activeBeat(page)).toBe(id);
    await expect(toArabic).toHaveAttribute("href", `ar/#${id}`);
    await toArabic.click();
    await expect(page).toHaveURL(new URL(ed.at(`#${id}`), baseURL).href);
    await expect.poll(() => activeBeat(page)).toBe(id);
    const next = ids[5] as string;
    await scrollToBeat(page, next);
    await expect.poll(() => activeBeat(page)).toBe(next);
    const toEnglish = page.locator("[data-language-switch]");
    await expect(toEnglish).toHaveText(english?.languageName ?? "");
    await expect(toEnglish).toHaveAttribute("href", `../#${next}`);
    await toEnglish.click();
    await expect(page).toHaveURL(new URL(`/#${next}`, baseURL).href);
    await expect.poll(() => activeBeat(page)).toBe(next);
    expect(watch.errors).toEqual([]);
  });

  test("each page names the other edition's page of the same view as its alternate and its switch", async ({
    page,
    ed,
    baseURL,
  }) => {
    const address = (path: string) => new URL(path, baseURL).href;
    const pages = [
      { path: "/", other: ed.story, english: "/" },
      { path: "/list.html", other: ed.list, english: "/list.html" },
      { path: ed.story, other: "/", english: "/" },
      { path: ed.list, other: "/list.html", english: "/list.html" },
    ];
    for (const { path, other, english } of pages) {
      await page.goto(path);
      const own = path === "/" || path === "/list.html" ? english : path;
      const alternates = await page
        .locator('link[rel="alternate"][hreflang]')
        .evaluateAll((links) =>
          links.map((l) => `${l.getAttribute("hreflang")} ${(l as HTMLLinkElement).href}`),
        );
      const [en, ar] = own === english ? [own, other] : [other, own];
      expect(alternates, path).toEqual([
        `en ${address(en)}`,
        `ar ${address(ar)}`,
        `x-default ${address(en)}`,
      ]);
      const href = await page
        .locator("[data-language-switch]")
        .evaluate((a) => (a as HTMLAnchorElement).href);
      expect(href.replace(/#.*$/, ""), path).toBe(address(other));
    }
  });
});
