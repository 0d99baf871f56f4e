import { describe, expect, it } from "vitest";
import { describeEvacuation } from "../../../../src/charts/evacuation/describe.ts";
import { layoutEvacuation } from "../../../../src/charts/evacuation/layout.ts";
import { evacuationSpec } from "../../../../src/charts/evacuation/spec.ts";
import { evacuationView, pauses } from "../../../../src/charts/evacuation/view.ts";
import type { Box } from "../../../../src/charts/labelPlacement.ts";
import { measure } from "../../../../src/charts/measure.ts";
import { textWidth } from "../../../../src/charts/textMetrics.ts";
import type { StoryEvent } from "../../../../src/data/datasets/events.ts";
import { at, records } from "../records.ts";
import { BEATS, SIZES } from "./fixtures.ts";

describe("evacuationView(records, state)", () => {
  it("keeps each claimant's running totals apart and cut at the beat's date", () => {
    const view = evacuationView(records, at("disputed", "2016-12-20"));
    const totals = Object.fromEntries(
      view.totals.map((s) => [s.claimant, s.points.map((p) => p.high)]),
    );
    expect(totals.icrc).toEqual([10000, 25000]);
    expect(totals.sohr).toEqual([8500, 16200]);
  });

  it("fleeing: the 'nearly 10,000' of 27 November is a running total, not one day's flight", () => {
    const view = evacuationView(records, at("fleeing", "2016-11-27"));
    expect(view.fled.map((r) => r.high)).toEqual([600]);
    expect(view.totals.map((s) => [s.claimant, s.points.map((p) => [p.high, p.subgroup])])).toEqual(
      [["reported", [[10000, "civilians"]]]],
    );
  });

  it("shows single convoys while the convoys are the story", () => {
    const view = evacuationView(records, at("first-convoys", "2016-12-15"));
    expect(view.convoys.map((c) => [c.convoy, c.high])).toEqual([
      [1, 1000],
      [2, 1198],
    ]);
  });
});

describe("pauses(events, until)", () => {
  it("runs each halt to the next restart, from the events file", () => {
    expect(
      pauses(records.data.events, "2016-12-22").map((p) => [p.start, p.end, p.label, p.underWay]),
    ).toEqual([
      ["2016-12-14", "2016-12-15", "Ceasefire broken", false],
      ["2016-12-16", "2016-12-18", "Suspended", true],
      ["2016-12-18", "2016-12-18", "Suspended", true],
      ["2016-12-20", "2016-12-21", "Suspended", true],
    ]);
  });

  it("leaves a pause open at the beat's date", () => {
    expect(pauses(records.data.events, "2016-12-17").at(-1)).toEqual({
      start: "2016-12-16",
      end: "2016-12-17",
      label: "Suspended",
      underWay: true,
    });
  });

  it("calls a hold-up before the evacuation began a delay, never a suspension", () => {
    const event = (id: string, date: string, kind: StoryEvent["kind"]): StoryEvent => ({
      id,
      date,
      kind,
      summary: id,
      claimant: "reported",
      section: "test",
      note: undefined,
    });
    const list = pauses(
      [
        event("a", "2016-12-14", "evacuation-delayed"),
        event("b", "2016-12-15", "evacuation-began"),
        event("c", "2016-12-16", "evacuation-suspended"),
        event("d", "2016-12-17", "evacuation-resumed"),
      ],
      "2016-12-22",
    );
    expect(list.map((p) => [p.start, p.end, p.label, p.underWay])).toEqual([
      ["2016-12-14", "2016-12-15", "Delayed", false],
      ["2016-12-16", "2016-12-17", "Suspended", true],
    ]);
  });
});

describe("describeEvacuation(records, state)", () => {
  it("puts the Red Cross's and SOHR's totals side by side", () => {
    expect(describeEvacuation(records, at("disputed", "2016-12-20"))).toMatch(
      /16,200 by 20 December per SOHR.*25,000 by 19 December per the Red Cross|25,000 by 19 December per the Red Cross.*16,200 by 20 December per SOHR/,
    );
  });
});

