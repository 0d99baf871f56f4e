import type { DistrictEventKind } from "../../data/datasets/districtEvents.ts";

/**
 * Turning points annotated on the timeline. Each is found in the district events, so its
 * date comes from the data, never typed here.
 */
export const TURNING_POINTS = {
  hanano: { label: "Hanano taken", district: "hanano", kind: "captured" },
  // The source: by 28 November all of northeastern Aleppo had fallen.
  northeast: { label: "Northeast falls", district: "sakhour", kind: "captured" },
  "old-city": { label: "Old City taken", district: "old-city", kind: "captured" },
  river: { label: "River line", district: "sheikh-saeed", kind: "captured" },
} as const satisfies Record<string, { label: string; district: string; kind: DistrictEventKind }>;
export type TurningPoint = keyof typeof TURNING_POINTS;

export interface ControlState {
  /** The turning point the beat is about, drawn dark. */
  turningPoint?: TurningPoint;
  /**
   * What the beat is about, drawn dark and labelled: reported shares of the east, the
   * pocket's size, or claims that the whole city was held (`control-claim`).
   */
  focus: ("east-share" | "pocket-area" | "control-claim")[];
}

/** Every state the copy may name for the control chart. */
export const CONTROL_STATES = {
  start: { focus: [] },
  hanano: { turningPoint: "hanano", focus: [] },
  "airport-road": { focus: ["east-share"] },
  "old-city": { turningPoint: "old-city", focus: ["east-share"] },
  river: { turningPoint: "river", focus: ["pocket-area"] },
  pocket: { focus: ["pocket-area"] },
  complete: { focus: ["control-claim"] },
} as const satisfies Record<string, ControlState>;
