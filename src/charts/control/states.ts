import type { DistrictEventKind } from "../../data/datasets/districtEvents.ts";
import type { ControlTurningPoint } from "../../locale/types.ts";

/**
 * Turning points annotated on the timeline. Each is found in the district events, so its
 * date comes from the data, never typed here; its label is the edition's
 * (`Edition.control.turningPoints`).
 */
export const TURNING_POINTS = {
  hanano: { district: "hanano", kind: "captured" },
  // The source: by 28 November all of northeastern Aleppo had fallen.
  northeast: { district: "sakhour", kind: "captured" },
  "old-city": { district: "old-city", kind: "captured" },
  river: { district: "sheikh-saeed", kind: "captured" },
} as const satisfies Record<ControlTurningPoint, { district: string; kind: DistrictEventKind }>;
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
