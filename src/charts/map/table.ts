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
    setText(root.querySelector(`[data-status-of="${district.id}"]`), status);
  }
}

/** Rewriting a cell that already says the same thing still makes the browser lay it out. */
function setText(node: Element | null, text: string) {
  if (node && node.textContent !== text) node.textContent = text;
}
