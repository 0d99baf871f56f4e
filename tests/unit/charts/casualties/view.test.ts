import { describe, expect, it } from "vitest";
import { describeCasualties } from "../../../../src/charts/casualties/describe.ts";
import { layoutCasualties } from "../../../../src/charts/casualties/layout.ts";
import { casualtyView, claimSubject } from "../../../../src/charts/casualties/view.ts";
import { at, records } from "../records.ts";

const ids = (state: string, date = "2016-12-23") =>
  casualtyView(records, at(state, date)).claims.map((c) => c.id);
const byId = (id: string) => records.data.casualties.find((c) => c.id === id);

describe("casualtyView(records, state)", () => {
  it("overview: whole-offensive death tolls, and parts only of the toll of everyone", () => {
    const shown = casualtyView(records, at("overview", "2016-12-23")).claims;
    expect(shown.length).toBeGreaterThan(3);
    expect(shown.every((c) => c.kind === "killed")).toBe(true);
    const parts = shown.filter((c) => c.part_of !== undefined);
    expect(parts.map((c) => [c.group, c.low, byId(c.part_of as string)?.group])).toEqual([
      ["civilians", 600, "all"],
    ]);
  });

  it("overview: the 600+ civilians sit right after the almost 1,200 dead, marked as a part", () => {
    const { layout } = layoutCasualties(records, at("overview", "2016-12-23"), {
      width: 296,
      height: 420,
    });
    const ids = layout.rows.map((r) => r.claim.id);
    expect(ids.indexOf("cas-16")).toBe(ids.indexOf("cas-15") + 1);
    const part = layout.rows.find((r) => r.claim.id === "cas-16");
    expect(part?.labelLines.join(" ")).toMatch(/\(part of the almost 1,200\)$/);
    expect(describeCasualties(records, at("overview", "2016-12-23"))).toMatch(
      /People killed: almost 1,200, reported; Civilians killed, part of the almost 1,200: more than 600, reported[.;]/,
    );
  });

  it("civilians-by-side: SOHR's 614 and its 465 and 149, never the count that names no side", () => {
    const shown = casualtyView(records, at("civilians-by-side", "2016-12-23")).claims;
    const sohr = shown.filter((c) => c.claimant === "sohr").map((c) => [c.inflicted_by, c.high]);
    expect(sohr).toEqual([
      [undefined, 614],
      ["government", 465],
      ["rebels", 149],
    ]);
    expect(shown.map((c) => c.high)).not.toContain(990);
  });

  it("civilians-by-side: the intro's 149+ by rebel shelling, as part of its 600+ civilians", () => {
    const { layout } = layoutCasualties(records, at("civilians-by-side", "2016-12-23"), {
      width: 640,
      height: 420,
    });
    const labels = layout.rows.map((r) => [r.claim.id, r.labelLines.join(" ")]);
    expect(labels).toContainEqual(["cas-16", "Civilians killed (part of the almost 1,200)"]);
    expect(labels).toContainEqual(["cas-17", "Civilians killed by rebel fire (part of the 600+)"]);
  });

  it("executions: the UN's 82, the army's answer straight after it, then Russia's", () => {
    const shown = ids("executions", "2016-12-13");
    expect(shown).toEqual(["cas-24", "cas-25", "cas-26", "cas-27"]);
    expect(byId("cas-26")?.disputes).toBe("cas-25");
    expect(byId("cas-24")).toMatchObject({ claimant: "rebels", high: 180, open_ended: true });
  });

  it("executions: labels each answer with who gave it and what it answered", () => {
    const { layout } = layoutCasualties(records, at("executions", "2016-12-13"), {
      width: 690,
      height: 680,
    });
    const words = layout.rows.map((r) => `${r.labelLines.join(" ")} ${r.valueLines.join(" ")}`);
    expect(words).toEqual([
      "People executed (alleged) by government forces 180+ · rebels",
      "Civilians executed (alleged) by pro-government forces 82 · UN",
      "Brig. Gen. Samir Suleiman, Syrian army: the killing reports are “false claims”",
      "Lt-Gen Sergei Rudskoi, Russia's general staff: talk of streets “full of corpses” is “a blatant lie”",
    ]);
    expect(words.join(" ")).not.toMatch(/denies it/);
  });

  it("prisoners: the army's allegation, SOHR's and the rebels' denials, Al-Masdar's blame", () => {
    const shown = casualtyView(records, at("prisoners", "2016-12-22")).claims;
    expect(shown.map((c) => c.claimant)).toEqual(["syrian-army", "sohr", "rebels", "al-masdar"]);
    expect(shown[1]?.disputes).toBe(shown[0]?.id);
    const text = describeCasualties(records, at("prisoners", "2016-12-22"));
    expect(text).toMatch(
      /Fatah Halab and Jabhat Fateh al-Sham accused: over 100, per the Syrian army/,
    );
    expect(text).toMatch(
      /SOHR: denied it; the dozens of bodies found were of soldiers killed in fighting/,
    );
    expect(text).toMatch(/Rebels: denied holding any hostages/);
    expect(text).toMatch(
      /Al-Masdar, a pro-government site: first Jabhat Fateh al-Sham .* later Ahrar al-Sham and Nour al-Din al-Zenki/,
    );
  });

  it("civilians: SOHR's 614, the unattributed 990+ as another count, and the 600+ as a part", () => {
    expect(ids("civilians")).toEqual(["cas-12", "cas-35", "cas-16"]);
    expect(describeCasualties(records, at("civilians", "2016-12-23"))).toBe(
      "Claims about civilian deaths, each a total for the whole offensive, side by side: " +
        "Civilians killed (465 + 149): 614, per SOHR; " +
        "Civilians killed, another count: more than 990, reported; " +
        "Civilians killed, part of the almost 1,200: more than 600, reported.",
    );
    const { layout } = layoutCasualties(records, at("civilians", "2016-12-23"), {
      width: 690,
      height: 680,
    });
    expect(layout.rows.map((r) => [r.labelLines.join(" "), r.value])).toEqual([
      ["Civilians killed (465 + 149)", "614 · SOHR"],
      ["Civilians killed, another count", "990+ · reported"],
      ["Civilians killed (part of the almost 1,200)", "600+ · reported"],
    ]);
  });

  it("combatants: each side's losses, and the 2 killed whose side is not given", () => {
    const shown = casualtyView(records, at("combatants", "2016-12-23")).claims;
    expect(shown.map((c) => c.group)).toEqual(
      expect.arrayContaining(["government-forces", "russian-military", "rebels", "not-given"]),
    );
    expect(shown.find((c) => c.group === "not-given")?.high).toBe(2);
  });

  it("surrenders: rebels who gave up or were captured, never the arrest among rebels", () => {
    const shown = casualtyView(records, at("surrenders", "2016-12-23")).claims;
    expect(shown.length).toBeGreaterThan(2);
    expect(shown.every((c) => c.kind === "surrendered" || c.kind === "captured")).toBe(true);
    expect(shown.map((c) => c.id)).not.toContain("cas-21");
    expect(describeCasualties(records, at("surrenders", "2016-12-23"))).not.toMatch(/by rebels/);
  });

  it("shows nothing claimed after the beat's date", () => {
    expect(ids("prisoners", "2016-12-13")).toEqual([]);
  });
});

