/** Every state the copy may name for the district map. */
export const MAP_STATES = {
  /** Who held what when the offensive began, whatever the beat's date. */
  overview: { asOfStart: true, showPocket: false },
  /** Statuses on the beat's date; the districts the beat names are outlined and labelled. */
  front: { asOfStart: false, showPocket: false },
  /** As front, with the last pocket's reported size. */
  pocket: { asOfStart: false, showPocket: true },
} as const satisfies Record<string, { asOfStart: boolean; showPocket: boolean }>;
export type MapStateName = keyof typeof MAP_STATES;

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
 * schematic map only: approximate, like the district positions.
 */
export const QUEIQ_APPROX: [lon: number, lat: number][] = [
  [37.139, 36.236],
  [37.142, 36.218],
  [37.147, 36.205],
  [37.147, 36.195],
  [37.142, 36.184],
  [37.139, 36.172],
  [37.137, 36.155],
];
