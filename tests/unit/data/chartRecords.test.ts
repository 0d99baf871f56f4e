import { describe, expect, it } from "vitest";
import { chartRecords, clientRecords, unclearClaims } from "../../../src/data/chartRecords.ts";
import type { Datasets } from "../../../src/data/datasets/index.ts";
import { shipped } from "./fixtures.ts";

// Called in each test, so that mutation testing sees which test runs which code.
const client = () => clientRecords(shipped);

/** Every field name any row of a dataset carries. */
const fieldsOf = (rows: readonly object[]) => new Set(rows.flatMap((row) => Object.keys(row)));

describe("clientRecords(data)", () => {
  it("lets the browser derive the very series the build derives", () => {
    const inBrowser = chartRecords(client().data, client().unclearClaims);
    const atBuild = chartRecords(shipped);
    expect(inBrowser.statusChanges).toEqual(
      atBuild.statusChanges.map((change) => ({
        ...change,
        event: expect.objectContaining({ id: change.event.id }),
      })),
    );
    expect(inBrowser.namedDistrictShare).toEqual(atBuild.namedDistrictShare);
    expect(inBrowser.unclearClaims).toEqual(atBuild.unclearClaims);
    const totals = (records: typeof atBuild) =>
      Object.entries(records.cumulativeEvacuation).map(([claimant, points]) => [
        claimant,
        points.map(({ report, ...point }) => ({ ...point, id: report.id })),
      ]);
    expect(totals(inBrowser)).toEqual(totals(atBuild));
  });

  it("keeps every figure's claimant and its qualifier, so no figure reaches a chart unattributed", () => {
    for (const name of ["control", "casualties", "evacuation"] as const) {
      const fields = fieldsOf(client().data[name]);
      for (const field of ["claimant", "qualifier", "open_ended", "date"]) {
        expect(fields.has(field), `${name}.${field}`).toBe(true);
      }
    }
    expect(fieldsOf(client().data.casualties)).toEqual(
      new Set([
        "id",
        "group",
        "kind",
        "low",
        "high",
        "open_ended",
        "qualifier",
        "inflicted_by",
        "claimant",
        "date",
        "period_start",
        "period_end",
        "part_of",
        "disputes",
        "speaker",
        "says",
      ]),
    );
  });

  it("keeps each row's values as they are, and every row", () => {
    for (const name of Object.keys(shipped) as (keyof Datasets)[]) {
      const rows = client().data[name] as object[];
      expect(rows, name).toHaveLength(shipped[name].length);
      rows.forEach((row, i) => {
        expect(shipped[name][i], name).toMatchObject(row);
      });
    }
  });

  it("leaves out the notes, sections and summaries that only the tables show", () => {
    for (const name of Object.keys(shipped) as (keyof Datasets)[]) {
      const fields = fieldsOf(client().data[name]);
      for (const field of ["note", "section", "summary"]) {
        expect(fields.has(field), `${name}.${field}`).toBe(false);
      }
    }
  });

  it("hands over the claims whose notes call their attribution unclear", () => {
    expect(client().unclearClaims).toEqual(unclearClaims(shipped));
    expect(client().unclearClaims.length).toBeGreaterThan(0);
  });
});

describe("unclearClaims(data)", () => {
  it("passes over a claim with no note", () => {
    const [first] = shipped.casualties;
    if (!first) throw new Error("no casualties");
    expect(unclearClaims({ ...shipped, casualties: [{ ...first, note: undefined }] })).toEqual([]);
  });

  it("names the casualty claims whose note starts 'Ambiguous', and only those", () => {
    const unclear = unclearClaims(shipped);
    for (const claim of shipped.casualties) {
      expect(unclear.includes(claim.id), claim.id).toBe(
        claim.note?.startsWith("Ambiguous") ?? false,
      );
    }
  });
});

describe("chartRecords(data)", () => {
  it("derives each claimant's running totals, keyed by claimant", () => {
    const records = chartRecords(shipped);
    expect(records.data).toBe(shipped);
    expect(Object.keys(records.cumulativeEvacuation)).toEqual(
      expect.arrayContaining(["icrc", "sohr"]),
    );
    expect(records.statusChanges.length).toBeGreaterThan(0);
    expect(records.namedDistrictShare.length).toBeGreaterThan(0);
  });
});
