import { joinNames } from "../list.ts";
import type { ChartRecords, GraphicState, Headline } from "../types.ts";
import { locatorView } from "./view.ts";

/** The neighbours the map names, in the order prose lists them. */
const NEIGHBOURS = ["turkey", "lebanon", "iraq", "jordan"] as const;

/** What the locator shows at a state: the countries, the places it marks, then its note. */
export function describeLocator(records: ChartRecords, state: GraphicState): string {
  const { edition } = records;
  const words = edition.locator;
  const view = locatorView(records, state);
  const places = joinNames(view.places.map(words.placeName), edition);
  const countries = joinNames(
    NEIGHBOURS.map((id) => sentenceCase(words.countries[id])),
    edition,
  );
  const area = view.config.namesIdlibProvince ? words.describe.naming(words.idlibProvince) : "";
  return `${words.describe.marks(countries, places)}${area}. ${view.note}.`;
}

/** What the state marks, for the live region. */
export function locatorHeadline(records: ChartRecords, state: GraphicState): Headline {
  const { edition } = records;
  const words = edition.locator;
  const view = locatorView(records, state);
  const names = view.places.map(words.placeName);
  if (view.config.namesIdlibProvince) names.push(words.idlibProvince);
  return { parts: [words.headline.marked(joinNames(names, edition))] };
}

/** A name the map sets in capitals, as prose writes it ("TURKEY" → "Turkey"). */
const sentenceCase = (name: string) =>
  name === name.toUpperCase() && name !== name.toLowerCase()
    ? `${name.slice(0, 1)}${name.slice(1).toLowerCase()}`
    : name;
