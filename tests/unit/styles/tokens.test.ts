import { describe, expect, it } from "vitest";
import { side } from "../../../src/styles/tokens.ts";

/**
 * Machado, Oliveira & Fernandes (2009), full severity, applied to linear RGB: how the
 * colours look to readers with protanopia, deuteranopia and tritanopia.
 */
const SIMULATIONS = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
  "typical vision": [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
} as const;

const linear = (hex: string) =>
  [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });

const luminance = (hex: string, matrix: readonly (readonly number[])[]) => {
  const rgb = linear(hex);
  const seen = matrix.map((row) =>
    Math.min(
      1,
      Math.max(
        0,
        row.reduce((sum, k, i) => sum + k * (rgb[i] ?? 0), 0),
      ),
    ),
  );
  return 0.2126 * (seen[0] ?? 0) + 0.7152 * (seen[1] ?? 0) + 0.0722 * (seen[2] ?? 0);
};

const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

describe("the sides' colours", () => {
  const fills = { government: side.government, rebel: side.rebel, sdf: side.sdf };
  const pairs = [
    ["government", "rebel"],
    ["government", "sdf"],
    ["rebel", "sdf"],
  ] as const;

  it.each(
    Object.keys(SIMULATIONS).flatMap((vision) => pairs.map(([a, b]) => [a, b, vision] as const)),
  )("%s and %s differ in lightness, not hue alone, for %s", (a, b, vision) => {
    const matrix = SIMULATIONS[vision as keyof typeof SIMULATIONS];
    expect(contrast(luminance(fills[a], matrix), luminance(fills[b], matrix))).toBeGreaterThan(1.6);
  });
});
