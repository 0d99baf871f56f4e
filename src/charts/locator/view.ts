import type { Place } from "../../data/datasets/places.ts";
import { stateEntry, viewOnce } from "../chartState.ts";
import type { ChartRecords, GraphicState } from "../types.ts";
import { LOCATOR_STATES, type LocatorState } from "./states.ts";

export const locatorState = (name: string): LocatorState =>
  stateEntry<LocatorState>("locator", LOCATOR_STATES, name);

function placeOf(records: ChartRecords, id: string): Place {
  const place = records.data.places.find((p) => p.id === id);
  if (!place) throw new Error(`locator: no place "${id}" in data/places.csv`);
  return place;
}

/** The locator's data at a state: the places it marks, in order, and what it names. */
export const locatorView = viewOnce((records: ChartRecords, state: GraphicState) => {
  const config = locatorState(state.state);
  const { edition } = records;
  return {
    config,
    places: config.places.map((id) => placeOf(records, id)),
    note: edition.locator.notes[config.note]((iso) => edition.chartDate(iso)),
  };
});

export type LocatorView = ReturnType<typeof locatorView>;
