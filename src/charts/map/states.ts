export interface MapState {
  /** Who held what when the offensive began, whatever the beat's date. */
  asOfStart: boolean;
  /** The last pocket's reported size, in a corner. */
  showPocket: boolean;
  /** The landmark districts (LANDMARK_LABELS) named, to orient the reader. */
  namesLandmarks: boolean;
  /** Every rebel-held district named, where the map is wide enough. */
  namesRebelHeld: boolean;
}

/** Every state the copy may name for the district map. */
export const MAP_STATES = {
  /** Who held what when the offensive began, whatever the beat's date. */
  overview: { asOfStart: true, showPocket: false, namesLandmarks: true, namesRebelHeld: false },
  /** Statuses on the beat's date; the districts the beat names are outlined and labelled. */
  front: { asOfStart: false, showPocket: false, namesLandmarks: false, namesRebelHeld: false },
  /** As front, with the last pocket's reported size and the rebels' districts named. */
  pocket: { asOfStart: false, showPocket: true, namesLandmarks: false, namesRebelHeld: true },
} as const satisfies Record<string, MapState>;

/** Districts labelled on the overview, to orient the reader. */
export const LANDMARK_LABELS = [
  "citadel",
  "hanano",
  "sheikh-maqsood",
  "sheikh-saeed",
  "sukkari",
  "old-city",
];

/**
 * The Queiq river as a rough line through the city, north to south, for orientation on a
 * schematic map only: approximate, like the district positions, and drawn so that the
 * last pocket lies west of it, as the source says it did.
 */
export const QUEIQ_APPROX: [lon: number, lat: number][] = [
  [37.139, 36.236],
  [37.142, 36.218],
  [37.147, 36.205],
  [37.149, 36.195],
  [37.148, 36.184],
  [37.147, 36.172],
  [37.145, 36.155],
];

/**
 * The road from the southeast of the city to the airport, east-southeast, as a rough line
 * for orientation only: government forces secured it on 2 December.
 */
export const AIRPORT_ROAD_APPROX: [lon: number, lat: number][] = [
  [37.176, 36.19],
  [37.19, 36.187],
  [37.205, 36.183],
  [37.225, 36.18],
];
