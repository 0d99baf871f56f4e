import { groupName, kindName } from "../../src/charts/casualties/view.ts";
import { isControlClaim } from "../../src/charts/control/view.ts";
import { claimantName, formatRange } from "../../src/charts/format.ts";
import { changeText, statusText } from "../../src/charts/map/table.ts";
import type { ChartRecords } from "../../src/charts/types.ts";
import { districtStatusOn } from "../../src/data/districtStatus.ts";
import { chartDate, OFFENSIVE_END } from "../../src/dates.ts";
import { esc, html } from "./html.ts";

/** A cell is text, or markup the table trusts because this file wrote it. */
type Cell = string | number | undefined | { html: string };

const cell = (c: Cell) => (typeof c === "object" ? c.html : esc(c ?? ""));

/**
 * A table in a wrapper that scrolls sideways on a narrow screen (focusable, so a keyboard
 * can scroll it). The wrapper's name is short and the caption's own: a screen reader
 * would otherwise read the caption twice. Each row's first cell heads the row.
 */
function table(name: string, caption: string, head: Cell[], rows: Cell[][]): string {
  const row = ([first, ...rest]: Cell[]) =>
    `<tr><th scope="row">${cell(first)}</th>${rest.map((c) => `<td>${cell(c)}</td>`).join("")}</tr>`;
  return html([
    `<div class="table-scroll" tabindex="0" role="region" aria-label="${esc(name)} table">`,
    `<table><caption>${esc(caption)}</caption>`,
    `<thead><tr>${head.map((h) => `<th scope="col">${cell(h)}</th>`).join("")}</tr></thead>`,
    `<tbody>${rows.map(row).join("")}</tbody>`,
    "</table></div>",
  ]);
}

/** A figure as the charts print it ("614–990+"), or a dash where the claim has none. */
const figure = (low: number | undefined, high: number | undefined, open: boolean) =>
  low === undefined || high === undefined ? "—" : formatRange(low, high, open);

/**
 * The data behind each graphic as plain tables, built from the same records the charts
 * draw, every row with its claimant: the graphics' text alternative in full.
 */
export function renderTables(records: ChartRecords): string {
  return html([
    '<section class="tables" id="tables" aria-labelledby="tables-head">',
    '<h2 id="tables-head">The data behind the graphics</h2>',
    ...dataTables(records).map(
      (s) =>
        `<details class="data-table" id="table-${s.id}" data-table="${s.id}"><summary>${esc(s.title)}</summary>${s.body}</details>`,
    ),
    "</section>",
  ]);
}

/** Each graphic's table, by graphic: its id, its title and the table itself. */
export function dataTables(records: ChartRecords): { id: string; title: string; body: string }[] {
  const { data } = records;
  const who = (id: string) => claimantName(records, id);
  const districtName = (id: string | undefined) =>
    id === undefined ? "" : (data.districts.find((d) => d.id === id)?.name ?? id);
  const changes = records.statusChanges;
  const end = districtStatusOn(data.districts, data.districtEvents, OFFENSIVE_END);

  const sections = [
    {
      id: "control",
      title: "Territorial control: every reported figure",
      body: table(
        "Territorial control",
        "Reported shares, areas and distances, and claims of complete control, with who made them",
        ["Date", "Measure", "District", "Figure", "Qualifier", "Claimant"],
        // A claim that the whole city was held is a claim, as the chart draws it, not a share.
        data.control.map((c) => [
          chartDate(c.date),
          isControlClaim(c) ? "claim of complete control" : c.measure,
          districtName(c.district),
          isControlClaim(c)
            ? "whole city"
            : `${figure(c.value_low, c.value_high, c.open_ended)} ${c.unit === "percent" ? "%" : c.unit === "km2" ? "km²" : "m"}`,
          c.qualifier,
          who(c.claimant),
        ]),
      ),
    },
    {
      id: "map",
      title: "Districts: who held them and when they changed hands",
      body: table(
        "Districts",
        "Each named district, its side on 15 November, every change of status, and its status on the map's date (positions on the map are approximate)",
        [
          "District",
          "15 Nov",
          "Changes",
          { html: `On <span data-status-date>${chartDate(OFFENSIVE_END)}</span>` },
        ],
        data.districts.map((d) => [
          d.name,
          statusText(d.side_on_nov15),
          changes
            .filter((c) => c.district === d.id)
            .map(changeText)
            .join("; ") || "none",
          {
            html: `<span data-status-of="${esc(d.id)}">${esc(statusText(end.get(d.id) ?? d.side_on_nov15))}</span>`,
          },
        ]),
      ),
    },
    {
      id: "casualties",
      title: "Casualties: every claim, by claimant",
      body: table(
        "Casualties",
        "Claims of people killed, wounded, captured or executed, with who made them",
        ["Date", "Who", "What", "By", "Figure", "Qualifier", "Claimant"],
        data.casualties.map((c) => [
          chartDate(c.date),
          groupName(c.group),
          kindName(c.kind),
          c.inflicted_by,
          figure(c.low, c.high, c.open_ended),
          c.qualifier,
          who(c.claimant),
        ]),
      ),
    },
    {
      id: "evacuation",
      title: "Evacuation: every reported figure",
      body: table(
        "Evacuation",
        "People fleeing, per convoy, running totals and still inside, with who reported them",
        ["Date", "Measure", "Convoy", "Who", "Figure", "Qualifier", "Claimant"],
        data.evacuation.map((e) => [
          chartDate(e.date),
          e.measure,
          e.convoy,
          e.subgroup,
          figure(e.low, e.high, e.open_ended),
          e.qualifier,
          who(e.claimant),
        ]),
      ),
    },
  ];
  return sections;
}
