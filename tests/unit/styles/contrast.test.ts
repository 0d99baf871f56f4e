import { describe, expect, it } from "vitest";
import {
  claimant,
  darkInk,
  FALLBACK_CLAIMANT,
  graphicPaper,
  ink,
  landscape,
  markOpacity,
  side,
  sideEdge,
} from "../../../src/styles/tokens.ts";

/** WCAG 2.2 relative luminance and contrast ratio. */
const channel = (hex: string, i: number) => {
  const c = Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};
const luminance = (hex: string) =>
  0.2126 * channel(hex, 0) + 0.7152 * channel(hex, 1) + 0.0722 * channel(hex, 2);
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

/** A colour laid over the paper at part strength, as the browser composites it (in sRGB). */
const over = (hex: string, opacity: number, paper: string) =>
  `#${[0, 1, 2]
    .map((i) => {
      const at = (h: string) => Number.parseInt(h.slice(1 + 2 * i, 3 + 2 * i), 16);
      return Math.round(opacity * at(hex) + (1 - opacity) * at(paper))
        .toString(16)
        .padStart(2, "0");
    })
    .join("")}`;

const NON_TEXT = 3;
const THEMES = { light: { page: ink.paper }, dark: { page: darkInk.paper } } as const;
const claimantColours = [
  ...new Set([...Object.values(claimant).map((c) => c.colour), FALLBACK_CLAIMANT.colour]),
];

/**
 * Every mark that carries meaning, as a reader sees it against the paper: a fill that must
 * stand out by itself, or a fill held by an edge that stands out from it and from the paper.
 */
function marks(paper: string) {
  const sideFills = { government: side.government, rebel: side.rebel, sdf: side.sdf };
  return [
    ...Object.entries(sideFills).map(([name, fill]) => ({
      name: `map cell, ${name}`,
      fill,
      edge: (sideEdge as Record<string, string>)[name],
    })),
    { name: "contested hatching, government stripe", fill: side.government },
    { name: "contested hatching, rebel stripe", fill: side.rebel },
    { name: "control, reported share dot", fill: side.government },
    {
      name: "control, named districts held (line)",
      fill: over(side.government, markOpacity.namedDistrictSteps, paper),
    },
    { name: "map, river", fill: over(landscape.river, markOpacity.river, paper) },
    ...claimantColours.map((colour) => ({
      name: `claimant ${colour}, dot and line`,
      fill: colour,
    })),
    ...claimantColours.flatMap((colour) => [
      {
        name: `casualty range ${colour}, wash between its end dots`,
        fill: over(colour, markOpacity.casualtyRange, paper),
        edge: colour,
      },
      {
        name: `people remaining ${colour}, wash between its end rules`,
        fill: over(colour, markOpacity.remainingRange, paper),
        edge: colour,
      },
    ]),
    { name: "evacuation pause band", fill: ink.faint, edge: ink.muted },
    { name: "evacuation pause strip (phones)", fill: ink.rule, edge: ink.muted },
    { name: "convoy ring", fill: ink.text },
  ] as { name: string; fill: string; edge?: string }[];
}

it("mark opacities have one decimal, as Plot writes them, so the contrasts below are the drawn ones", () => {
  for (const opacity of Object.values(markOpacity)) {
    expect(Math.round(opacity * 10) / 10).toBe(opacity);
  }
});

describe.each(Object.entries(THEMES))("non-text contrast, %s theme", (theme, { page }) => {
  const paper = graphicPaper[theme as keyof typeof graphicPaper];

  it("the graphics' paper stands out from the page around it, or is the page", () => {
    if (paper !== page) expect(contrast(paper, page)).toBeGreaterThanOrEqual(NON_TEXT);
    else expect(paper).toBe(page);
  });

  it.each(marks(paper).map((m) => [m.name, m] as const))(
    "%s stands out from the paper by 3:1, or has an edge that does",
    (_name, { fill, edge }) => {
      if (contrast(fill, paper) >= NON_TEXT) return;
      expect(
        edge,
        `${fill} is ${contrast(fill, paper).toFixed(2)}:1 and has no edge`,
      ).toBeDefined();
      expect(contrast(edge as string, paper)).toBeGreaterThanOrEqual(NON_TEXT);
      expect(contrast(edge as string, fill)).toBeGreaterThanOrEqual(NON_TEXT);
    },
  );

  it("neighbouring map cells are parted by a paper line that stands out from each", () => {
    // Each cell's outermost colour (its edge, or else its fill) meets the paper line between
    // cells; a contested cell meets it with either stripe.
    const outer = { government: side.government, rebel: side.rebel, sdf: sideEdge.sdf };
    for (const [name, colour] of Object.entries(outer)) {
      expect(contrast(colour, paper), name).toBeGreaterThanOrEqual(NON_TEXT);
    }
  });
});
