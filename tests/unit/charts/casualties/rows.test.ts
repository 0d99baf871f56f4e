import { describe, expect, it } from "vitest";
import { layoutCasualties } from "../../../../src/charts/casualties/layout.ts";
import { type RowText, stackRows } from "../../../../src/charts/casualties/rows.ts";
import { casualtiesSpec } from "../../../../src/charts/casualties/spec.ts";
import { CASUALTY_STATES } from "../../../../src/charts/casualties/states.ts";
import { measure } from "../../../../src/charts/measure.ts";
import { textWidth } from "../../../../src/charts/textMetrics.ts";
import { at, records } from "../records.ts";

/** The canvases the graphic gets on a 320×568 phone, a 390×844 phone and the desktop
 * (shorter screens show each beat's picture instead, drawn at 288×300). */
const PHONE = { width: 296, height: 200 };
const LARGER_PHONE = { width: 366, height: 332 };
const DESKTOP = { width: 690, height: 640 };
const SIZES = [PHONE, LARGER_PHONE, DESKTOP];
/** The beats that show this graphic, and the last day, when every claim is in. */
const BEATS: [string, string][] = [
  ["surrenders", "2016-12-12"],
  ["executions", "2016-12-13"],
  ["prisoners", "2016-12-22"],
  ["after", "2016-12-23"],
  ["overview", "2016-12-23"],
  ...Object.keys(CASUALTY_STATES).map((s): [string, string] => [s, "2016-12-23"]),
];

interface Box {
  what: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** Every piece of text and every mark a drawing puts down, as boxes in pixels. */
function boxes(state: string, date: string, size: { width: number; height: number }): Box[] {
  const rows = layoutCasualties(records, at(state, date), size);
  const { layout, fontSize, line, r, caption, marginLeft, top } = rows;
  const span = (
    lines: string[],
    x: number,
    anchor: "start" | "end",
    bold = false,
  ): [number, number] => {
    const w = Math.max(
      ...lines.map((text) => textWidth(text, measure(fontSize, undefined, bold ? 700 : 400))),
    );
    return anchor === "start" ? [x, x + w] : [x - w, x];
  };
  const [cx0, cx1] = span(caption, marginLeft, "start");
  const head =
    caption.length > 0
      ? [{ what: "caption", x0: cx0, x1: cx1, y0: top, y1: top + caption.length * line }]
      : [];
  return head.concat(
    layout.rows.flatMap((row) => {
      const [lx0, lx1] = span(row.labelLines, row.labelX, row.labelAnchor);
      const [vx0, vx1] = span(row.valueLines, row.valueX, row.valueAnchor, row.mark !== undefined);
      const labelHalf = (row.labelLines.length * line) / 2 - 1;
      const valueHalf = (row.valueLines.length * line) / 2 - 1;
      const out: Box[] = [
        {
          what: `label ${row.label}`,
          x0: lx0,
          x1: lx1,
          y0: row.labelY - labelHalf,
          y1: row.labelY + labelHalf,
        },
        {
          what: `value ${row.value}`,
          x0: vx0,
          x1: vx1,
          y0: row.valueY - valueHalf,
          y1: row.valueY + valueHalf,
        },
      ];
      // The mark, with a total's line from zero.
      if (row.mark)
        out.push({
          what: `mark ${row.value}`,
          x0: row.mark.x0,
          x1: row.mark.x1,
          y0: row.markY - r,
          y1: row.markY + r,
        });
      return out;
    }),
  );
}

const clash = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe("layoutCasualties(records, state, size)", () => {
  for (const size of SIZES)
    for (const [state, date] of BEATS)
      it(`${state} on ${date} at ${size.width}×${size.height}: nothing collides or leaves the canvas`, () => {
        const all = boxes(state, date, size);
        const problems: string[] = [];
        for (const [i, a] of all.entries()) {
          if (a.x0 < 0 || a.x1 > size.width || a.y0 < 0 || a.y1 > size.height)
            problems.push(`${a.what} leaves the canvas`);
          for (const b of all.slice(i + 1))
            if (clash(a, b)) problems.push(`${a.what} hits ${b.what}`);
        }
        expect(problems).toEqual([]);
      });

  it("draws every row of the death tolls at the smallest phone size, axis and all", () => {
    const { claims, layout } = layoutCasualties(records, at("overview", "2016-12-23"), PHONE);
    expect(layout.rows.map((r) => r.claim.id)).toEqual(claims.map((c) => c.id));
    expect(layout.left).toEqual([]);
    expect(layout.rows.some((r) => r.form === "inline")).toBe(true);
  });

  it("keeps the roomy form, label above mark, where there is room", () => {
    const { layout } = layoutCasualties(records, at("overview", "2016-12-23"), LARGER_PHONE);
    expect(layout.rows.every((r) => r.form === "stacked" && r.labelY < r.markY)).toBe(true);
    expect(layout.axis).toBe(true);
  });

  it("gives each figure its claimant and keeps qualifiers and open ends", () => {
    const { layout } = layoutCasualties(records, at("overview", "2016-12-23"), DESKTOP);
    expect(layout.rows.map((r) => r.value)).toEqual([
      "153 · reported",
      "3 · reported",
      "2 · reported",
      "400–450 · reported",
      "614 · SOHR",
      "990+ · reported",
      "almost 1,200 · reported",
      "600+ · reported",
    ]);
  });

  it("marks a part of a larger toll as a part", () => {
    const { layout } = layoutCasualties(records, at("civilians-by-side", "2016-12-23"), DESKTOP);
    const labels = layout.rows.map((r) => r.label);
    expect(labels).toContain("Civilians killed by government fire (part of the 614)");
    expect(labels).toContain("Civilians killed (part of the almost 1,200)");
  });
});

describe("stackRows(texts, frame)", () => {
  const claim = (id: string, disputes?: string) =>
    ({ id, disputes }) as unknown as RowText["claim"];
  const text = (id: string, disputes?: string): RowText => ({
    claim: claim(id, disputes),
    label: `Claim ${id} with a label too long to share a line`,
    value: "no figure",
  });
  const frame = {
    box: { x0: 0, y0: 6, x1: 200, y1: 100 },
    textLeft: 14,
    measure: measure(11),
    axisHeight: 24,
    captionHeight: 0,
  };

  it("leaves out whole rows it cannot fit, says how many, and never splits a denial from its claim", () => {
    const rows = [text("a"), text("b"), text("c", "b"), text("d")];
    const { rows: drawn, left, axis } = stackRows(rows, frame);
    expect(drawn.map((r) => r.claim.id)).toEqual(["a"]);
    expect(left.map((c) => c.id)).toEqual(["b", "c", "d"]);
    expect(axis).toBe(false);
  });

  it("draws every row once the canvas is tall enough", () => {
    const rows = [text("a"), text("b"), text("c", "b"), text("d")];
    const { left } = stackRows(rows, { ...frame, box: { ...frame.box, y1: 400 } });
    expect(left).toEqual([]);
  });
});

describe("casualtiesSpec(records, state, size)", () => {
  it("drops the axis only when the rows need its room", () => {
    const spec = (h: number) =>
      casualtiesSpec(records, at("overview", "2016-12-23"), { width: 296, height: h }) as {
        x: { axis: string | null };
      };
    expect(spec(600).x.axis).toBe("bottom");
    expect(spec(130).x.axis).toBe(null);
  });
});
