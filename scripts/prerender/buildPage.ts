import { KNOWN_STATES } from "../../src/charts/registry.ts";
import { parseStory } from "../../src/content/parseStory.ts";
import { chartRecords, unclearClaims } from "../../src/data/chartRecords.ts";
import type { Datasets } from "../../src/data/datasets/index.ts";
import { chartEdition } from "../../src/locale/page/chartEdition.ts";
import { languageKey } from "../../src/locale/page/client.ts";
import { cssVariables } from "../../src/styles/tokens.ts";
import { languageAlternates, languageSwitch } from "../page/languageLinks.ts";
import { html, lines, raw } from "./html.ts";
import { ENGLISH_EDITION, editionRoot, type PageEdition } from "./pageEditions.ts";
import { chartsLanguage, type PagePlace, STORY_PAGE } from "./pagePlace.ts";
import { renderColophon } from "./renderColophon.ts";
import { renderCorrections } from "./renderCorrections.ts";
import { renderExplore } from "./renderExplore.ts";
import { renderAbout, renderDataSection, renderMasthead } from "./renderFrame.ts";
import { renderStory } from "./renderStory.ts";
import { renderTables } from "./renderTables.ts";
import { staticGraphics } from "./staticGraphics.ts";

/**
 * Everything the build puts into the page, from validated data and parsed copy: the head's
 * additions, the prerendered body, the static graphics, and what the browser is handed.
 *
 * `edition` is the language the page is written in (English by default), `editions` every
 * edition the build writes, which its head lists and its masthead links to.
 */
export function buildPage(
  data: Datasets,
  copy: string,
  copyFile: string,
  base?: string,
  edition: PageEdition = ENGLISH_EDITION,
  editions: readonly PageEdition[] = [edition],
) {
  const story = parseStory(copy, copyFile, KNOWN_STATES);
  const { words } = edition.language;
  // The edition the page is written in: every word and format the charts write (src/locale).
  const records = chartRecords(data, unclearClaims(data), chartEdition(words.lang));
  const { files, byBeat } = staticGraphics(story.beats, records);
  const { lang, dir } = records.edition;
  const own: PagePlace = {
    root: editionRoot(edition),
    ...(edition === ENGLISH_EDITION ? {} : { language: edition.language, beatLinks: "anchor" }),
    ...(languageKey(lang) === languageKey(words.lang) ? {} : { charts: { lang, dir } }),
  };
  const others = editions.filter((e) => e !== edition);
  const switches = others.map((e) => languageSwitch(e, edition, "story", base)).join("");

  // The page's title and description are the shell's (scripts/page/pageShell.ts).
  const head = lines([
    html`<style>${raw(cssVariables())}</style>`,
    others.length > 0 && languageAlternates(editions, edition, base),
  ]).text;
  /**
   * The story's body as a page at `place` shows it: the story page's own, or a frame's; with
   * `section`, a chapter's (that section's beats alone).
   */
  const bodyAt = (place: PagePlace, section?: string) =>
    lines(
      [
        renderMasthead(story, place, place.framed ? undefined : switches),
        renderStory(story, byBeat, place, base, section),
        // The explore section is the story page's own; a frame has its own embed of it.
        place.framed ? "" : renderExplore(records, words),
        renderCorrections(story, words),
        renderAbout(story, place),
        renderTables(records, words, chartsLanguage(place)),
        renderDataSection(data, place),
        // The printed copy's last lines; a frame is not printed as the story.
        ...(place.framed
          ? []
          : [renderColophon(words, base && new URL(edition.folder, base).href)]),
      ].map(raw),
    ).text;
  const place = edition === ENGLISH_EDITION ? STORY_PAGE : own;
  return {
    head,
    body: bodyAt(place),
    /** Where the page's own body is: its root, language and links (a frame's starts here). */
    place,
    edition,
    bodyAt,
    records,
    files,
    story,
    graphics: byBeat,
  };
}
