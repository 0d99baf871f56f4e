import { describe, expect, it } from "vitest";
import { renderTables } from "../../../scripts/prerender/renderTables.ts";
import { records } from "../charts/records.ts";

describe("renderTables(records)", () => {
  it("names each casualty claim's side as the charts do, and a missing side as not given", () => {
    const html = renderTables(records);
    const casualties = html.slice(html.indexOf('id="table-casualties"'));
    expect(casualties).toContain("<td>Side not given</td><td>killed</td>");
    expect(casualties).not.toContain("<td>not-given</td>");
    expect(casualties).toContain("<td>Rebels</td><td>arrested by other rebels</td>");
  });
});
