import { describe, expect, it } from "vitest";
import { DAY, at as dayStart } from "../../../../src/charts/evacuation/days.ts";
import { layoutEvacuation } from "../../../../src/charts/evacuation/layout.ts";
import { type Box, overlaps } from "../../../../src/charts/labelPlacement.ts";
import { records } from "../records.ts";
import { BEATS, SIZES } from "./fixtures.ts";

const CASES = BEATS.flatMap((state) =>
  SIZES.map(
    (size) => [state.state, state.date, `${size.width}×${size.height}`, state, size] as const,
  ),
);

const around = (x: number, y: number, r: number): Box => ({
  x0: x - r,
  y0: y - r,
  x1: x + r,
  y1: y + r,
});

/** Every mark the chart draws, and points along each claimant's line, from the layout's scales. */
function marksOf(layout: ReturnType<typeof layoutEvacuation>) {
  const { R, drawn } = layout;
  const { px, py } = layout.scales;
  const { total: xTotal, fled: xFled, convoy: xConvoy } = layout.x;
  const marks: { what: string; box: Box }[] = [
    ...drawn.totals.map((p) => ({
      what: `${p.claimant} total on ${p.date}`,
      box: around(px(xTotal(p)), py(p.high), R.total),
    })),
    ...drawn.fled.map((r) => ({
      what: `fled on ${r.date}`,
      box: around(px(xFled(r)), py(r.high), R.fled),
    })),
    ...drawn.convoys.map((r) => ({
      what: `convoy ${r.convoy}`,
      box: around(px(xConvoy(r)), py(r.high), R.convoy),
    })),
    ...drawn.convoys.map((r) => ({
      what: `convoy ${r.convoy}'s stem`,
      box: { x0: px(xConvoy(r)) - 0.5, x1: px(xConvoy(r)) + 0.5, y0: py(r.high), y1: py(0) },
    })),
    ...drawn.others.map((r) => ({
      what: `${r.claimant}'s ${r.subgroup} on ${r.date}`,
      box: around(px(layout.x.other(r)), py(r.high), R.other),
    })),
    ...drawn.remaining.map((r) => ({
      what: `still inside on ${r.date}`,
      box: {
        x0: px(dayStart(r.date)) + 1,
        x1: px(new Date(dayStart(r.date).getTime() + DAY)) - 1,
        y0: py(r.high),
        y1: py(r.low),
      },
    })),
  ];
  for (const run of new Set(drawn.lines.map((p) => p.run))) {
    const points = drawn.lines.filter((p) => p.run === run);
    const claimant = run;
    points.slice(1).forEach((b, i) => {
      const a = points[i] ?? b;
      const [x1, y1, x2, y2] = [px(xTotal(a)), py(a.high), px(xTotal(b)), py(b.high)];
      for (let t = 0; t <= 1; t += 0.05)
        marks.push({
          what: `${claimant}'s line`,
          box: around(x1 + (x2 - x1) * t, y1 + (y2 - y1) * t, 0.5),
        });
    });
  }
  return marks;
}

describe("layoutEvacuation(records, state, size) keeps its labels", () => {
  it.each(CASES)(
    "%s on %s at %s off every mark and every claimant's line",
    (_s, _d, _z, state, size) => {
      const layout = layoutEvacuation(records, state, size);
      const marks = marksOf(layout);
      expect(marks.length).toBeGreaterThan(0);
      for (const label of layout.labels)
        for (const { what, box } of marks)
          expect(overlaps(label.box, box), `"${label.lines.join(" ")}" covers ${what}`).toBe(false);
    },
  );

  it.each(CASES)(
    "%s on %s at %s off the text it has placed, with leader lines crossing none",
    (_s, _d, _z, state, size) => {
      const { labels } = layoutEvacuation(records, state, size);
      labels.forEach((label, i) => {
        for (const [k, other] of labels.entries()) {
          if (k === i) continue;
          if (k > i) expect(overlaps(label.box, other.box)).toBe(false);
          const l = label.leader;
          if (!l) continue;
          for (let t = 0; t <= 1; t += 0.05)
            expect(
              overlaps(other.box, around(l.x1 + (l.x2 - l.x1) * t, l.y1 + (l.y2 - l.y1) * t, 0.5)),
              `the leader to "${label.lines.join(" ")}" crosses "${other.lines.join(" ")}"`,
            ).toBe(false);
        }
      });
    },
  );
});

describe("layoutEvacuation(records, state, size) uses its frame", () => {
  it.each(CASES)(
    "%s on %s at %s: text of 14 px at desktop size, 12 px on phones",
    (_s, _d, _z, state, size) => {
      const layout = layoutEvacuation(records, state, size);
      expect(layout.fontSize).toBe(size.width >= 520 ? 14 : 12);
    },
  );

  it.each(CASES)(
    "%s on %s at %s: what it draws reaches across two-thirds of the plot each way",
    (_s, _d, _z, state, size) => {
      const layout = layoutEvacuation(records, state, size);
      const { margin } = layout;
      const boxes = [...marksOf(layout).map((m) => m.box), ...layout.labels.map((l) => l.box)];
      const [x0, x1] = [margin.left, size.width - margin.right];
      const [y0, y1] = [margin.top, size.height - margin.bottom];
      const spanX =
        Math.min(x1, ...boxes.map((b) => b.x1)) <= x0
          ? 0
          : Math.min(x1, Math.max(...boxes.map((b) => b.x1))) -
            Math.max(x0, Math.min(...boxes.map((b) => b.x0)));
      const spanY =
        Math.min(y1, Math.max(...boxes.map((b) => b.y1))) -
        Math.max(y0, Math.min(...boxes.map((b) => b.y0)));
      expect(spanX / (x1 - x0), "across").toBeGreaterThanOrEqual(2 / 3);
      expect(spanY / (y1 - y0), "up").toBeGreaterThanOrEqual(2 / 3);
    },
  );
});
