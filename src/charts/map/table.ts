import type { DistrictStatus, StatusChange } from "../../data/districtStatus.ts";
import { chartDate } from "../../dates.ts";
import type { ChartRecords, GraphicState } from "../types.ts";
import { mapView } from "./view.ts";

/**
 * Keeps the districts table in step with the map: its last column shows each district's
 * status on the date the map shows (prerendered for 22 December, the end).
 */
export function syncDistrictTable(
  records: ChartRecords,
  state: GraphicState,
  root: ParentNode = document,
): void {
  const view = mapView(records, state);
  setText(root.querySelector("[data-status-date]"), chartDate(view.date));
  for (const { district, status } of view.views) {
    setText(root.querySelector(`[data-status-of="${district.id}"]`), statusText(status));
  }
}

/** Rewriting a cell that already says the same thing still makes the browser lay it out. */
function setText(node: Element | null, text: string) {
  if (node && node.textContent !== text) node.textContent = text;
}

/** A status as the table writes it: a split district names both sides. */
export const statusText = (status: DistrictStatus): string =>
  status === "split" ? "split: government and SDF" : status;

/**
 * A change as the table lists it: "28 Nov: split: government and SDF"; "by 13 Dec: …"
 * where the source gives no day; "still contested" where part of a contested district
 * changed hands.
 */
export function changeText(change: StatusChange): string {
  const when = `${change.event.dated === "by" ? "by " : ""}${chartDate(change.date)}`;
  const what = change.from === change.to ? `still ${statusText(change.to)}` : statusText(change.to);
  return `${when}: ${what}`;
}
