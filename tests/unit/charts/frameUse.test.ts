import { describe, expect, it } from "vitest";
import { renderSvg } from "../../../scripts/prerender/renderSvg.ts";
import { PICTURE_CHART_SIZE, STATIC_SIZES } from "../../../scripts/prerender/staticGraphics.ts";
import { isNarrow } from "../../../src/charts/chartStyle.ts";
import { GRAPHICS } from "../../../src/charts/registry.ts";
import type { GraphicState, Size } from "../../../src/charts/types.ts";
import { OFFENSIVE_END } from "../../../src/dates.ts";
import { shippedStory } from "../content/shippedStory.ts";
import { drawnArea } from "./drawnArea.ts";
import { records } from "./records.ts";

/**
 * The sizes a graphic is drawn at: every static picture (STATIC_SIZES, the snapshots' phone
 * among them), the share cards' and pictures' chart, and the live graphic beside the text
 * on a 1280×800 screen.
 */
const SIZES: (Size & { key: string })[] = [
  ...STATIC_SIZES.map(({ key, width, height }) => ({ key, width, height })),
  { key: "picture", ...PICTURE_CHART_SIZE },
  { key: "desktop", width: 690, height: 680 },
];

/** Labels read at 12 px or more on any frame, and at 14 px or more on a wide one. */
const SMALLEST_TEXT = 12;
const SMALLEST_WIDE_TEXT = 14;
/** No frame is more than a third empty: what is drawn spans two thirds of each side. */
const LEAST_SPAN = 2 / 3;

/**
 * Graphics at sizes where other people's charts fail today, each with why (December 2026):
 * every such case is written `it.fails`, so a fix shows up here as a failure; then remove
 * its line. Keys: `<graphic> <size key>`.
 */
const KNOWN_FAILURES: Record<string, string> = {};

/** Every state of every graphic, at each date and highlight the story draws it; else the last day. */
function statesOf(name: string): GraphicState[] {
  const definition = GRAPHICS[name];
  if (!definition) return [];
  const seen = new Map<string, GraphicState>();
  for (const state of definition.states) {
    const beats = shippedStory.beats.filter((b) => b.graphic === name && b.state === state);
    const drawn = beats.map((b) => ({ state, date: b.date, highlight: b.highlight }));
    for (const s of drawn.length > 0 ? drawn : [{ state, date: OFFENSIVE_END, highlight: [] }])
      seen.set(JSON.stringify(s), s);
  }
  return [...seen.values()];
}

const cases = Object.keys(GRAPHICS).flatMap((name) =>
  statesOf(name).flatMap((state) =>
    SIZES.map((size) => {
      const key = `${name}/${state.state}@${state.date}${state.highlight.length > 0 ? `+${state.highlight.join(",")}` : ""} ${size.key}`;
      return { key, name, state, size };
    }),
  ),
);

describe("every graphic uses its frame", () => {
  it("draws every state of every graphic", () => {
    expect(new Set(cases.map((c) => c.name))).toEqual(new Set(Object.keys(GRAPHICS)));
  });

  for (const { key, name, state, size } of cases) {
    const known = KNOWN_FAILURES[`${name} ${size.key}`];
    const test = known ? it.fails : it;
    test(`${key} (${size.width}×${size.height})${known ? `: known to fail, ${known}` : ""}`, () => {
      const definition = GRAPHICS[name];
      if (!definition) throw new Error(name);
      const { box, texts } = drawnArea(renderSvg(definition, records, state, size, "own"));
      const problems: string[] = [];
      const least = isNarrow(size) ? SMALLEST_TEXT : SMALLEST_WIDE_TEXT;
      const small = texts.filter((t) => t.fontSize < least);
      if (small.length > 0)
        problems.push(`text under ${least} px: ${small.map((t) => `"${t.text}" ${t.fontSize}`)}`);
      const spanX = box ? (Math.min(box.x1, size.width) - Math.max(box.x0, 0)) / size.width : 0;
      const spanY = box ? (Math.min(box.y1, size.height) - Math.max(box.y0, 0)) / size.height : 0;
      if (spanX < LEAST_SPAN)
        problems.push(`drawing spans ${Math.round(spanX * 100)}% of the width`);
      if (spanY < LEAST_SPAN)
        problems.push(`drawing spans ${Math.round(spanY * 100)}% of the height`);
      expect(problems.join("; ")).toBe("");
    });
  }
});
