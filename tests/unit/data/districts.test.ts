import { describe, expect, it } from "vitest";
import { shipped } from "./fixtures.ts";

const OURS = "Our orientation, not from the source:";

/**
 * Every direction the article itself gives for a district (its words, reduced to a compass
 * point): "the northeastern Inzarat district", "south of Jabal Badro". Written out by hand
 * from the article; a note may use these before OURS and no others.
 */
const ARTICLE_DIRECTIONS: Record<string, string[]> = {
  "sheikh-saeed": ["south", "southeast"],
  "zouhor-hill": ["east"],
  "sheikh-maqsood": ["north"],
  rashidin: ["southwest"],
  aqrab: ["southwest"],
  "jamiat-al-zahra": ["west"],
  "bustan-al-basha": ["northeast", "south"],
  "sheikh-najjar": ["southwest"],
  "ard-al-hamra": ["northeast"],
  "sheikh-lutfi": ["south"],
  "hill-420": ["south"],
  "jabal-badro": ["south"],
  sakhour: ["south"],
  jandoul: ["north"],
  inzarat: ["northeast"],
  "tariq-al-bab": ["southeast"],
  "talet-barakat": ["south"],
  "scientific-research-housing": ["south"],
  masaraniyah: ["southeast"],
  jazmati: ["southeast"],
  sadkop: ["south"],
  "old-ramouseh": ["south"],
  "karm-al-trab": ["southeast"],
  marjeh: ["south"],
};

const directions = (text: string) =>
  [...text.matchAll(/\b(north|south)?(east|west)?(ern|erly)?\b/gi)]
    .map((m) => `${m[1] ?? ""}${m[2] ?? ""}`.toLowerCase())
    .filter(Boolean);

describe("data/districts.csv notes", () => {
  it("give only the article's directions, and mark any of our own as ours", () => {
    for (const d of shipped.districts) {
      const [sourced = "", ...rest] = (d.note ?? "").split(OURS);
      expect(rest.length, d.id).toBeLessThanOrEqual(1);
      const allowed = ARTICLE_DIRECTIONS[d.id] ?? [];
      for (const direction of directions(sourced))
        expect(allowed, `${d.id}: "${direction}" is not the article's`).toContain(direction);
      expect(sourced, d.id).not.toMatch(/\b(near|next to|beside|outskirts|centre of)\b/i);
    }
  });

  it("keep general knowledge the article lacks out of the sourced part", () => {
    for (const d of shipped.districts) {
      const sourced = (d.note ?? "").split(OURS)[0] ?? "";
      expect(sourced, d.id).not.toMatch(/more usually|newer industrial|\b(Upper|Lower) Hallak/i);
    }
  });
});
