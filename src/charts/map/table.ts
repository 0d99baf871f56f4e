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
  const head = root.querySelector("[data-status-date]");
  if (head) head.textContent = chartDate(view.date);
  for (const { district, status } of view.views) {
    const cell = root.querySelector(`[data-status-of="${district.id}"]`);
    if (cell) cell.textContent = status;
  }
}
