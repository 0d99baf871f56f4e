import {
  type DistrictStatus,
  districtStatusOn,
  type StatusChange,
} from "../../data/districtStatus.ts";
import { chartDate, OFFENSIVE_END } from "../../dates.ts";
import { STATUS_DATE, STATUS_OF } from "../../pageContract.ts";
import type { ChartRecords, DataTable, GraphicState } from "../types.ts";
import { mapView } from "./view.ts";

/**
 * Each named district, its side on 15 November, its changes, and its status on the map's
 * date: prerendered for 22 December, the end, and kept in step by `syncDistrictTable`
 * through the marked spans.
 */
export const mapTable: DataTable = {
  title: "Districts: who held them and when they changed hands",
  name: "Districts",
  caption:
    "Each named district, its side on 15 November, every change of status, and its status on the map's date (positions on the map are approximate)",
  dataset: "districts",
  columns: [
    "District",
    "15 Nov",
    "Changes",
    { before: "On ", span: { text: chartDate(OFFENSIVE_END), attribute: STATUS_DATE } },
  ],
  rows(records: ChartRecords) {
    const { districts, districtEvents } = records.data;
    const end = districtStatusOn(districts, districtEvents, OFFENSIVE_END);
    return districts.map((d) => [
      d.name,
      statusText(d.side_on_nov15),
      records.statusChanges
        .filter((c) => c.district === d.id)
        .map(changeText)
        .join("; ") || "none",
      {
        span: {
          text: statusText(end.get(d.id) ?? d.side_on_nov15),
          attribute: STATUS_OF,
          value: d.id,
        },
      },
    ]);
  },
};

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
  setText(root.querySelector(STATUS_DATE.selector), chartDate(view.date));
  for (const { district, status } of view.views) {
    setText(root.querySelector(STATUS_OF.is(district.id)), statusText(status));
  }
}

/** Rewriting a cell that already says the same thing still makes the browser lay it out. */
function setText(node: Element | null, text: string) {
  if (node && node.textContent !== text) node.textContent = text;
}

const STATUS_TEXT: Record<DistrictStatus, string> = {
  government: "government",
  rebel: "rebel",
  sdf: "SDF",
  contested: "contested",
  split: "split: government and SDF",
};

/** A status as the table writes it: a split district names both sides. */
export const statusText = (status: DistrictStatus): string => STATUS_TEXT[status];

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
