/// <reference types="vitest/config" />
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import { lazyPlotFormat } from "./scripts/build/lazyPlotFormat.ts";
import { standInsPlugin } from "./scripts/build/standInsPlugin.ts";
import { storyPlugins } from "./scripts/storyPlugins.ts";

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Stand-ins for Plot's colour schemes and map projections, which no chart here uses (see
 * each file); each exports its package's names (tests/unit/vendor/exportLists.test.ts).
 */
export const STAND_INS = {
  "d3-scale-chromatic": source("./src/vendor/d3ScaleChromaticStandIn.ts"),
  "d3-geo": source("./src/vendor/d3GeoStandIn.ts"),
};

/** Build-time code: it may load the real packages (scripts/build/standInsPlugin.ts). */
const BUILD_ONLY = [source("./scripts/geography/")];

export default defineConfig({
  base: "./",
  plugins: [
    standInsPlugin(STAND_INS, BUILD_ONLY),
    // The story and everything written from it: one plugin per output (scripts/storyPlugins.ts).
    ...storyPlugins({
      dataDir: "data",
      copyFile: "src/content/story.aml",
      iconFile: "assets/icon.svg",
      // Other editions, each written under <lang>/: its story, list, embeds, editors' page
      // and moments. Adding one: README, "Adding an edition".
      editions: { ar: "src/content/story.ar.aml" },
    }),
    lazyPlotFormat(),
  ],
  // The dev server's bundle of Plot and d3 too.
  optimizeDeps: { rolldownOptions: { plugins: [standInsPlugin(STAND_INS, BUILD_ONLY)] } },
  build: {
    target: "es2022",
    assetsInlineLimit: 0,
    emptyOutDir: true,
    // The story, and the code of the pages the story's plugins write: a graphic's embed
    // (embed/<graphic>.html), the whole story's (embed/story.html), the explore section's
    // (embed/explore.html), the editors' page, and
    // the script that sends a reader on from a beat's share card page (moments/<beat>.html).
    // On the dev server those pages load these modules themselves (scripts/build/entries.ts).
    rolldownOptions: {
      input: {
        index: "index.html",
        embed: "src/embed/main.ts",
        "story-embed": "src/embed/storyMain.ts",
        "explore-embed": "src/embed/exploreMain.ts",
        editors: "src/editors/main.ts",
        moment: "src/moment/main.ts",
      },
    },
  },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ["tests/unit/**/*.test.ts"],
    environment: "node",
    // Chart snapshots are drawn in UTC, whatever the machine says.
    env: { TZ: "UTC" },
    // Plot and the d3 bundle go through the build's plugins in the tests too (lazyPlotFormat,
    // the stand-ins), so the charts tested are the charts shipped.
    server: { deps: { inline: [/@observablehq[\\/]plot/, /[\\/]node_modules[\\/]d3[\\/]/] } },
  },
});
