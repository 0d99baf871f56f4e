import { describe, expect, it } from "vitest";
import { layoutControl } from "../../../../src/charts/control/layout.ts";
import { CONTROL_STATES } from "../../../../src/charts/control/states.ts";
import { type Box, overlaps } from "../../../../src/charts/labelPlacement.ts";
import { measure } from "../../../../src/charts/measure.ts";
import { textWidth } from "../../../../src/charts/textMetrics.ts";
import { at, records } from "../records.ts";
import { STATE_DATES as DATES, SIZES } from "./fixtures.ts";

const CASES = Object.keys(CONTROL_STATES).flatMap((state) =>
  [DATES[state] as string, "2016-12-23"].flatMap((date) =>
    SIZES.map((size) => [state, date, `${size.width}×${size.height}`, size] as const),
  ),
);

/** Where the chart draws things a label must not cover, worked out from the view alone. */
function drawn(chart: ReturnType<typeof layoutControl>, size: { width: number }) {
  const { px, py, view, margin, panels } = chart;
  const boxes: { what: string; box: Box }[] = [];
  for (const c of view.shares) {
    const [x, y] = [px(c.date), py(c.value_high)];
    boxes.push({ what: `dot ${c.id}`, box: { x0: x - 5, y0: y - 5, x1: x + 5, y1: y + 5 } });
  }
  for (const c of view.claims) {
    const [x, y] = [px(c.date), panels.claimY];
    boxes.push({ what: `claim ${c.id}`, box: { x0: x - 5, y0: y - 5, x1: x + 5, y1: y + 5 } });
  }
  // The step line, in the count panel: each tread, a line two pixels wide.
  view.steps.slice(0, -1).forEach((p, i) => {
    const next = view.steps[i + 1] ?? p;
    const y = chart.scales.count.apply(p.government);
    boxes.push({
      what: `step from ${p.date}`,
      box: { x0: px(p.date) + 1, y0: y - 1, x1: px(next.date) - 1, y1: y + 1 },
    });
  });
  // The y-axis's numbers, ending just left of the plot.
  for (const share of [0, 100]) {
    const w = textWidth(`${share}%`, measure(chart.fontSize));
    const y = py(share);
    boxes.push({
      what: `tick ${share}%`,
      box: { x0: margin.left - 9 - w, y0: y - 4, x1: margin.left - 9, y1: y + 4 },
    });
  }
  expect(size.width).toBeGreaterThan(margin.left);
  return boxes;
}

describe("layoutControl(records, state, size)", () => {
  it.each(CASES)(
    "%s on %s at %s keeps every label inside the canvas, above the axis",
    (state, date, _, size) => {
      const chart = layoutControl(records, at(state, date), size);
      for (const label of chart.labels) {
        expect(label.box.x0, label.text).toBeGreaterThanOrEqual(0);
        expect(label.box.x1, label.text).toBeLessThanOrEqual(size.width);
        expect(label.box.y0, label.text).toBeGreaterThanOrEqual(chart.top - 4);
        // The share panel's foot: no label reaches into the count panel or its title.
        expect(label.box.y1, label.text).toBeLessThanOrEqual(chart.panels.share.y1);
      }
    },
  );

  it.each(CASES)(
    "%s on %s at %s keeps every label off the dots, the step line, the axis numbers and each other",
    (state, date, _, size) => {
      const chart = layoutControl(records, at(state, date), size);
      const marks = drawn(chart, size);
      chart.labels.forEach((label, i) => {
        for (const { what, box } of marks)
          expect(overlaps(label.box, box), `"${label.text}" covers ${what}`).toBe(false);
        for (const other of chart.labels.slice(i + 1))
          expect(overlaps(label.box, other.box), `"${label.text}" / "${other.text}"`).toBe(false);
      });
    },
  );

  it("measures its text with the reader's spacing the size carries, and none without", () => {
    const size = { width: 366, height: 293 };
    const plain = layoutControl(records, at("hanano", "2016-11-26"), size);
    const spaced = layoutControl(records, at("hanano", "2016-11-26"), {
      ...size,
      text: { face: "shipped", letter: 0.12, word: 0.16 },
    });
    expect(spaced.margin.left).toBeGreaterThan(plain.margin.left);
    expect(spaced.margin.right).toBeGreaterThanOrEqual(plain.margin.right);
  });

  it("keeps room for the beat's turning point at the bold weight it is drawn in", () => {
    let focused = 0;
    for (const [state, date, , size] of CASES) {
      const chart = layoutControl(records, at(state, date), size);
      const bold = measure(chart.fontSize, undefined, 700);
      chart.turning.forEach((t, i) => {
        if (t.key !== chart.view.focus.turningPoint) return;
        const [x, y] = [chart.px(t.date) + 3, chart.top + chart.turningRow(i)];
        const box = chart.reserved.find(
          (b) => b.x0 === x && Math.abs((b.y0 + b.y1) / 2 - y) < 0.01,
        );
        expect(box, `${state} ${date} ${t.label}`).toBeDefined();
        expect((box?.x1 ?? 0) - x).toBeCloseTo(textWidth(t.label, bold));
        focused += 1;
      });
    }
    expect(focused).toBeGreaterThan(0);
  });

  it("sets the count panel's title to fit at the weight it is drawn in (600)", () => {
    for (let width = 280; width <= 720; width += 1) {
      const chart = layoutControl(records, at("hanano", "2016-11-26"), { width, height: 300 });
      const semibold = measure(chart.fontSize, undefined, 600);
      const room = width - chart.margin.left - 4;
      if (chart.countTitle.includes("(a count")) {
        expect(textWidth(chart.countTitle, semibold), `${width} px`).toBeLessThanOrEqual(room);
      }
    }
  });

  it("names in the note above the chart every drawn figure that found no room inside", () => {
    for (const [state, date, , size] of CASES) {
      const chart = layoutControl(records, at(state, date), size);
      const inside = chart.labels.map((l) => l.text).join(" ");
      const above = chart.lines.map((l) => l.text).join(" ");
      const text = `${inside} ${above}`.replace(/\s+/g, " ");
      for (const c of chart.shares) expect(text, `${state} ${date}`).toContain(`${c.value_high}%`);
      if (chart.claims.length)
        expect(text, `${state} ${date}`).toMatch(/Claims? of complete control/);
    }
  });
});
