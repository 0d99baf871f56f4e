// Mutation testing (`npm run mutate`): how many small deliberate bugs the unit tests catch.
// Not part of `npm test`: a run takes minutes on two cores. See README, "Mutation testing".
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.stryker.config.ts" },
  mutate: [
    "src/data/**/*.ts",
    "src/content/**/*.ts",
    "src/story/activeBeat.ts",
    "src/charts/labelPlacement.ts",
    "src/charts/labelOrder.ts",
    "src/charts/chartState.ts",
    // Types only, and the one-line file reader (the tests hand it a real folder).
    "!src/content/archieml.d.ts",
  ],
  coverageAnalysis: "perTest",
  concurrency: 2,
  ignoreStatic: true,
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/index.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};
