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

  it("lists the claims that the whole city was held as claims, never as 100% shares", () => {
    const html = renderTables(records);
    const control = html.slice(html.indexOf('id="table-control"'), html.indexOf('id="table-map"'));
    expect(control).toContain(
      '<th scope="row">13 Dec</th><td>Claim of complete control</td><td></td><td>whole city</td><td></td><td>Russian officials</td>',
    );
    expect(control).not.toMatch(
      /<td>Share of the east under government control<\/td><td><\/td><td>100 %/,
    );
  });
});
