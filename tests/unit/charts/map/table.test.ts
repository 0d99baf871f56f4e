import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { renderTables } from "../../../../scripts/prerender/renderTables.ts";
import { syncDistrictTable } from "../../../../src/charts/map/table.ts";
import { at, records } from "../records.ts";

const table = () =>
  parseHTML(`<table><thead><tr><th>Status on <span data-status-date>22 Dec</span></th></tr></thead>
    <tbody>
      <tr><td><span data-status-of="hanano">government</span></td></tr>
      <tr><td><span data-status-of="sheikh-saeed">government</span></td></tr>
      <tr><td><span data-status-of="sheikh-maqsood">SDF</span></td></tr>
    </tbody></table>`).document;

const cell = (root: ParentNode, id: string) => root.querySelector(`[data-status-of="${id}"]`);

describe("syncDistrictTable(records, state, root)", () => {
  it("writes each district's status on the map's date, and the date itself", () => {
    const root = table();
    syncDistrictTable(records, at("front", "2016-12-01"), root);
    expect(root.querySelector("[data-status-date]")?.textContent).toBe("1 Dec");
    expect(cell(root, "hanano")?.textContent).toBe("government");
    expect(cell(root, "sheikh-saeed")?.textContent).toBe("contested");
    expect(cell(root, "sheikh-maqsood")?.textContent).toBe("SDF");
  });

  it("leaves a cell that already says the right thing untouched", () => {
    const root = table();
    const before = cell(root, "hanano")?.firstChild;
    syncDistrictTable(records, at("front", "2016-12-01"), root);
    expect(cell(root, "hanano")?.firstChild).toBe(before);
  });

  it("finds the cells the districts table is written with, and only those", () => {
    const root = parseHTML(renderTables(records)).document;
    const spans = root.querySelectorAll("[data-status-of]");
    expect(spans.length).toBe(records.data.districts.length);
    expect(root.querySelector("#table-map [data-status-date]")?.textContent).toBe("22 Dec");
    syncDistrictTable(records, at("front", "2016-12-01"), root);
    expect(root.querySelector("[data-status-date]")?.textContent).toBe("1 Dec");
    expect(cell(root, "sheikh-saeed")?.textContent).toBe("contested");
  });
});