describe("describeEvacuation(records, state): running totals", () => {
  it("calls the civilians' nearly 10,000 a running total, and a day's flight not one", () => {
    const text = describeEvacuation(records, at("fleeing", "2016-11-27"));
    expect(text).toMatch(
      /^Running total of people evacuated so far: nearly 10,000 civilians by 27 November as reported\./,
    );
    expect(text).toMatch(/not a running total: 400–600 civilians as reported on 26 November\.$/);
  });

  it("says totals, plural, once there are two", () => {
    expect(describeEvacuation(records, at("fleeing", "2016-12-08"))).toMatch(
      /^Running totals of people evacuated so far: .* and 10,500 by 8 December per Russian officials\./,
    );
  });
});

describe("describeEvacuation(records, state): pauses", () => {
  it("says the evacuation was delayed on 14 December, before it began, and suspended later", () => {
    expect(describeEvacuation(records, at("complete", "2016-12-22"))).toMatch(
      /The evacuation was delayed, with the ceasefire broken, from 14 to 15 December, suspended from 16 to 18 December, suspended on 18 December and suspended from 20 to 21 December\.$/,
    );
  });
});

describe("evacuationSpec(records, state, size)", () => {
  it("spans 13–22 December once the convoys start, up to the beat's date", () => {
    const spec = evacuationSpec(records, at("complete", "2016-12-22"), {
      width: 640,
      height: 400,
    }) as {
      x: { domain: Date[] };
    };
    expect(spec.x.domain.map((d) => d.toISOString().slice(0, 10))).toEqual([
      "2016-12-13",
      "2016-12-23",
    ]);
  });
});

