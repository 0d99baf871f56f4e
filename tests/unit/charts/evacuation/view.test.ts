import { describe, expect, it } from "vitest";
import { describeEvacuation } from "../../../../src/charts/evacuation/describe.ts";
import { evacuationSpec } from "../../../../src/charts/evacuation/spec.ts";
import { evacuationView, pauses } from "../../../../src/charts/evacuation/view.ts";
import { at, records } from "../records.ts";

describe("evacuationView(records, state)", () => {
  it("keeps each claimant's running totals apart and cut at the beat's date", () => {
    const view = evacuationView(records, at("disputed", "2016-12-20"));
    const totals = Object.fromEntries(
      view.totals.map((s) => [s.claimant, s.points.map((p) => p.high)]),
    );
    expect(totals.icrc).toEqual([10000, 25000]);
    expect(totals.sohr).toEqual([8500, 16200]);
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
    expect(pauses(records.data.events, "2016-12-22").map((p) => [p.start, p.end, p.label])).toEqual(
      [
        ["2016-12-14", "2016-12-15", "Ceasefire broken"],
        ["2016-12-16", "2016-12-18", "Suspended"],
        ["2016-12-18", "2016-12-18", "Suspended"],
        ["2016-12-20", "2016-12-21", "Suspended"],
      ],
    );
  });

  it("leaves a pause open at the beat's date", () => {
    expect(pauses(records.data.events, "2016-12-17").at(-1)).toEqual({
      start: "2016-12-16",
      end: "2016-12-17",
      label: "Suspended",
    });
  });
});

describe("describeEvacuation(records, state)", () => {
  it("puts the Red Cross's and SOHR's totals side by side", () => {
    expect(describeEvacuation(records, at("disputed", "2016-12-20"))).toMatch(
      /16,200 by 20 December per SOHR.*25,000 by 19 December per Red Cross|25,000 by 19 December per Red Cross.*16,200 by 20 December per SOHR/,
    );
  });
});

describe("evacuationSpec(records, state, size)", () => {
  it("spans 8–22 December once the convoys start", () => {
    const spec = evacuationSpec(records, at("complete", "2016-12-22"), {
      width: 640,
      height: 400,
    }) as {
      x: { domain: Date[] };
    };
    expect(spec.x.domain[0]?.toISOString().slice(0, 10)).toBe("2016-12-08");
  });
});
