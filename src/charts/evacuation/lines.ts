import { at, pauseEnd } from "./days.ts";
import type { TotalPoint } from "./labels.ts";
import type { Pause } from "./view.ts";

/** A point of a claimant's line, with the run of joined points it belongs to. */
export type LinePoint = TotalPoint & { run: string };

/**
 * Each claimant's running totals, cut into runs wherever a pause lies between two reports:
 * a line between them would draw a steady flow the source says stopped. A point alone is a
 * run of its own, drawn as a mark with no line.
 */
export function lineRuns(
  points: readonly TotalPoint[],
  time: (p: TotalPoint) => Date,
  pauses: readonly Pause[],
): LinePoint[] {
  const paused = (a: Date, b: Date) => pauses.some((p) => at(p.start) < b && pauseEnd(p) > a);
  const out: LinePoint[] = [];
  const runs = new Map<string, { last: TotalPoint; n: number }>();
  for (const p of points) {
    const before = runs.get(p.claimant);
    const n = !before ? 0 : paused(time(before.last), time(p)) ? before.n + 1 : before.n;
    runs.set(p.claimant, { last: p, n });
    out.push({ ...p, run: `${p.claimant} ${n}` });
  }
  return out;
}
