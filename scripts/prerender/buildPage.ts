import { KNOWN_STATES } from "../../src/charts/registry.ts";
import { parseStory } from "../../src/content/parseStory.ts";
import { chartRecords, unclearClaims } from "../../src/data/chartRecords.ts";
import type { Datasets } from "../../src/data/datasets/index.ts";
import { en } from "../../src/locale/en.ts";
import { cssVariables } from "../../src/styles/tokens.ts";
import { html, lines, raw } from "./html.ts";
import { type PagePlace, STORY_PAGE } from "./pagePlace.ts";
import { renderCorrections } from "./renderCorrections.ts";
import { renderAbout, renderDataSection, renderMasthead } from "./renderFrame.ts";
import { renderStory } from "./renderStory.ts";
import { renderTables } from "./renderTables.ts";
import { staticGraphics } from "./staticGraphics.ts";

/**
 * Everything the build puts into the page, from validated data and parsed copy: the head's
 * additions, the prerendered body, the static graphics, and what the browser is handed.
 */
export function buildPage(data: Datasets, copy: string, copyFile: string, base?: string) {
  const story = parseStory(copy, copyFile, KNOWN_STATES);
  // The edition the page is written in: every word and format the charts write (src/locale).
  const records = chartRecords(data, unclearClaims(data), en);
  const { files, byBeat } = staticGraphics(story.beats, records);

  // The page's title and description are the shell's (scripts/page/pageShell.ts).
  const head = html`<style>${raw(cssVariables())}</style>`.text;
  /**
   * The story's body as a page at `place` shows it: the story page's own, or a frame's; with
   * `section`, a chapter's (that section's beats alone).
   */
  const bodyAt = (place: PagePlace, section?: string) =>
    lines(
      [
        renderMasthead(story, place),
        renderStory(story, byBeat, place, base, section),
        renderCorrections(story),
        renderAbout(story, place),
        renderTables(records),
        renderDataSection(data, place),
      ].map(raw),
    ).text;
  return {
    head,
    body: bodyAt(STORY_PAGE),
    bodyAt,
    records,
    files,
    story,
    graphics: byBeat,
  };
}
