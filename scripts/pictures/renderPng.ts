import { Resvg, type ResvgRenderOptions, renderAsync } from "@resvg/resvg-js";
import { PICTURE_FONT_FILES, PICTURE_SANS } from "./fonts.ts";

/**
 * Rasterises an SVG to PNG without a browser, `width` pixels wide (the height follows the
 * SVG's proportions). Only our own TTFs are loaded, never the machine's fonts, so every
 * machine draws the same picture. (`fontBuffers` is for the wasm build: in Node it makes
 * resvg ignore the whole font option.)
 */
export function renderPng(svg: string, width: number): Uint8Array {
  return renderImage(svg, width).asPng();
}

/** The drawn image itself: its RGBA pixels, its size, and `asPng()`. */
export function renderImage(svg: string, width: number) {
  return new Resvg(svg, options(width)).render();
}

/** The same off the main thread: the build draws its pictures side by side on every core. */
export async function renderPngAsync(svg: string, width: number): Promise<Uint8Array> {
  return (await renderAsync(svg, options(width))).asPng();
}

function options(width: number): ResvgRenderOptions {
  return {
    fitTo: { mode: "width", value: width },
    font: {
      fontFiles: [...PICTURE_FONT_FILES],
      loadSystemFonts: false,
      defaultFontFamily: PICTURE_SANS,
    },
  };
}
