import type { ChartRecords, DataTable } from "../types.ts";

/** Each place the locator marks: its name, the gazetteer's coordinates, why it is named. */
export const locatorTable: DataTable = {
  title: (edition) => edition.locator.table.title,
  name: (edition) => edition.locator.table.name,
  caption: (edition) => edition.locator.table.caption,
  dataset: "places",
  columns: (edition) => edition.locator.table.columns,
  rows(records: ChartRecords) {
    const { locator } = records.edition;
    return records.data.places.map((place) => [
      locator.placeName(place),
      locator.table.latitude(String(place.lat)),
      locator.table.longitude(String(place.lon)),
      locator.table.role[place.id] ?? "",
    ]);
  },
};
