import { describe, expect, it } from "vitest";
import {
  claimantInProse,
  claimText,
  countOf,
  figureText,
  formatClaim,
  formatFigure,
  formatNumber,
} from "../../../src/charts/format.ts";
import { records } from "./records.ts";

describe("formatNumber(n)", () => {
  const intl = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 });

  it("groups thousands and keeps at most one decimal", () => {
    expect(formatNumber(34000)).toBe("34,000");
    expect(formatNumber(1234567)).toBe("1,234,567");
    expect(formatNumber(3.5)).toBe("3.5");
    expect(formatNumber(3.04)).toBe("3");
    expect(formatNumber(999.96)).toBe("1,000");
    expect(formatNumber(-1200.25)).toBe("-1,200.3");
    // Where Intl writes "-0", a figure rounded to nothing has no sign.
    expect(formatNumber(-0.01)).toBe("0");
  });

  it("writes every figure as en-GB's Intl.NumberFormat would", () => {
    const figures = [0, 1, 12, 100, 999, 1000, 2500, 35000, 270000, 1_000_000];
    for (let i = 0; i <= 20000; i += 7) figures.push(i, i / 10, i * 13, -(i + 1) / 10);
    for (const n of figures) expect(formatNumber(n), String(n)).toBe(intl.format(n));
  });
});

describe("formatFigure(low, high, openEnded, qualifier)", () => {
  it("lets the + say 'more than', 'over' and 'at least'", () => {
    expect(formatFigure(614, 990, true, undefined)).toBe("614–990+");
    expect(formatFigure(180, 180, true, "over")).toBe("180+");
    expect(formatFigure(149, 149, true, "at least")).toBe("149+");
  });

  it("keeps any other qualifier", () => {
    expect(formatFigure(1200, 1200, false, "almost")).toBe("almost 1,200");
    expect(formatFigure(1000, 1000, false, "nearly")).toBe("nearly 1,000");
  });
});

describe("formatClaim(low, high, openEnded, qualifier)", () => {
  it("writes an open single figure out in words, as prose does", () => {
    expect(formatClaim(34000, 34000, true, undefined)).toBe("more than 34,000");
    expect(formatClaim(2000, 3000, false, undefined)).toBe("2,000–3,000");
  });
});

describe("countOf(n, noun, verb)", () => {
  it("agrees the noun and the verb with the count", () => {
    expect(countOf(1, "named district", "was")).toBe("1 named district was");
    expect(countOf(35, "named district", "was")).toBe("35 named districts were");
    expect(countOf(1200, "rebel")).toBe("1,200 rebels");
  });
});

describe("claimantInProse(records, id)", () => {
  it("gives an institution its article, and leaves names and plurals bare", () => {
    expect(claimantInProse(records, "icrc")).toBe("the Red Cross");
    expect(claimantInProse(records, "military-officer")).toBe("a military officer");
    expect(claimantInProse(records, "sohr")).toBe("SOHR");
    expect(claimantInProse(records, "russia-officials")).toBe("Russian officials");
  });
});

describe("claimText(record, unit) and figureText(record, unit)", () => {
  const share = { value_low: 60, value_high: 60, open_ended: false, qualifier: "about" };
  const convoy = { low: 614, high: 990, open_ended: true, qualifier: undefined };
  const total = { low: 34_000, high: 34_000, openEnded: true, qualifier: "more than" };

  it("read the figure whatever its file calls the fields", () => {
    expect(claimText(share, "%")).toBe("about 60%");
    expect(claimText(convoy)).toBe("614–990+");
    expect(claimText(total)).toBe("more than 34,000");
  });

  it("set a chart label where the '+' already says 'more than'", () => {
    expect(figureText(total)).toBe("34,000+");
    expect(figureText(share, " km²")).toBe("about 60 km²");
  });
});
