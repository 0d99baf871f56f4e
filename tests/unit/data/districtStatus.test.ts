import { describe, expect, it } from "vitest";
import type { DistrictEvent } from "../../../src/data/datasets/districtEvents.ts";
import type { District } from "../../../src/data/datasets/districts.ts";
import { districtStatusOn, statusChanges } from "../../../src/data/districtStatus.ts";
import { shipped } from "./fixtures.ts";

const statusOf = (id: string, date: string) =>
  districtStatusOn(shipped.districts, shipped.districtEvents, date).get(id);

const district = (id: string, side: District["side_on_nov15"] = "rebel"): District => ({
  id,
  name: id,
  name_ar: "حي",
  variants: undefined,
  kind: "district",
  in_east: true,
  side_on_nov15: side,
  lat: 36.2,
  lon: 37.16,
  precision: "schematic",
  note: undefined,
});
let n = 0;
const event = (
  date: string,
  kind: DistrictEvent["kind"],
  actor: DistrictEvent["actor"] = "government",
): DistrictEvent => ({
  id: `e-${++n}`,
  date,
  dated: "on",
  district: "a",
  kind,
  actor,
  actor_unclear: false,
  share_low: undefined,
  share_high: undefined,
  qualifier: undefined,
  claimant: "reported",
  section: "test",
  note: undefined,
});

describe("districtStatusOn(districts, events, date)", () => {
  it("Hanano is contested from 20 November and flips to government on 26 November", () => {
    expect(statusOf("hanano", "2016-11-19")).toBe("rebel");
    expect(statusOf("hanano", "2016-11-20")).toBe("contested");
    expect(statusOf("hanano", "2016-11-25")).toBe("contested");
    expect(statusOf("hanano", "2016-11-26")).toBe("government");
    expect(statusOf("hanano", "2016-12-22")).toBe("government");
  });

  it("Sheikh Saeed goes back and forth between 30 November and 12 December", () => {
    expect(statusOf("sheikh-saeed", "2016-11-21")).toBe("rebel");
    expect(statusOf("sheikh-saeed", "2016-11-30")).toBe("contested");
    expect(statusOf("sheikh-saeed", "2016-12-01")).toBe("contested");
    expect(statusOf("sheikh-saeed", "2016-12-02")).toBe("contested");
    expect(statusOf("sheikh-saeed", "2016-12-11")).toBe("contested");
    expect(statusOf("sheikh-saeed", "2016-12-12")).toBe("government");
  });

  it("the Kurdish-led SDF holds Sheikh Maqsood throughout", () => {
    expect(statusOf("sheikh-maqsood", "2016-11-15")).toBe("sdf");
    expect(statusOf("sheikh-maqsood", "2016-12-22")).toBe("sdf");
  });

  it("leaves no district of the east in rebel hands at the end", () => {
    const end = districtStatusOn(shipped.districts, shipped.districtEvents, "2016-12-22");
    const east = shipped.districts.filter((d) => d.in_east);
    expect(east.filter((d) => end.get(d.id) === "rebel" || end.get(d.id) === "contested")).toEqual(
      [],
    );
  });

  it("applies same-day events in file order and ignores repelled assaults and encirclements", () => {
    const events = [
      event("2016-11-20", "assault-repelled"),
      event("2016-11-21", "encircled"),
      event("2016-11-22", "entered"),
      event("2016-11-22", "captured"),
      event("2016-11-23", "retaken", "rebels"),
    ];
    const on = (date: string) => districtStatusOn([district("a")], events, date).get("a");
    expect(on("2016-11-21")).toBe("rebel");
    expect(on("2016-11-22")).toBe("government");
    expect(on("2016-11-23")).toBe("rebel");
  });

  it("keeps a government district government when government forces advance in it again", () => {
    const events = [event("2016-11-20", "captured"), event("2016-11-21", "advanced")];
    expect(statusChanges([district("a")], events).map((c) => c.to)).toEqual(["government"]);
  });

  it("throws on an event in a district it does not know", () => {
    expect(() => statusChanges([district("b")], [event("2016-11-20", "captured")])).toThrow(
      /unknown district a/,
    );
  });

  it("makes a district contested when the side that does not hold it advances, enters or takes part of it", () => {
    for (const kind of ["advanced", "entered", "partly-taken"] as const) {
      const rebelHeld = statusChanges([district("a")], [event("2016-11-20", kind)]);
      expect(
        rebelHeld.map((c) => [c.from, c.to]),
        kind,
      ).toEqual([["rebel", "contested"]]);
      const ownSide = statusChanges([district("a", "government")], [event("2016-11-20", kind)]);
      expect(ownSide, kind).toEqual([]);
    }
  });

  it("records no change when a side captures what it already holds", () => {
    expect(statusChanges([district("a", "government")], [event("2016-11-20", "captured")])).toEqual(
      [],
    );
  });

  it("makes a district its holder abandons contested", () => {
    const changes = statusChanges([district("a")], [event("2016-11-20", "abandoned", "rebels")]);
    expect(changes.map((c) => c.to)).toEqual(["contested"]);
  });

  it("applies events in date order whatever the file's order, and file order within a day", () => {
    const events = [
      event("2016-11-25", "retaken", "rebels"),
      event("2016-11-22", "captured"),
      event("2016-11-22", "retaken", "rebels"),
      event("2016-11-22", "captured"),
    ];
    const changes = statusChanges([district("a")], events);
    expect(changes.map((c) => [c.date, c.to])).toEqual([
      ["2016-11-22", "government"],
      ["2016-11-22", "rebel"],
      ["2016-11-22", "government"],
      ["2016-11-25", "rebel"],
    ]);
    expect(changes.map((c) => c.event.id)).toEqual(
      [events[1], events[2], events[3], events[0]].map((e) => e?.id),
    );
  });
});

