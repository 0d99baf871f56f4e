import { at } from "../records.ts";

/** The evacuation chart's states at the dates beats draw them. */
export const BEATS = [
  at("fleeing", "2016-11-27"),
  at("fleeing", "2016-12-08"),
  at("first-convoys", "2016-12-15"),
  at("suspended", "2016-12-16"),
  at("suspended", "2016-12-18"),
  at("disputed", "2016-12-20"),
  at("complete", "2016-12-22"),
];

/**
 * The canvases of a 320×568 phone, a short phone, the narrow static picture, a 390×844
 * phone and the desktop (1280×800).
 */
export const SIZES = [
  { width: 296, height: 155 },
  { width: 296, height: 200 },
  { width: 259, height: 270 },
  { width: 366, height: 293 },
  { width: 689, height: 680 },
];
