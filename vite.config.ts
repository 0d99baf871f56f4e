/// <reference types="vitest/config" />
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import { lazyPlotFormat } from "./scripts/build/lazyPlotFormat.ts";
import { listPagePlugin } from "./scripts/page/listPagePlugin.ts";
import { storyPlugin } from "./scripts/storyPlugin.ts";

export default defineConfig({
  base: "./",
  plugins: [
    storyPlugin({
      dataDir: "data",
      copyFile: "src/content/story.aml",
      iconFile: "assets/icon.svg",
    }),
    listPagePlugin(),
    lazyPlotFormat(),
  ],
  resolve: {
    // Plot's colour schemes, which no chart here uses: see src/charts/noColourSchemes.ts.
    alias: {
      "d3-scale-chromatic": fileURLToPath(
        new URL("./src/charts/noColourSchemes.ts", import.meta.url),
      ),
    },
  },
  build: {
    target: "es2022",
    assetsInlineLimit: 0,
    emptyOutDir: true,
    // The story, and the code of the pages the story plugin writes: a graphic's embed
    // (embed/<graphic>.html), the whole story's (embed/story.html) and the editors' page.
    rolldownOptions: {
      input: {
        index: "index.html",
        embed: "src/embed/main.ts",
        "story-embed": "src/embed/storyMain.ts",
        editors: "src/editors/main.ts",
      },
    },
  },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ["tests/unit/**/*.test.ts"],
    environment: "node",
    // Chart snapshots are drawn in UTC, whatever the machine says.
    env: { TZ: "UTC" },
    // Plot goes through the build's plugins (lazyPlotFormat) in the tests too, so the charts
    // tested are the charts shipped.
    server: { deps: { inline: [/@observablehq[\\/]plot/] } },
  },
});
