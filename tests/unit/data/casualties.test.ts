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

  it("credits the infobox's 614 civilians to SOHR, its 465 plus 149, and the 990+ to no one", () => {
    expect(row("cas-12")).toMatchObject({
      claimant: "sohr",
      low: 614,
      high: 614,
      open_ended: false,
    });
    const parts = shipped.casualties.filter((c) => c.part_of === "cas-12");
    expect(parts.map((c) => [c.claimant, c.high])).toEqual([
      ["sohr", 465],
      ["sohr", 149],
    ]);
    const upper = shipped.casualties.filter((c) => c.group === "civilians" && c.high === 990);
    expect(upper).toEqual([
      expect.objectContaining({ claimant: "reported", low: 990, open_ended: true }),
    ]);
    expect(upper[0]?.part_of).toBeUndefined();
    // Two counts are two rows: no row spans one claimant's figure and another's.
    expect(shipped.casualties.filter((c) => c.low === 614 && c.high !== 614)).toEqual([]);
  });

  it("says pro-government forces for the UN's 82, as the source does", () => {
    expect(row("cas-25")).toMatchObject({
      high: 82,
      claimant: "un",
      inflicted_by: "pro-government",
    });
  });

  it("records what each answer to the killing reports answered, and who gave it", () => {
    expect(row("cas-26")).toMatchObject({ claimant: "syrian-army", disputes: "cas-25" });
    expect(row("cas-26")?.speaker).toMatch(/Brig\. Gen\. Samir Suleiman/);
    expect(row("cas-26")?.says).toMatch(/“false claims”/);
    // Rudskoi answered talk of corpse-filled streets, not the UN's figure.
    expect(row("cas-27")).toMatchObject({ claimant: "russia-mod", disputes: undefined });
    expect(row("cas-27")?.speaker).toMatch(/Rudskoi, Russia's general staff/);
    expect(row("cas-27")?.says).toMatch(/“full of corpses” is “a blatant lie”/);
  });

  it("keeps every answer to the army's prisoner allegation, and whom it accused", () => {
    const pows = shipped.casualties.filter((c) => c.group === "pows");
    expect(pows.map((c) => [c.claimant, c.qualifier])).toEqual([
      ["syrian-army", "over"],
      ["sohr", "denial"],
      ["rebels", "denial"],
      ["al-masdar", "attribution"],
    ]);
    expect(row("cas-32")?.says).toMatch(/Fatah Halab and Jabhat Fateh al-Sham/);
    expect(pows.find((c) => c.claimant === "rebels")?.says).toMatch(/hostages/);
    expect(pows.find((c) => c.claimant === "al-masdar")?.says).toMatch(
      /Jabhat Fateh al-Sham.*later Ahrar al-Sham and Nour al-Din al-Zenki/,
    );
  });

  it("gives a claim with no figure its words, never a bare denial", () => {
    for (const c of shipped.casualties.filter((c) => c.low === undefined && c.qualifier !== "some"))
      expect(c.says, c.id).toBeDefined();
  });
});
