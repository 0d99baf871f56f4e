import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { test as base, expect } from "@playwright/test";
import { GRAPHICS, KNOWN_STATES } from "../../src/charts/registry.ts";
import { parseStory } from "../../src/content/parseStory.ts";
import type { Story } from "../../src/content/story.ts";
import { longDate } from "../../src/dates.ts";
import { raw } from "../../src/html.ts";
import { chartEdition } from "../../src/locale/page/chartEdition.ts";
import { PAGE_WORDS } from "../../src/locale/page/index.ts";
import type { PageWords } from "../../src/locale/page/types.ts";
import type { Edition } from "../../src/locale/types.ts";

/**
 * The edition a browser test reads (#21): one option, set by the project
 * (playwright.config.ts: `desktop`, `phone`, … read English; `desktop-ar`, `phone-ar`, …
 * Arabic), and what a test needs of it: where its pages are and the words it shows, taken
 * from the page's words (src/locale/page/), the charts' edition and the copy, never retyped.
 */
export type EditionKey = "en" | "ar";

/** Each edition's copy and folder in dist/ (vite.config.ts, scripts/prerender/pageEditions.ts). */
const SOURCES: Record<EditionKey, { copy: string; folder: string }> = {
  en: { copy: "src/content/story.aml", folder: "" },
  ar: { copy: "src/content/story.ar.aml", folder: "ar/" },
};

export interface EditionUnderTest {
  key: EditionKey;
  /** The story's address from the server's root ("/", "/ar/"), and its list's. */
  story: string;
  list: string;
  /** A page of the edition's folder: `at("#hanano-falls")` is "/ar/#hanano-falls" in Arabic. */
  at(path: string): string;
  /** The page's own words, the charts' edition and the copy (its headline, its beats). */
  words: PageWords;
  charts: Edition;
  copy: Story;
  /** Whether `name` is a picture's short name: a graphic's short title and a 2016 date. */
  isPictureName(name: string): boolean;
  /** The key toggle's accessible name: its words round the two keys, however spaced. */
  keysToggleName: RegExp;
  /**
   * Where a beat's link points: its moment's share page, `moments/<id>.html`; in Arabic the
   * beat itself, `#<id>`, while the Arabic moments are not written (the page writer's
   * `beatLinks: "anchor"`, scripts/prerender/buildPage.ts).
   */
  momentHref(id: string): string;
  /** A beat's moment link's name, split into its date and its opening words; or undefined. */
  momentLinkParts(name: string): { date: string; opening: string } | undefined;
}

const ROOT = resolve(import.meta.dirname, "../..");
const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Every day of the story's two months in 2016, as an edition's long date writes it. */
function longDates(charts: Edition): Set<string> {
  const days: string[] = [];
  for (let d = new Date("2016-11-01"); d.getUTCMonth() <= 11 && d.getUTCFullYear() === 2016; ) {
    days.push(longDate(d.toISOString().slice(0, 10), charts));
    d = new Date(d.getTime() + 86_400_000);
  }
  return new Set(days);
}

function editionUnderTest(key: EditionKey): EditionUnderTest {
  const { copy, folder } = SOURCES[key];
  const words = PAGE_WORDS[key] as PageWords;
  const charts = chartEdition(words.lang);
  const titles = Object.values(GRAPHICS).map((g) => g.shortTitle(charts));
  const dates = longDates(charts);
  // The moment link's name round two markers, to read a name back into its parts.
  const [before = "", rest = ""] = words
    .momentLink(words.momentName("{date}", "{opening}"))
    .split("{date}");
  const [between = "", after = ""] = rest.split("{opening}");
  const moment = new RegExp(`^${literal(before)}(.+?)${literal(between)}(.+?)…?${literal(after)}$`);
  return {
    key,
    story: `/${folder}`,
    list: `/${folder}list.html`,
    at: (path) => `/${folder}${path.replace(/^\//, "")}`,
    words,
    charts,
    copy: parseStory(readFileSync(resolve(ROOT, copy), "utf8"), copy, KNOWN_STATES),
    keysToggleName: new RegExp(
      words
        .keysToggle(raw("j"), raw("k"))
        .text.split(/\s*\b([jk])\b\s*/)
        .map((part, i) => (i % 2 ? `\\s*${part}\\s*` : literal(part)))
        .join(""),
    ),
    momentHref: (id) => (key === "en" ? `moments/${id}.html` : `#${id}`),
    isPictureName: (name) =>
      titles.some((t) => [...dates].some((d) => name === charts.common.pictureName(t, d))),
    momentLinkParts(name) {
      const [, date = "", opening = ""] = name.match(moment) ?? [];
      return date && opening ? { date, opening } : undefined;
    },
  };
}

const EDITIONS_UNDER_TEST = {
  en: editionUnderTest("en"),
  ar: editionUnderTest("ar"),
};

export const test = base.extend<{ ed: EditionUnderTest }, { edition: EditionKey }>({
  edition: ["en", { option: true, scope: "worker" }],
  ed: async ({ edition }, use) => {
    await use(EDITIONS_UNDER_TEST[edition]);
  },
});

export { expect };
