/**
 * Design tokens: the one place colours, type and spacing are decided. Charts import these;
 * CSS gets the same values as custom properties, written into the page at build.
 *
 * The war's map convention (government red, opposition green, Kurdish-led forces yellow)
 * is kept, but the three sides are also far apart in lightness, so they stay apart under
 * deuteranopia and protanopia; contested ground is hatched, never a fourth hue alone.
 * Each fill stands out from the graphics' paper by 3:1 (WCAG 1.4.11), or has an edge that
 * does (`sideEdge`); tests/unit/styles/contrast.test.ts checks both themes.
 */
export const side = {
  government: "#a4161a",
  rebel: "#519b4c",
  sdf: "#f2cf4a",
  contested: "url(#hatch-contested)",
} as const;

/**
 * The edge round a side's cells where the fill alone is too light to stand out from the
 * paper: the SDF keeps its bright yellow, outlined in dark gold.
 */
export const sideEdge = { sdf: "#7a5f00" } as const;

/** The map's orientation: the river, in a blue no side or claimant uses. */
export const landscape = {
  river: "#3d7fb0",
  /** The river's name: the river's blue, darkened to 4.5:1 on the paper. */
  riverText: "#2d6a96",
  /** The locator map's sea: the river's blue, faint, under text set in ink. */
  sea: "#e3ecf2",
} as const;

/**
 * Marks laid over the paper at part strength. The named-district steps are a line of their
 * own and must reach 3:1 blended; a range's wash sits between two full-colour ends, which
 * carry its contrast, so it may stay pale. Plot writes opacities to one decimal, so these
 * have one.
 */
export const markOpacity = {
  namedDistrictSteps: 0.6,
  casualtyRange: 0.3,
  remainingRange: 0.2,
  river: 0.9,
} as const;

/** Claimants are not sides: quieter blues and greys, each with its own symbol and dash. */
export const claimant = {
  sohr: { colour: "#1f4e79", symbol: "circle", dash: "none" },
  icrc: { colour: "#111111", symbol: "plus", dash: "none" },
  "russia-mod": { colour: "#5b4a8b", symbol: "square", dash: "6,3" },
  "russia-officials": { colour: "#5b4a8b", symbol: "square", dash: "6,3" },
  un: { colour: "#176d81", symbol: "diamond", dash: "2,2" },
  "syrian-army": { colour: "#6b2d2d", symbol: "triangle", dash: "4,2" },
  "rebel-officials": { colour: "#36572f", symbol: "wye", dash: "1,3" },
  rebels: { colour: "#36572f", symbol: "wye", dash: "1,3" },
  reported: { colour: "#6f6f6f", symbol: "times", dash: "3,3" },
} as const satisfies Record<string, { colour: string; symbol: string; dash: string }>;

export const FALLBACK_CLAIMANT = { colour: "#6f6f6f", symbol: "times", dash: "3,3" } as const;

export const ink = {
  text: "#1d1d1b",
  muted: "#5c5c58",
  rule: "#c9c7c0",
  faint: "#ebe9e3",
  paper: "#fbfaf7",
  focus: "#0b57d0",
} as const;

export const darkInk = {
  text: "#ecebe6",
  muted: "#b3b1aa",
  rule: "#55544f",
  faint: "#2e2d2a",
  paper: "#161614",
  focus: "#8ab4f8",
} as const;

/**
 * What the graphics are drawn on in each colour scheme. Their inks are fixed, so in the dark
 * scheme they sit on a light card rather than go dark with the page.
 */
export const graphicPaper = { light: ink.paper, dark: ink.paper } as const;

export const type = {
  // The fallbacks are local fonts resized to match (styles/fallbacks.css).
  serif:
    '"Source Serif 4", "Source Serif 4 Fallback", "Source Serif 4 Fallback DejaVu", Georgia, serif',
  sans: '"Source Sans 3", "Source Sans 3 Fallback", "Source Sans 3 Fallback DejaVu", Arial, sans-serif',
  /** Chart labels on a phone; on a wide frame, chartWide (`labelFontSize` in chartStyle.ts). */
  chartSmall: 12,
  chartWide: 14,
} as const;

export const motion = {
  /** The longest a chart may take to move between beats. */
  maxMs: 750,
  stepMs: 600,
  staggerMs: 40,
} as const;

/** CSS custom properties for the same tokens, so stylesheets never repeat a value. */
export function cssVariables(): string {
  const { light, dark, fonts } = tokenVariables();
  return `:root{${[...light, ...fonts].join(";")}}@media (prefers-color-scheme: dark){:root{${dark.join(";")}}}`;
}

/** The same custom properties, by scheme, for a page whose host may force one. */
export function tokenVariables() {
  const light = Object.entries(ink).map(([k, v]) => `--ink-${k}:${v}`);
  const dark = Object.entries(darkInk).map(([k, v]) => `--ink-${k}:${v}`);
  const fonts = [`--font-serif:${type.serif}`, `--font-sans:${type.sans}`];
  light.push(`--graphic-paper:${graphicPaper.light}`, `--graphic-ink:${ink.text}`);
  dark.push(`--graphic-paper:${graphicPaper.dark}`, `--graphic-ink:${ink.text}`);
  return { light, dark, fonts };
}