/** Readings of the source the statuses must keep (data/README.md, "Status rules"). */
describe("district statuses against the source", () => {
  const SPLIT_ON_28_NOV = [
    "sheikh-fares",
    "hallak-fuqani",
    "hallak-tahtani",
    "bustan-al-basha",
    "baibdeen",
    "ayn-al-tal",
  ];

  it("splits Sheikh Fares and the five districts the SDF held parts of between government forces and the SDF, from 28 November to the end", () => {
    for (const id of SPLIT_ON_28_NOV) {
      expect(statusOf(id, "2016-11-27"), id).not.toBe("split");
      for (const date of ["2016-11-28", "2016-12-13", "2016-12-22"])
        expect(statusOf(id, date), `${id} on ${date}`).toBe("split");
    }
  });

  it("splits a district the SDF takes the rest of, or holds part of, where government forces hold part", () => {
    const split = (side: District["side_on_nov15"], ...events: DistrictEvent[]) =>
      statusChanges([district("a", side)], events).at(-1)?.to;
    expect(split("rebel", event("2016-11-20", "taken-by-sdf", "sdf"))).toBe("sdf");
    expect(
      split(
        "rebel",
        event("2016-11-20", "partly-taken"),
        event("2016-11-20", "taken-by-sdf", "sdf"),
      ),
    ).toBe("split");
    expect(split("government", event("2016-11-20", "sdf-presence", "sdf"))).toBe("split");
    expect(split("rebel", event("2016-11-20", "sdf-presence", "sdf"))).toBeUndefined();
  });

  it("keeps Sheikh Saeed contested on 1 and 2 December: rebels regained almost all of it, the army kept the south, then held 30%", () => {
    expect(statusOf("sheikh-saeed", "2016-12-01")).toBe("contested");
    expect(statusOf("sheikh-saeed", "2016-12-02")).toBe("contested");
    const moves = statusChanges(shipped.districts, shipped.districtEvents).filter(
      (c) => c.district === "sheikh-saeed" && c.date >= "2016-12-01" && c.date <= "2016-12-02",
    );
    expect(
      moves.map((c) => [c.date, c.from, c.to, c.event.qualifier ?? c.event.share_low]),
    ).toEqual([
      ["2016-12-01", "contested", "contested", "almost all"],
      ["2016-12-02", "contested", "contested", 30],
    ]);
  });

  it("dates only 'by' a day the changes the source does not date: inferred, 'as of' or no separate date", () => {
    const bounded = /\b(Inferred|as of|no separate capture date|Ambiguous date)\b/;
    const by = shipped.districtEvents.filter((e) => bounded.test(e.note ?? ""));
    expect(by.map((e) => e.id)).toEqual([
      "de-049",
      "de-050",
      "de-100",
      "de-101",
      "de-102",
      "de-103",
      "de-104",
    ]);
    for (const e of shipped.districtEvents)
      expect(e.dated, e.id).toBe(bounded.test(e.note ?? "") ? "by" : "on");
  });

  it("marks the one row resting on the article's ambiguous 'they' as having an unclear actor", () => {
    expect(shipped.districtEvents.filter((e) => e.actor_unclear).map((e) => e.id)).toEqual([
      "de-063",
    ]);
  });
});
