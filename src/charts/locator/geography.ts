/** A point in the locator's reference frame (pixels of a projection fitted at build). */
export type GeoPoint = [x: number, y: number];

/** The countries the locator names; Israel and the Golan are drawn but never named. */
export type CountryId = "syria" | "turkey" | "lebanon" | "iraq" | "jordan";

/**
 * The locator map's geography, projected at build (scripts/geography/locatorGeography.ts)
 * from Natural Earth's countries and the GeoNames gazetteer's places, in one reference
 * frame: Syria fitted to 1,000 pixels across. A drawing only scales and moves it into its
 * own frame: nothing is projected in the browser.
 */
export interface LocatorGeography {
  /** Syria's bounds: what every drawing fits into its frame. */
  focus: { x0: number; y0: number; x1: number; y1: number };
  /** Syria's land, as polygons of rings. */
  syria: GeoPoint[][][];
  /** Every other country's land in the window round Syria. */
  land: GeoPoint[][][];
  /** Borders between countries on land. */
  borders: GeoPoint[][];
  /** The coast. */
  coast: GeoPoint[][];
  /** Syria's own border and coast, drawn over the rest. */
  syriaEdge: GeoPoint[][];
  /** Where each country's name is set. */
  countries: Record<CountryId, GeoPoint>;
  /** Each place of data/places.csv, by id. */
  places: Record<string, GeoPoint>;
}
