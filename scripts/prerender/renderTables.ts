import { GRAPHICS } from "../../src/charts/registry.ts";
import type { ChartRecords, DataTable, TableCell } from "../../src/charts/types.ts";
import { TABLE } from "../../src/pageContract.ts";
import { esc, html } from "./html.ts";

/** A cell's text, or its text with the marked span the page keeps in step. */
function cell(c: TableCell): string {
  if (typeof c !== "object") return esc(c ?? "");
  const { attribute, value, text } = c.span;
  return `${esc(c.before ?? "")}<span ${attribute.write(value)}>${esc(text)}</span>`;
}

/**
 * A graphic's table in a wrapper that scrolls sideways on a narrow screen (focusable, so a
 * keyboard can scroll it). The wrapper's name is short and the caption's own: a screen
 * reader would otherwise read the caption twice. Each row's first cell heads the row.
 */
function table({ name, caption, columns, rows }: DataTable, records: ChartRecords): string {
  const row = ([first, ...rest]: TableCell[]) =>
    `<tr><th scope="row">${cell(first)}</th>${rest.map((c) => `<td>${cell(c)}</td>`).join("")}</tr>`;
  return html([
    `<div class="table-scroll" tabindex="0" role="region" aria-label="${esc(name)} table">`,
    `<table><caption>${esc(caption)}</caption>`,
    `<thead><tr>${columns.map((h) => `<th scope="col">${cell(h)}</th>`).join("")}</tr></thead>`,
    `<tbody>${rows(records).map(row).join("")}</tbody>`,
    "</table></div>",
  ]);
}

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
        `<details class="data-table" id="table-${s.id}" ${TABLE.write(s.id)}><summary>${esc(s.title)}</summary>${s.body}</details>`,
    ),
    "</section>",
  ]);
}

/** Each graphic's table, as its definition declares it: its id, its title and the table. */
export function dataTables(records: ChartRecords): { id: string; title: string; body: string }[] {
  return Object.values(GRAPHICS).map((g) => ({
    id: g.name,
    title: g.table.title,
    body: table(g.table, records),
  }));
}
