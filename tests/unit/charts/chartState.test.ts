import { describe, expect, it } from "vitest";
import { stateEntry, viewOnce } from "../../../src/charts/chartState.ts";
import { chartRecords } from "../../../src/data/chartRecords.ts";
import { shipped } from "../data/fixtures.ts";
import { at, records } from "./records.ts";

describe("stateEntry(graphic, states, name)", () => {
  const states = { overview: { wide: true }, front: { wide: false } };

  it("returns the named state's entry", () => {
    expect(stateEntry("map", states, "front")).toBe(states.front);
  });

  it("names the graphic and the state it does not know", () => {
    expect(() => stateEntry("map", states, "sideways")).toThrow('unknown map state "sideways"');
  });

  it("does not take an object's inherited keys for states", () => {
    expect(() => stateEntry("map", states, "toString")).toThrow('unknown map state "toString"');
  });
});

describe("viewOnce(derive)", () => {
  const counting = () => {
    const calls: string[] = [];
    const view = viewOnce((_records, state) => {
      calls.push(`${state.state} ${state.date}`);
      return { date: state.date };
    });
    return { calls, view };
  };

  it("derives a state's view once and hands every reader the same object", () => {
    const { calls, view } = counting();
    const first = view(records, at("front", "2016-12-01", ["hanano"]));
    const again = view(records, at("front", "2016-12-01", ["hanano"]));
    expect(again).toBe(first);
    expect(calls).toEqual(["front 2016-12-01"]);
  });

  it("derives afresh for another name, date, highlight or set of records", () => {
    const { calls, view } = counting();
    view(records, at("front", "2016-12-01"));
    view(records, at("pocket", "2016-12-01"));
    view(records, at("front", "2016-12-02"));
    view(records, at("front", "2016-12-02", ["sukkari"]));
    view(chartRecords(shipped), at("front", "2016-12-01"));
    expect(calls).toHaveLength(5);
  });

  it("keeps the last 32 views, dropping the oldest first", () => {
    const { calls, view } = counting();
    const day = (n: number) => at("front", `2016-12-${String(n).padStart(2, "0")}`);
    for (let n = 1; n <= 32; n++) view(records, day(n));
    view(records, day(1));
    expect(calls).toHaveLength(32);
    view(records, day(33));
    view(records, day(2));
    expect(calls).toHaveLength(33);
    view(records, day(1));
    expect(calls).toHaveLength(34);
  });

  it("tells apart states whose fields run together", () => {
    const { calls, view } = counting();
    view(records, at("front", "2016-12-01"));
    view(records, at("fron", "t2016-12-01"));
    view(records, at("front", "2016-12-0", ["1"]));
    expect(calls).toHaveLength(3);
  });
});
