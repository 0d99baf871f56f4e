import type { Size } from "../charts/types.ts";

/** The narrowest and widest an embed is made for. */
export const EMBED_WIDTH = { min: 280, max: 1000 } as const;

/**
 * The size an embed draws its chart at, from the width it has: about as tall as wide on a
 * phone (like the story's phone pictures), flatter on wider pages, never taller than a
 * laptop screen can show beside the title and controls.
 */
export function embedChartSize(width: number): Size {
  const w = Math.round(Math.min(EMBED_WIDTH.max, Math.max(EMBED_WIDTH.min, width)));
  const height = w < 560 ? w * (340 / 360) : w * (460 / 640);
  return { width: w, height: Math.round(Math.min(520, Math.max(260, height))) };
}
