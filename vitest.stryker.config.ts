import { defineConfig } from "vitest/config";

// Only the unit tests that exercise the mutated modules (stryker.config.mjs), so that a
// mutation run on two cores stays short. `npm test` uses vite.config.ts and runs them all.
export default defineConfig({
  test: {
    include: [
      "tests/unit/data/**/*.test.ts",
      // Not storyCopy.test.ts: it judges the shipped words, not the mutated modules.
      "tests/unit/content/parseStory.test.ts",
      "tests/unit/story/activeBeat.test.ts",
      "tests/unit/charts/labelPlacement.test.ts",
      "tests/unit/charts/labelOrder.test.ts",
      "tests/unit/charts/chartState.test.ts",
    ],
    environment: "node",
    env: { TZ: "UTC" },
  },
});
