import { describe, expect, it } from "vitest";
import { shipped } from "./fixtures.ts";

const row = (id: string) => shipped.events.find((e) => e.id === id);

/** Readings of the source the events must keep (see data/README.md). */
describe("data/events.csv", () => {
  it("has the evacuation of 14 December delayed, not suspended: it had not begun", () => {
    expect(row("evt-062")?.kind).toBe("evacuation-delayed");
    const began = shipped.events.find((e) => e.kind === "evacuation-began")?.date ?? "";
    expect(began).toBe("2016-12-15");
    expect(
      shipped.events.filter(
        (e) => e.kind === "evacuation-suspended" && e.date !== undefined && e.date < began,
      ),
    ).toEqual([]);
  });

  it("leaves Laerke's undated quotation undated, as the story does (#18)", () => {
    expect(row("evt-058")?.summary).toMatch(/complete meltdown of humanity/);
    expect(row("evt-058")?.date).toBeUndefined();
  });

  it("words the officer's reason as the source does: internal disputes, not infighting", () => {
    expect(row("evt-064")?.summary).toMatch(/internal disputes/);
  });

  it("keeps UNICEF's 100+ children in a building under attack as an event, not as people still inside", () => {
    expect(row("evt-051")).toMatchObject({ claimant: "unicef", kind: "un" });
    expect(row("evt-051")?.summary).toMatch(/100 unaccompanied children/);
    const remaining = shipped.evacuation.filter((r) => r.measure === "remaining");
    expect(remaining.filter((r) => r.subgroup === "children" || r.claimant === "unicef")).toEqual(
      [],
    );
  });

  it("keeps the source's counts exact where it gives no qualifier: ten warships, one kilometre", () => {
    expect(row("evt-005")?.summary).toMatch(/\bten further Russian warships\b/);
    expect(row("evt-023")?.summary).toMatch(/\bone kilometre\b/);
    for (const event of shipped.events)
      expect(event.summary, event.id).not.toMatch(/\b(some ten|about a kilometre)\b/);
  });

  it("keeps every summary to one sentence of at most 25 words", () => {
    for (const event of shipped.events)
      expect(event.summary.split(/\s+/).length, event.id).toBeLessThanOrEqual(25);
  });
});
