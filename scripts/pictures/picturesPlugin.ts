import type { Plugin } from "vite";
import { serveDevFiles } from "../build/devFiles.ts";
import { kitInputs, type StoryInput, type StorySource } from "../build/storySource.ts";
import { renderPngAsync } from "./renderPng.ts";

/** Every edition's PNGs to draw, by their paths inside dist/ (an edition's in its folder). */
export function allRasters(input: StoryInput) {
  return new Map(
    kitInputs(input).flatMap(({ edition, kit }) =>
      [...kit.rasters].map(([path, raster]) => [`${edition.folder}${path}`, raster] as const),
    ),
  );
}

/**
 * The share kit's PNGs: a picture of every beat's graphic (pictures/), a card for every beat
 * and the story (cards/), and the icons (icons/). A build draws each distinct drawing once,
 * however many files show it, side by side; the dev server draws one when first asked for.
 */
export function picturesPlugin(source: StorySource): Plugin {
  const drawn = source.derived(() => new Map<string, Promise<Uint8Array>>());
  const rasters = source.derived(allRasters);
  const draw = (path: string) => {
    const raster = rasters().get(path);
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
        [...allRasters(source.load())].map(async ([fileName, { svg, width }]) => ({
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
