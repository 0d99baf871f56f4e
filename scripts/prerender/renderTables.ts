import { GRAPHICS } from "../../src/charts/registry.ts";
import type { ChartRecords, DataTable, TableCell } from "../../src/charts/types.ts";
import { enPage } from "../../src/locale/page/en.ts";
import type { PageWords } from "../../src/locale/page/types.ts";
import { TABLE } from "../../src/pageContract.ts";
import { type HtmlValue, html, lines, raw, type SafeHtml } from "./html.ts";

/** A cell's text, or its text with the marked span the page keeps in step. */
function cell(c: TableCell): SafeHtml {
  if (typeof c !== "object") return html`${c}`;
  const { attribute, value, text } = c.span;
  return html`${c.before ?? ""}<span ${attribute.write(value)}>${text}</span>`;
}

/**
 * A graphic's table in a wrapper that scrolls sideways on a narrow screen (focusable, so a
 * keyboard can scroll it). The wrapper's name is short and the caption's own: a screen
 * reader would otherwise read the caption twice. Each row's first cell heads the row.
 */
function table(definition: DataTable, records: ChartRecords, words: PageWords): SafeHtml {
  const { rows } = definition;
  const edition = records.edition;
  const [name, caption, columns] = [
    definition.name(edition),
    definition.caption(edition),
    definition.columns(edition),
  ];
  const row = ([first, ...rest]: TableCell[]) =>
    html`<tr><th scope="row">${cell(first)}</th>${rest.map((c) => html`<td>${cell(c)}</td>`)}</tr>`;
  return lines([
    html`<div class="table-scroll" tabindex="0" role="region" aria-label="${words.tableRegion(name)}">`,
    html`<table><caption>${caption}</caption>`,
    html`<thead><tr>${columns.map((h) => html`<th scope="col">${cell(h)}</th>`)}</tr></thead>`,
    html`<tbody>${rows(records).map(row)}</tbody>`,
    html`</table></div>`,
  ]);
}

/**
 * The data behind each graphic as plain tables, built from the same records the charts
 * draw, every row with its claimant: the graphics' text alternative in full.
 */
export function renderTables(
  records: ChartRecords,
  words: PageWords = enPage,
  language: HtmlValue = "",
): string {
  return lines([
    html`<section class="tables" id="tables" aria-labelledby="tables-head">`,
    html`<h2 id="tables-head">${words.tablesHead}</h2>`,
    ...dataTables(records, words).map(
      (s) =>
        html`<details class="data-table" id="table-${s.id}" ${TABLE.write(s.id)}${language}><summary>${s.title}</summary>${raw(s.body)}</details>`,
    ),
    html`</section>`,
  ]).text;
}

/** Each graphic's table, as its definition declares it: its id, its title and the table. */
export function dataTables(
  records: ChartRecords,
  words: PageWords = enPage,
): { id: string; title: string; body: string }[] {
  return Object.values(GRAPHICS).map((g) => ({
    id: g.name,
    title: g.table.title(records.edition),
    body: table(g.table, records, words).text,
  }));
}
