/// <reference types="vitest/config" />
import { defineConfig } from "vite";
import { storyPlugin } from "./scripts/storyPlugin.ts";

export default defineConfig({
  base: "./",
  plugins: [storyPlugin({ dataDir: "data", copyFile: "src/content/story.aml" })],
  build: {
    target: "es2022",
    assetsInlineLimit: 0,
    emptyOutDir: true,
  },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ["tests/unit/**/*.test.ts"],
    environment: "node",
    // Chart snapshots are drawn in UTC, whatever the machine says.
    env: { TZ: "UTC" },
  },
});