describe("layoutEvacuation(records, state, size)", () => {
  const overlap = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

  for (const size of SIZES) {
    for (const state of BEATS) {
      it(`labels every figure it draws at ${size.width}×${size.height}, ${state.state} ${state.date}`, () => {
        const layout = layoutEvacuation(records, state, size);
        const labelled = new Set(layout.labels.flatMap((l) => l.datum.keys));
        const { totals, fled, convoys, remaining } = layout.drawn;
        for (const mark of [...totals, ...fled, ...convoys, ...remaining])
          expect(labelled.has(mark)).toBe(true);
        // A drawn figure's label names its claimant, or its series' label does.
        for (const label of layout.labels.filter((l) => l.datum.kind !== "value"))
          expect(label.lines.join(" ")).toMatch(
            /Red Cross|SOHR|Russian officials|Russian MoD|Rebel officials|UN envoy|reported/,
          );
      });

      it(`keeps labels apart and inside the plot at ${size.width}×${size.height}, ${state.state} ${state.date}`, () => {
        const { labels, margin } = layoutEvacuation(records, state, size);
        labels.forEach((a, i) => {
          expect(a.box.x0).toBeGreaterThanOrEqual(margin.left);
          expect(a.box.x1).toBeLessThanOrEqual(size.width);
          expect(a.box.y0).toBeGreaterThanOrEqual(margin.top);
          expect(a.box.y1).toBeLessThanOrEqual(size.height - margin.bottom);
          for (const b of labels.slice(i + 1)) expect(overlap(a.box, b.box)).toBe(false);
        });
      });
    }
  }

  it("draws and names every claimant's latest total on a phone once the counts diverge", () => {
    const layout = layoutEvacuation(records, at("suspended", "2016-12-16"), {
      width: 296,
      height: 200,
    });
    expect(
      layout.labels.filter((l) => l.datum.kind === "total").map((l) => l.lines.join(" ")),
    ).toEqual([
      expect.stringMatching(/^SOHR:? 8,500$/),
      expect.stringMatching(/^Red Cross:? 10,000$/),
    ]);
  });

  it("measures each claimant's total at the bold weight it is drawn in", () => {
    let totals = 0;
    // A phone's and the desktop's canvas.
    for (const state of BEATS) {
      for (const size of [SIZES[1], SIZES[4]].filter((s) => s !== undefined)) {
        const layout = layoutEvacuation(records, state, size);
        const bold = measure(layout.fontSize, undefined, 700);
        for (const label of layout.labels.filter((l) => l.datum.kind === "total")) {
          const widest = Math.max(...label.lines.map((line) => textWidth(line, bold)));
          expect(label.box.x1 - label.box.x0, label.lines.join(" ")).toBeCloseTo(widest + 2);
          totals += 1;
        }
      }
    }
    expect(totals).toBeGreaterThan(10);
  });

  it("labels a total beside one-off departures as evacuated so far, naming civilians", () => {
    for (const size of [
      { width: 296, height: 200 },
      { width: 689, height: 636 },
    ]) {
      const layout = layoutEvacuation(records, at("fleeing", "2016-12-08"), size);
      const totals = layout.labels.filter((l) => l.datum.kind === "total");
      expect(totals.map((l) => l.lines.join(" ")).sort()).toEqual([
        "10,500 evacuated so far (Russian officials)",
        "nearly 10,000 civilians evacuated so far (reported)",
      ]);
    }
  });

  it("keeps the beat's own figures on a phone: SOHR's 2,000–3,000 still inside on 20 December", () => {
    const layout = layoutEvacuation(records, at("disputed", "2016-12-20"), {
      width: 296,
      height: 200,
    });
    expect(layout.drawn.remaining.map((r) => [r.low, r.high, r.claimant])).toEqual([
      [2000, 3000, "sohr"],
    ]);
  });

  it("spreads the two convoys of 15 December across the day so neither hides the other", () => {
    const layout = layoutEvacuation(records, at("first-convoys", "2016-12-15"), {
      width: 296,
      height: 200,
    });
    const xs = layout.drawn.convoys.map((r) => layout.scales.px(layout.x.convoy(r)));
    expect(xs).toHaveLength(2);
    expect(Math.abs((xs[1] ?? 0) - (xs[0] ?? 0))).toBeGreaterThanOrEqual(2 * layout.R.convoy);
  });

  it('writes every pause as "Paused", or "Delayed" before the start, on a single row on a phone', () => {
    const layout = layoutEvacuation(records, at("complete", "2016-12-22"), {
      width: 296,
      height: 200,
    });
    expect(new Set(layout.pauses.runs.map((r) => r.row))).toEqual(new Set([0]));
    expect(
      layout.pauses.runs.map((r) => [r.start.toISOString().slice(0, 10), r.text]).sort(),
    ).toEqual([
      ["2016-12-14", "Delayed"],
      ["2016-12-16", "Paused"],
      ["2016-12-20", "Paused"],
    ]);
  });
});

describe("describeEvacuation(records, state): the counts side by side", () => {
  it("names every claimant's count of 16 December, those with no running total too", () => {
    const text = describeEvacuation(records, at("suspended", "2016-12-16"));
    expect(text).toContain(
      "8,500 by 16 December per SOHR and 10,000 by 16 December per the Red Cross",
    );
    expect(text).toContain("much lower and 0 fighters by 16 December per rebel officials");
    expect(text).toContain("all civilians and 3,400 fighters by 16 December per the Russian MoD");
  });

  it("says who said the evacuation was over, and who said it was not", () => {
    expect(describeEvacuation(records, at("complete", "2016-12-22"))).toContain(
      "no one was left on 21 December per SOHR, evacuation still ongoing on 21 December per the UN",
    );
  });
});

describe("layoutEvacuation(records, state, size): pauses part the lines", () => {
  it("cuts the Red Cross's totals at each suspension: 16, 19 and 22 December stand alone", () => {
    const layout = layoutEvacuation(records, at("complete", "2016-12-22"), {
      width: 689,
      height: 680,
    });
    const runs = layout.drawn.lines.filter((p) => p.claimant === "icrc").map((p) => p.run);
    expect(new Set(runs).size).toBe(3);
  });
});
