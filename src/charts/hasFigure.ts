import type { Figure, Numbered } from "./types.ts";

/** Whether a record gives a figure: both ends of its range (validated rows give both or neither). */
export const hasFigure = <R extends Figure>(r: R): r is Numbered<R> =>
  r.low !== undefined && r.high !== undefined;
