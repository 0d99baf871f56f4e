import {
  type DistrictStatus,
  districtStatusOn,
  type StatusChange,
} from "../../data/districtStatus.ts";
import { chartDate, OFFENSIVE_END } from "../../dates.ts";
import { en } from "../../locale/en.ts";
import type { Edition } from "../../locale/types.ts";
import { STATUS_DATE, STATUS_OF } from "../../pageContract.ts";
import type { ChartRecords, DataTable, GraphicState } from "../types.ts";
import { mapView } from "./view.ts";

/**
 * Each named district, its side on 15 November, its changes, and its status on the map's
 * date: prerendered for 22 December, the end, and kept in step by `syncDistrictTable`
 * through the marked spans.
 */
export const mapTable: DataTable = {
  title: (edition) => edition.map.table.title,
  name: (edition) => edition.map.table.name,
  caption: (edition) => edition.map.table.caption,
  dataset: "districts",
  columns: (edition) => [
    ...edition.map.table.columns,
    {
      before: edition.map.table.on,
      span: { text: chartDate(OFFENSIVE_END, edition), attribute: STATUS_DATE },
    },
  ],
  rows(records: ChartRecords) {
    const { edition } = records;
    const { districts, districtEvents } = records.data;
    const end = districtStatusOn(districts, districtEvents, OFFENSIVE_END);
    return districts.map((d) => [
      edition.map.districtName(d),
      statusText(d.side_on_nov15, edition),
      edition.map.table.changes(
        records.statusChanges.filter((c) => c.district === d.id).map((c) => changeText(c, edition)),
      ) || edition.map.table.none,
      {
        span: {
          text: statusText(end.get(d.id) ?? d.side_on_nov15, edition),
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
  const { edition } = records;
  const view = mapView(records, state);
  setText(root.querySelector(STATUS_DATE.selector), chartDate(view.date, edition));
  for (const { district, status } of view.views) {
    setText(root.querySelector(STATUS_OF.is(district.id)), statusText(status, edition));
  }
}

/** Rewriting a cell that already says the same thing still makes the browser lay it out. */
function setText(node: Element | null, text: string) {
  if (node && node.textContent !== text) node.textContent = text;
}

/** A status as the table writes it: a split district names both sides. */
export const statusText = (status: DistrictStatus, edition: Edition = en): string =>
  edition.map.table.status[status];

/**
 * A change as the table lists it: "28 Nov: split: government and SDF"; "by 13 Dec: …"
 * where the source gives no day; "still contested" where part of a contested district
 * changed hands.
 */
export function changeText(change: StatusChange, edition: Edition = en): string {
  const words = edition.map.table;
  const status = statusText(change.to, edition);
  const what = change.from === change.to ? words.still(status) : status;
  return words.change(change.event.dated === "by", chartDate(change.date, edition), what);
}
