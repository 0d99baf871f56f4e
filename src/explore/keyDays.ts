import { turningPoints } from "../charts/control/view.ts";
import type { ChartRecords } from "../charts/types.ts";
import { compareDates } from "../dates.ts";
import { FIRST_DAY, LAST_DAY } from "./days.ts";

/**
 * The days the no-script table lists: the first and the last, the control chart's turning
 * points (dated by their district events), each day a share of the east was reported or
 * complete control claimed, and the day of the first convoy out. All from the data.
 */
export function keyDays(records: ChartRecords): string[] {
  const inRange = (d: string) => d >= FIRST_DAY && d <= LAST_DAY;
  const shares = records.data.control.filter((c) => c.measure === "east-share").map((c) => c.date);
  const firstConvoy = records.data.evacuation.find((r) => r.measure === "convoy")?.date;
  const days = [
    FIRST_DAY,
    ...turningPoints(records).map((t) => t.date),
    ...shares,
    ...(firstConvoy ? [firstConvoy] : []),
    LAST_DAY,
  ];
  return [...new Set(days.filter(inRange))].sort(compareDates);
}
