import * as v from "valibot";
import { describe, expect, it } from "vitest";
import {
  arabicName,
  flag,
  isoDate,
  latitude,
  list,
  longitude,
  number,
  percent,
} from "../../../src/data/fields.ts";

/** The value a cell schema makes of a cell, or its message when it refuses it. */
const read = (schema: v.GenericSchema<string, unknown>, cell: string) => {
  const result = v.safeParse(schema, cell);
  return result.success ? result.output : result.issues[0].message;
};

describe("cell schemas", () => {
  it("arabicName() takes Arabic script, with Western digits, and refuses Latin letters", () => {
    expect(read(arabicName(), "الشيخ مقصود")).toBe("الشيخ مقصود");
    expect(read(arabicName(), "التلة 420")).toBe("التلة 420");
    for (const cell of ["Sheikh Maqsood", "الشيخ Maqsood", "التلة ٤٢٠", "420"]) {
      expect(read(arabicName(), cell), cell).toBe("is not in Arabic script");
    }
  });

  it("isoDate() takes the story's first and last day and nothing outside them", () => {
    expect(read(isoDate(), "2016-10-01")).toBe("2016-10-01");
    expect(read(isoDate(), "2016-12-31")).toBe("2016-12-31");
    for (const day of ["2016-09-30", "2017-01-01"]) {
      expect(read(isoDate(), day)).toBe("is outside the story's dates (2016-10-01..2016-12-31)");
    }
  });

  it("percent() takes 0 to 100 and refuses more", () => {
    expect(read(percent(), "100")).toBe(100);
    expect(read(percent(), "0")).toBe(0);
    expect(read(percent(), "100.5")).toBe("is above 100 percent");
  });

  it("latitude() and longitude() keep a position inside the box around Aleppo", () => {
    expect(read(latitude(), "36.2")).toBe(36.2);
    expect(read(longitude(), "37.16")).toBe(37.16);
    for (const outside of ["36.1", "36.3", "35.2", "37.2"]) {
      expect(read(latitude(), outside), outside).toBe("is not a latitude within Aleppo");
    }
    for (const outside of ["37.05", "37.3", "36.2", "38"]) {
      expect(read(longitude(), outside), outside).toBe("is not a longitude within Aleppo");
    }
  });

  it("flag() reads true and false, and nothing else", () => {
    expect(read(flag(), "true")).toBe(true);
    expect(read(flag(), "false")).toBe(false);
    expect(read(flag(), "yes")).toBe("is not true or false");
  });

  it("list() splits on bars and trims each part", () => {
    expect(read(list(), "Sheikh Saeed | Sheikh Said|Shaykh Sa'id")).toEqual([
      "Sheikh Saeed",
      "Sheikh Said",
      "Shaykh Sa'id",
    ]);
  });

  it("refuses a cell that only contains a date or a number, and an empty one", () => {
    for (const cell of ["x2016-11-15", "2016-11-150"]) {
      expect(read(isoDate(), cell), cell).toBe("is not a date (expected YYYY-MM-DD)");
    }
    expect(read(isoDate(), "2016-11-31")).toBe("is not a real calendar date");
    for (const cell of ["x12", "12x", "1.5.2", "1."]) {
      expect(read(number(), cell), cell).toBe("is not a number");
      expect(read(latitude(), `36.2${cell}`), cell).toBe("is not a number");
      expect(read(latitude(), `${cell}36.2`), cell).toBe("is not a number");
    }
    expect(read(number(), "1.25")).toBe(1.25);
    expect(read(number(), "-3")).toBe("is negative");
    expect(read(number(), undefined as unknown as string)).toBe("is required");
  });
});
