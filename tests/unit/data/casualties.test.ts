import { describe, expect, it } from "vitest";
import { shipped } from "./fixtures.ts";

const row = (id: string) => shipped.casualties.find((c) => c.id === id);

/** Readings of the source the casualty rows must keep (see data/README.md). */
describe("data/casualties.csv", () => {
  it("records the infobox's unlabelled 2 killed with their side not given, not as SDF", () => {
    expect(row("cas-08")).toMatchObject({ group: "not-given", kind: "killed", high: 2 });
    expect(shipped.casualties.filter((c) => c.group === "sdf")).toEqual([]);
  });

  it("counts the intro's civilians killed by rebel fire (149+, and some) among its 600+", () => {
    expect(row("cas-16")).toMatchObject({ group: "civilians", low: 600, part_of: "cas-15" });
    expect(row("cas-17")).toMatchObject({ inflicted_by: "rebels", low: 149, part_of: "cas-16" });
    expect(row("cas-18")).toMatchObject({
      inflicted_by: "rebels",
      qualifier: "some",
      part_of: "cas-16",
    });
  });

  it("records Fatah al-Sham's arrest of 150 Jaysh al-Islam fighters as rebels arresting rebels", () => {
    expect(row("cas-21")).toMatchObject({ group: "rebels", kind: "arrested-by-rebels", high: 150 });
    const captures = shipped.casualties.filter((c) => c.kind === "captured");
    expect(captures.filter((c) => c.group === "rebels" && c.inflicted_by === "rebels")).toEqual([]);
  });

  it("makes every part no larger than its whole, and of the same or a wider group", () => {
    for (const part of shipped.casualties.filter((c) => c.part_of)) {
      const whole = row(part.part_of as string);
      expect(whole, part.id).toBeDefined();
      expect(part.kind, part.id).toBe(whole?.kind);
      expect([part.group, "all"], part.id).toContain(whole?.group);
      if (part.low !== undefined && whole?.high !== undefined && !whole.open_ended)
        expect(part.low, part.id).toBeLessThanOrEqual(whole.high);
    }
  });
});
