import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { type GeoProjection, geoConicConformal, geoContains } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { LocatorGeography } from "../../src/charts/locator/geography.ts";
import type { Place } from "../../src/data/datasets/places.ts";
import { type Point, projectedLines, projectedPolygons } from "./projectedShapes.ts";

const require = createRequire(import.meta.url);

/** Natural Earth's 1:50m countries: Lebanon and the coast keep their shape at 320 px. */
export const ATLAS = "world-atlas/countries-50m.json";

/** The generated module the locator map reads (written by `npm run geography`). */
export const GEOGRAPHY_FILE = new URL(
  "../../src/charts/locator/geography.generated.ts",
  import.meta.url,
);

/** Natural Earth's ids (ISO 3166 numeric) of the countries the map names. */
const COUNTRY_IDS = {
  syria: "760",
  turkey: "792",
  lebanon: "422",
  iraq: "368",
  jordan: "400",
} as const;

/**
 * Where each country's name is set, in degrees: inside the country (checked, below) and
 * inside Syria's bounds, so that it is on the map at any frame's shape. Israel and the Golan
 * are drawn as Natural Earth draws them and not named.
 */
export const COUNTRY_LABELS: Record<keyof typeof COUNTRY_IDS, [lon: number, lat: number]> = {
  syria: [39.4, 35.3],
  turkey: [38.6, 37.15],
  lebanon: [35.95, 34.25],
  iraq: [41.6, 33.6],
  jordan: [37.6, 32.45],
};

/** The reference frame: Syria fitted to this width; a drawing scales it to its own. */
const WIDTH = 1000;

type Countries = FeatureCollection<Geometry, { name: string }>;

export function readAtlas() {
  const topology = JSON.parse(readFileSync(require.resolve(ATLAS), "utf8")) as Topology;
  const object = topology.objects.countries as GeometryCollection<{ name: string }>;
  const countries = feature(topology, object) as Countries;
  return { topology, object, countries };
}

export const countryFeature = (countries: Countries, id: string) => {
  const found = countries.features.find((f) => String(f.id) === id);
  if (!found) throw new Error(`Natural Earth has no country ${id}`);
  return found as Feature<Geometry, { name: string }>;
};

/**
 * A Lambert conformal conic for Syria's latitudes (standard parallels 33° and 37°N,
 * centred on 38.5°E): shapes and the bearing from Aleppo to Idlib stay true. Syria is
 * fitted to the reference width; the drawing is clipped to a window round it, half as
 * wide again each side, which any frame's shape fills.
 */
function projectionFor(syria: Feature) {
  const projection = geoConicConformal()
    .parallels([33, 37])
    .rotate([-38.5, 0])
    .fitWidth(WIDTH, syria);
  const [[x0, y0], [x1, y1]] = boundsOf(syria, projection);
  const pad = (x1 - x0) / 2;
  projection.clipExtent([
    [x0 - pad, y0 - pad],
    [x1 + pad, y1 + pad],
  ]);
  return { projection, focus: { x0, y0, x1, y1 } };
}

function boundsOf(f: Feature, projection: GeoProjection): [Point, Point] {
  const points = projectedPolygons(f, projection, 0).flat(2);
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  return [
    [Math.min(...xs), Math.min(...ys)],
    [Math.max(...xs), Math.max(...ys)],
  ];
}

/** The countries whose name would be set outside them (COUNTRY_LABELS). */
export function labelsOutside(countries: Countries): string[] {
  return Object.entries(COUNTRY_LABELS).flatMap(([name, lonLat]) => {
    const country = countryFeature(countries, COUNTRY_IDS[name as keyof typeof COUNTRY_IDS]);
    return geoContains(country, lonLat) ? [] : [name];
  });
}

/** The locator map's geography, projected at build: the drawing only scales it. */
export function locatorGeography(places: readonly Place[]): LocatorGeography {
  const { topology, object, countries } = readAtlas();
  const syria = countryFeature(countries, COUNTRY_IDS.syria);
  const { projection, focus } = projectionFor(syria);
  const at = (lonLat: [number, number]): Point => {
    const [x, y] = projection(lonLat) ?? [Number.NaN, Number.NaN];
    return [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
  };
  const others: Countries = {
    type: "FeatureCollection",
    features: countries.features.filter((f) => f !== syria),
  };
  const outside = labelsOutside(countries);
  if (outside.length) throw new Error(`country names set outside their country: ${outside}`);
  const isSyria = (g: { id?: string | number }) => String(g.id) === COUNTRY_IDS.syria;
  return {
    focus,
    syria: projectedPolygons(syria, projection),
    land: projectedPolygons(others, projection),
    borders: projectedLines(
      mesh(topology, object, (a, b) => a !== b),
      projection,
    ),
    coast: projectedLines(
      mesh(topology, object, (a, b) => a === b),
      projection,
    ),
    syriaEdge: projectedLines(
      mesh(topology, object, (a, b) => isSyria(a) || isSyria(b)),
      projection,
    ),
    countries: Object.fromEntries(
      Object.entries(COUNTRY_LABELS).map(([name, lonLat]) => [name, at(lonLat)]),
    ) as LocatorGeography["countries"],
    places: Object.fromEntries(places.map((p) => [p.id, at([p.lon, p.lat])])),
  };
}

/** The generated module's text. */
export function locatorGeographyText(geography: LocatorGeography): string {
  return `// Written by \`npm run geography\` (scripts/geography/locatorGeography.ts) from Natural
// Earth's 1:50m countries (${ATLAS}, public domain) and data/places.csv (GeoNames, CC BY
// 4.0), projected at build. Do not edit: a unit test fails when it is out of date.
import type { LocatorGeography } from "./geography.ts";

export const LOCATOR_GEOGRAPHY: LocatorGeography = ${JSON.stringify(geography)};
`;
}
