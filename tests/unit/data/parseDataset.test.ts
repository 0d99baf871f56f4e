import { describe, expect, it } from "vitest";
import { DataError } from "../../../src/data/DataError.ts";
import { DATASETS } from "../../../src/data/datasets/index.ts";
import { parseDataset } from "../../../src/data/parseDataset.ts";

const EVAC_HEADER =
  "id,date,measure,convoy,subgroup,low,high,open_ended,qualifier,claimant,section,note";
const evacRow = (overrides: Partial<Record<string, string>> = {}) => {
  const row: Record<string, string> = {
    id: "evac-01",
    date: "2016-12-15",
    measure: "convoy",
    convoy: "1",
    subgroup: "people",
    low: "1000",
    high: "1000",
    open_ended: "false",
    qualifier: "nearly",
    claimant: "reported",
    section: "Ceasefires and evacuation",
    note: "",
    ...overrides,
  };
  return EVAC_HEADER.split(",")
    .map((c) => row[c] ?? "")
    .join(",");
};
const evacuation = (...rows: string[]) => [EVAC_HEADER, ...rows].join("\n");
const parse = (text: string) => parseDataset(DATASETS.evacuation, "data/evacuation.csv", text);
const errorOf = (text: string) => {
  try {
    parse(text);
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return (error as DataError).message;
  }
  throw new Error("expected a DataError");
};

