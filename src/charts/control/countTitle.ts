import type { Measure } from "../measure.ts";
import { textWidth } from "../textMetrics.ts";
import type { controlView } from "./view.ts";

/**
 * The count panel's title, "Named districts held: 8 of 35 (a count, not area)", shortened
 * where it would not fit: the panel must never be read as a share.
 */
export function countTitle(
  view: ReturnType<typeof controlView>,
  m: Measure,
  width: number,
): string {
  const last = view.steps.at(-1);
  const held = last ? `: ${last.government} of ${view.total}` : `, of ${view.total}`;
  const short = `Named districts held${held}`;
  return [`${short} (a count, not area)`, short].find((t) => textWidth(t, m) <= width) ?? short;
}
