import { describe, expect, it } from "vitest";
import { STATIC_SIZES, staticGraphics } from "../../../scripts/prerender/staticGraphics.ts";
import { records } from "../charts/records.ts";
import { shippedStory as story } from "../content/shippedStory.ts";

describe("staticGraphics(beats, records)", () => {
  // Pictures are named by their content, so two beats with the same file show the same picture.
  const { byBeat, files } = staticGraphics(story.beats, records);

  it("moves the graphic at every beat: no beat repeats the picture of the one before", () => {
    const repeats = story.beats.slice(1).flatMap((beat, i) => {
      const before = story.beats[i];
      if (!before) return [];
      const [a, b] = [byBeat.get(before.id), byBeat.get(beat.id)];
      const same = a?.paths.some((path, i) => path === b?.paths[i]);
      return same ? [`${before.id} → ${beat.id}`] : [];
    });
    expect(repeats).toEqual([]);
  });

  it("draws each distinct picture once, at every size, with its description", () => {
    for (const beat of story.beats) {
      const g = byBeat.get(beat.id);
      expect(g?.paths.length, beat.id).toBe(STATIC_SIZES.length);
      expect(
        g?.paths.every((path) => files.has(path)),
        beat.id,
      ).toBe(true);
      expect(g?.description.length, beat.id).toBeGreaterThan(20);
    }
  });
});