describe("claimSubject(claim)", () => {
  it("words who did it for deaths by fire and for other acts", () => {
    const sohr465 = records.data.casualties.find((c) => c.claimant === "sohr" && c.high === 465);
    expect(sohr465 && claimSubject(sohr465)).toBe("Civilians killed by government fire");
    const arrest = byId("cas-21");
    expect(arrest && claimSubject(arrest)).toBe("Rebels arrested by other rebels");
    const un82 = records.data.casualties.find((c) => c.claimant === "un" && c.high === 82);
    expect(un82 && claimSubject(un82)).toBe(
      "Civilians executed (alleged) by pro-government forces",
    );
  });
});

describe("a figure whose side the source does not give", () => {
  const sideless = records.data.casualties.filter((c) => c.group === "not-given");

  it("is worded as side not given, never as a side", () => {
    expect(sideless.map((c) => claimSubject(c))).toEqual(["Killed (side not given)"]);
  });

  it("is labelled side not given on the chart, in every state that shows it", () => {
    for (const state of ["overview", "combatants"]) {
      for (const width of [296, 640]) {
        const { layout } = layoutCasualties(records, at(state, "2016-12-23"), {
          width,
          height: 420,
        });
        const row = layout.rows.find((r) => r.claim.group === "not-given");
        expect(row?.labelLines.join(" ")).toMatch(
          /^Killed \(side not given\)( · whole offensive)?$/,
        );
        expect(layout.rows.map((r) => r.labelLines.join(" ")).join(" ")).not.toMatch(/SDF/);
      }
    }
  });

  it("is side not given in the description", () => {
    const text = describeCasualties(records, at("combatants", "2016-12-23"));
    expect(text).toMatch(/Killed \(side not given\): 2, reported \(whole offensive\);/);
    expect(text).not.toMatch(/SDF/);
  });
});

describe("describeCasualties(records, state)", () => {
  it("lists every claim with its claimant, keeping ranges and 'more than'", () => {
    const text = describeCasualties(records, at("overview", "2016-12-23"));
    expect(text).toMatch(/Civilians killed \(465 \+ 149\): 614, per SOHR;/);
    expect(text).toMatch(/Civilians killed, another count: more than 990, reported;/);
    expect(text).not.toMatch(/614–990/);
    expect(text).toMatch(/Rebels killed: 400–450/);
  });
});

describe("layoutCasualties(records, state, size)", () => {
  it("gives each claim a row of its own, in the view's order", () => {
    const { layout } = layoutCasualties(records, at("executions", "2016-12-13"), {
      width: 360,
      height: 300,
    });
    expect(layout.rows.map((r) => r.claim.id)).toEqual(ids("executions", "2016-12-13"));
    const ys = layout.rows.map((r) => r.markY);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
  });
});
