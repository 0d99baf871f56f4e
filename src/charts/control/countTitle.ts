import type { Edition } from "../../locale/types.ts";
import type { Measure } from "../measure.ts";
import { textWidth } from "../textMetrics.ts";
import type { controlView } from "./view.ts";

/**
 * The count panel's title, "Named districts held: 8 of 35 (a count, not area)", shortened
 * where it would not fit: the panel must never be read as a share.
 */
export function countTitle(
  view: ReturnType<typeof controlView>,
  edition: Edition,
  m: Measure,
  width: number,
): string {
  const forms = edition.control.labels.countTitle(view.steps.at(-1)?.government, view.total);
  const short = forms.at(-1) ?? "";
  return forms.find((t) => textWidth(t, m) <= width) ?? short;
}
