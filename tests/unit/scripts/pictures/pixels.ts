import { renderImage } from "../../../../scripts/pictures/renderPng.ts";

/** Width and height from a PNG's header, after checking it is one. */
export function pngSize(png: Uint8Array) {
  const bytes = Buffer.from(png);
  if (!bytes.subarray(0, 8).equals(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10])))
    throw new Error("not a PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

export interface Box {
  top?: number;
  bottom?: number;
  left?: number;
  right?: number;
}

/** How many pixels in a box (pixels, ends excluded) are dark: ink, not paper. */
export function darkPixels(svg: string, width: number, box: Box = {}): number {
  const image = renderImage(svg, width);
  const { pixels } = image;
  const { top = 0, bottom = image.height, left = 0, right = image.width } = box;
  let dark = 0;
  for (let y = top; y < Math.min(bottom, image.height); y++) {
    for (let x = left; x < Math.min(right, image.width); x++) {
      const i = (y * image.width + x) * 4;
      const [r = 0, g = 0, b = 0, a = 0] = pixels.subarray(i, i + 4);
      if (a > 128 && r + g + b < 3 * 128) dark++;
    }
  }
  return dark;
}

/** The same SVG with every text element taken out. */
export const withoutText = (svg: string) => svg.replace(/<text\b[^>]*>[^<]*<\/text>/g, "");