describe("parseDataset(spec, path, text)", () => {
  it("returns typed records with the line each came from", () => {
    const rows = parse(
      evacuation(
        evacRow(),
        evacRow({ id: "evac-02", convoy: "2", low: "1198", high: "1198", qualifier: "" }),
      ),
    );
    expect(rows).toHaveLength(2);
    expect(rows[0]?.line).toBe(2);
    expect(rows[1]?.record).toMatchObject({
      id: "evac-02",
      convoy: 2,
      low: 1198,
      open_ended: false,
    });
    expect(rows[1]?.record.qualifier).toBeUndefined();
  });

  it("names file, line and column for a value that is not a number", () => {
    const text = evacuation(evacRow(), evacRow({ id: "evac-02", low: '"12,OOO"' }));
    expect(errorOf(text)).toBe('data/evacuation.csv line 3, column low: "12,OOO" is not a number');
  });

  it("rejects a missing column", () => {
    const text = evacuation(evacRow()).replace(",note", "").replace(/,$/m, "");
    expect(errorOf(text)).toBe(
      `data/evacuation.csv line 1, column note: missing column (expected: ${EVAC_HEADER})`,
    );
  });

  it("rejects an extra column", () => {
    const text = `${EVAC_HEADER},source_url\n${evacRow()},x`;
    expect(errorOf(text)).toBe("data/evacuation.csv line 1, column source_url: unexpected column");
  });

  it("rejects a row with more fields than the header", () => {
    expect(errorOf(evacuation(`${evacRow()},surplus`))).toBe(
      "data/evacuation.csv line 2: has 13 fields but the header has 12",
    );
  });

  it("rejects a date that is not a date", () => {
    expect(errorOf(evacuation(evacRow({ date: "15/12/2016" })))).toBe(
      'data/evacuation.csv line 2, column date: "15/12/2016" is not a date (expected YYYY-MM-DD)',
    );
    expect(errorOf(evacuation(evacRow({ date: "2016-11-31" })))).toBe(
      'data/evacuation.csv line 2, column date: "2016-11-31" is not a real calendar date',
    );
  });

  it("rejects a date outside 2016-10-01..2016-12-31", () => {
    expect(errorOf(evacuation(evacRow({ date: "2017-01-05" })))).toBe(
      'data/evacuation.csv line 2, column date: "2017-01-05" is outside the story\'s dates (2016-10-01..2016-12-31)',
    );
  });

  it("rejects low greater than high", () => {
    expect(errorOf(evacuation(evacRow({ low: "5000", high: "1500" })))).toBe(
      'data/evacuation.csv line 2, column low: "5000" is greater than high "1500"',
    );
  });

  it("rejects a negative count", () => {
    expect(errorOf(evacuation(evacRow({ low: "-3", high: "3" })))).toBe(
      'data/evacuation.csv line 2, column low: "-3" is negative',
    );
  });

  it("rejects a duplicate row id", () => {
    expect(errorOf(evacuation(evacRow(), evacRow()))).toBe(
      'data/evacuation.csv line 3, column id: "evac-01" duplicates the row on line 2',
    );
  });

  it("rejects an empty file and a header without rows", () => {
    expect(errorOf("")).toBe("data/evacuation.csv: is empty; expected a header row");
    expect(errorOf(`${EVAC_HEADER}\n`)).toBe("data/evacuation.csv: has a header but no rows");
  });

  it("rejects a byte-order mark", () => {
    expect(errorOf(`\ufeff${evacuation(evacRow())}`)).toBe(
      "data/evacuation.csv line 1: starts with a byte-order mark; save it as UTF-8 without BOM",
    );
  });

  it("rejects stray whitespace in a cell", () => {
    expect(errorOf(evacuation(evacRow({ claimant: " sohr" })))).toBe(
      'data/evacuation.csv line 2, column claimant: " sohr" has stray whitespace',
    );
  });

  it("rejects a value outside its list", () => {
    expect(errorOf(evacuation(evacRow({ measure: "total" })))).toBe(
      'data/evacuation.csv line 2, column measure: "total" is not one of: fled, convoy, cumulative, remaining, planned, buses',
    );
  });

  it("rejects a missing required value", () => {
    expect(errorOf(evacuation(evacRow({ section: "" })))).toBe(
      "data/evacuation.csv line 2, column section: is required",
    );
  });

  it("needs both ends of a figure, or neither with a qualifier saying why", () => {
    expect(errorOf(evacuation(evacRow({ high: "" })))).toBe(
      "data/evacuation.csv line 2, column high: is empty while low is given; give both (equal for a single figure) or neither",
    );
    expect(errorOf(evacuation(evacRow({ low: "", high: "", qualifier: "" })))).toBe(
      "data/evacuation.csv line 2, column qualifier: is required when low and high are empty, to say why",
    );
  });

  it("counts lines through quoted cells and skips blank lines", () => {
    const text = evacuation(
      evacRow({ note: '"a note, with a comma"' }),
      "",
      evacRow({ id: "evac-02", low: "x" }),
    );
    expect(errorOf(text)).toBe('data/evacuation.csv line 4, column low: "x" is not a number');
  });

  it("accepts Windows line endings", () => {
    expect(
      parse(evacuation(evacRow(), evacRow({ id: "evac-02" })).replace(/\n/g, "\r\n")),
    ).toHaveLength(2);
  });

  it("names the empty end of a figure whichever end it is", () => {
    expect(errorOf(evacuation(evacRow({ low: "" })))).toBe(
      "data/evacuation.csv line 2, column low: is empty while high is given; give both (equal for a single figure) or neither",
    );
  });

  it("rejects a casualty period that ends before it starts", () => {
    const header =
      "id,group,kind,low,high,open_ended,qualifier,inflicted_by,claimant,date,period_start,period_end,section,part_of,disputes,speaker,says,note";
    const row = (start: string, end: string) =>
      `c-1,civilians,killed,10,10,false,,,sohr,2016-12-01,${start},${end},Casualties,,,,,`;
    const casualties = (text: string) =>
      parseDataset(DATASETS.casualties, "data/casualties.csv", `${header}\n${text}`);
    expect(casualties(row("2016-11-15", "2016-11-15"))).toHaveLength(1);
    expect(() => casualties(row("2016-11-20", "2016-11-15"))).toThrow(
      'data/casualties.csv line 2, column period_start: "2016-11-20" is greater than period_end "2016-11-15"',
    );
  });
});
