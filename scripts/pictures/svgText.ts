import { esc } from "../prerender/html.ts";
import { PICTURE_SANS } from "./fonts.ts";
import { rtlForResvg } from "./rtlForResvg.ts";

export interface TextStyle {
  size: number;
  lineHeight: number;
  fill: string;
  weight?: 400 | 600 | 700;
  family?: string;
  /** Where the line hangs from x: its start (the default), or its end (right-aligned Arabic). */
  anchor?: "end";
}

/** Lines of text, first baseline at `y`: resvg does not wrap, so the caller has. */
export function textLines(lines: readonly string[], x: number, y: number, style: TextStyle) {
  const { size, lineHeight, fill, weight = 400, family = PICTURE_SANS, anchor } = style;
  const anchored = anchor ? ` text-anchor="${anchor}"` : "";
  return lines
    .map(
      (line, i) =>
        `<text x="${x}" y="${y + i * lineHeight}" font-family="${esc(family)}" font-size="${size}" font-weight="${weight}" fill="${fill}"${anchored}>${esc(line)}</text>`,
    )
    .join("");
}

/** A chart's SVG placed at (x, y), scaled; a right-to-left one converted for resvg. */
export function placeChart(chartSvg: string, x: number, y: number, scale = 1): string {
  return `<g transform="translate(${x} ${y}) scale(${scale})">${rtlForResvg(chartSvg)}</g>`;
}
