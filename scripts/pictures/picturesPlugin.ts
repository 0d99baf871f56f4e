import type { Plugin } from "vite";
import { serveDevFiles } from "../build/devFiles.ts";
import type { StorySource } from "../build/storySource.ts";
import { renderPngAsync } from "./renderPng.ts";

/**
 * The share kit's PNGs: a picture of every beat's graphic (pictures/), a card for every beat
 * and the story (cards/), and the icons (icons/). A build draws each distinct drawing once,
 * however many files show it, side by side; the dev server draws one when first asked for.
 */
export function picturesPlugin(source: StorySource): Plugin {
  const drawn = source.derived(() => new Map<string, Promise<Uint8Array>>());
  const draw = (path: string) => {
    const raster = source.load().kit.rasters.get(path);
    if (!raster) return undefined;
    const cache = drawn();
    let png = cache.get(path);
    if (!png) {
      png = renderPngAsync(raster.svg, raster.width);
      cache.set(path, png);
    }
    return png;
  };
  return {
    name: "story-pictures",
    configResolved(config) {
      source.configure(config);
    },
    async generateBundle() {
      const once = new Map<string, Promise<Uint8Array>>();
      const render = (svg: string, width: number) => {
        const key = `${width} ${svg}`;
        const png = once.get(key) ?? renderPngAsync(svg, width);
        once.set(key, png);
        return png;
      };
      const pngs = await Promise.all(
        [...source.load().kit.rasters].map(async ([fileName, { svg, width }]) => ({
          fileName,
          source: await render(svg, width),
        })),
      );
      for (const { fileName, source } of pngs) this.emitFile({ type: "asset", fileName, source });
    },
    configureServer(server) {
      serveDevFiles(server, draw);
    },
  };
}
