import { describe, expect, it } from "vitest";
import { renderSvg } from "../../../scripts/prerender/renderSvg.ts";
import { STATIC_SIZES, type StaticSize } from "../../../scripts/prerender/staticGraphics.ts";
import { GRAPHICS } from "../../../src/charts/registry.ts";
import type { ChartRecords, GraphicDefinition, GraphicState } from "../../../src/charts/types.ts";
import { chartRecords } from "../../../src/data/chartRecords.ts";
import { DATASETS, type DatasetName } from "../../../src/data/datasets/index.ts";
import { OFFENSIVE_END } from "../../../src/dates.ts";
import { embedStates } from "../../../src/embed/embedStates.ts";
import { shippedStory as story } from "../content/shippedStory.ts";
import { shipped } from "../data/fixtures.ts";

const states = embedStates(story.beats);
const ALL = Object.keys(DATASETS) as DatasetName[];

const full = chartRecords(shipped);

/**
 * The graphic at a state, drawn and described, from the shipped data less one dataset.
 * Where the derived series cannot be worked out without it (events naming districts that
 * are gone), they stay as the full data gives them and only the rows are missing.
 */
function drawnWithout(definition: GraphicDefinition, state: GraphicState, left?: DatasetName) {
  const data = left ? { ...shipped, [left]: [] } : shipped;
  let records: ChartRecords;
  try {
    records = chartRecords(data);
  } catch {
    records = { ...full, data };
  }
  try {
    return (
      renderSvg(definition, records, state, STATIC_SIZES.at(-1) as StaticSize) +
      definition.describe(records, state)
    );
  } catch (error) {
    return `throws: ${error}`;
  }
}

/** The datasets whose ids the listed ones name (a reader needs them to read the rows). */
const keysOf = (listed: readonly DatasetName[]) =>
  new Set(listed.flatMap((d) => Object.values(DATASETS[d].refs as Record<string, DatasetName>)));

describe("graphic.datasets: the CSVs an editor is handed with a graphic", () => {
  it.each(Object.values(GRAPHICS).map((g) => [g.name, g] as const))(
    "%s is drawn from its datasets and no others",
    (name, definition) => {
      // A graphic no beat shows yet (the locator, until the copy places it): every state.
      const beats = states.get(name) ?? [];
      const shown = beats.length
        ? beats.map(({ state, date, highlight }) => ({ state, date, highlight }))
        : definition.states.map((state) => ({ state, date: OFFENSIVE_END, highlight: [] }));
      expect(shown.length).toBeGreaterThan(0);
      const drawn = shown.map((s) => drawnWithout(definition, s));
      const keys = keysOf(definition.datasets);
      for (const left of ALL) {
        const changed = shown.some((s, i) => drawnWithout(definition, s, left) !== drawn[i]);
        const listed = definition.datasets.includes(left);
        // A file only of ids the drawn rows name (claimants, districts) is listed all the same.
        expect(changed || (listed && keys.has(left)), `${name} without ${left}`).toBe(listed);
      }
    },
  );

  it.each(Object.values(GRAPHICS).map((g) => [g.name, g] as const))(
    "%s lists every dataset whose ids its rows name",
    (_, definition) => {
      for (const key of keysOf(definition.datasets)) expect(definition.datasets).toContain(key);
    },
  );
});
