import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { renderSvg } from "../../../scripts/prerender/renderSvg.ts";
import { overlaps } from "../../../src/charts/labelPlacement.ts";
import { GRAPHICS } from "../../../src/charts/registry.ts";
import type { GraphicDefinition, GraphicState } from "../../../src/charts/types.ts";
import { chartRecords } from "../../../src/data/chartRecords.ts";
import { OFFENSIVE_END } from "../../../src/dates.ts";
import { ar } from "../../../src/locale/ar.ts";
import { LATIN_ALLOWED } from "../../../src/locale/latinAllowed.ts";
import { shippedStory } from "../content/shippedStory.ts";
import { shipped } from "../data/fixtures.ts";
import { drawnArea } from "./drawnArea.ts";

const records = chartRecords(shipped, undefined, ar);
const SIZES = [
  { key: "phone", width: 358, height: 300 },
  { key: "desktop", width: 690, height: 680 },
];

/** A Latin-script word: a letter of the Latin alphabets, accented ones included. */
const LATIN_WORD = /[A-Za-z\u00c0-\u024f]+/g;

/** Every state of a graphic, at each date and highlight the story draws it; else the end. */
function statesOf(name: string, definition: GraphicDefinition): GraphicState[] {
  const seen = new Map<string, GraphicState>();
  for (const state of definition.states) {
    const beats = shippedStory.beats.filter((b) => b.graphic === name && b.state === state);
    const drawn = beats.map((b) => ({ state, date: b.date, highlight: b.highlight }));
    for (const s of drawn.length > 0 ? drawn : [{ state, date: OFFENSIVE_END, highlight: [] }])
      seen.set(JSON.stringify(s), s);
  }
  return [...seen.values()];
}

/** What a reader gets from a drawing: its text, its names, titles and descriptions. */
function readerText(svg: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  const nodes = [...document.querySelectorAll("text, title, desc")].map((n) => n.textContent);
  const labels = [...document.querySelectorAll("[aria-label]")].map((n) =>
    n.getAttribute("aria-label"),
  );
  return [...nodes, ...labels].filter((t): t is string => Boolean(t));
}

/** The Latin words in a line that the allow-list does not allow. */
const latinIn = (text: string) =>
  (text.match(LATIN_WORD) ?? []).filter((w) => !LATIN_ALLOWED.some((a) => a.test(w)));

const cases = Object.entries(GRAPHICS).flatMap(([name, definition]) =>
  statesOf(name, definition).flatMap((state) =>
    SIZES.map((size) => ({ name, definition, state, size })),
  ),
);

describe("every graphic in Arabic", () => {
  it.each(
    cases.map((c) => [`${c.name}/${c.state.state}@${c.state.date} ${c.size.key}`, c] as const),
  )("%s: no Latin words, text inside the frame, none overlapping", (_, c) => {
    const { definition, state, size } = c;
    const svg = renderSvg(definition, records, state, size, "own");
    const words = [
      ...readerText(svg),
      definition.describe(records, state),
      ...definition.headline(records, state).parts,
    ];
    expect(words.flatMap((t) => latinIn(t).map((w) => `${w} in "${t}"`))).toEqual([]);
    // Drawn in the Arabic page (`<html dir="rtl">`): a drawing without a direction of its
    // own would inherit the page's.
    const { texts } = drawnArea(svg, "rtl");
    const drawn = texts.filter((t) => t.text.trim() !== "");
    // Axis numbers are Plot's, set as in English; the edition's words must stay inside.
    const outside = drawn.filter(
      ({ text, box }) =>
        /[\u0600-\u06ff]/.test(text) &&
        (box.x0 < -0.5 || box.y0 < -0.5 || box.x1 > size.width + 0.5 || box.y1 > size.height + 0.5),
    );
    expect(outside.map((t) => t.text)).toEqual([]);
    const clashes = drawn.flatMap((a, i) =>
      drawn.slice(i + 1).flatMap((b) => {
        const shrink = (x: typeof a.box) => ({ ...x, x0: x.x0 + 0.5, x1: x.x1 - 0.5 });
        return overlaps(shrink(a.box), shrink(b.box)) ? [`"${a.text}" / "${b.text}"`] : [];
      }),
    );
    expect(clashes).toEqual([]);
  });

  it.each(Object.entries(GRAPHICS))("%s's table has no Latin words", (_, definition) => {
    const { table } = definition;
    const cells = [table.title(ar), table.name(ar), table.caption(ar), definition.title(ar)];
    const rows = [...table.columns(ar), ...table.rows(records).flat()].map((c) =>
      typeof c === "object" ? `${c.before ?? ""}${c.span.text}` : String(c ?? ""),
    );
    expect([...cells, ...rows].flatMap((t) => latinIn(t).map((w) => `${w} in "${t}"`))).toEqual([]);
  });
});

/** One state per graphic, drawn in Arabic at the snapshots' phone size, as the build would. */
const AR_SNAPSHOTS = [
  { graphic: "control", state: "river", date: "2016-12-13", highlight: [] },
  { graphic: "map", state: "pocket", date: "2016-12-13", highlight: [] },
  { graphic: "evacuation", state: "complete", date: "2016-12-22", highlight: [] },
  { graphic: "casualties", state: "civilians-by-side", date: "2016-12-22", highlight: [] },
  { graphic: "locator", state: "evacuation", date: "2016-12-22", highlight: [] },
];

describe("Arabic snapshots", () => {
  it.each(AR_SNAPSHOTS.map((s) => [s.graphic, s] as const))("%s", async (name, s) => {
    const definition = GRAPHICS[name] as GraphicDefinition;
    const svg = renderSvg(definition, records, s, { width: 358, height: 300 });
    await expect(svg).toMatchFileSnapshot(`__snapshots__/ar/${name}.svg`);
  });
});
