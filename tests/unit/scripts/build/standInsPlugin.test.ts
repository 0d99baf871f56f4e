import { describe, expect, it } from "vitest";
import { standInsPlugin } from "../../../../scripts/build/standInsPlugin.ts";
import config, { STAND_INS } from "../../../../vite.config.ts";

const FILE = "/project/src/vendor/d3ThingStandIn.ts";
const plugin = standInsPlugin({ "d3-thing": FILE });
const resolve = (source: string, importer: string) =>
  (plugin.resolveId as (source: string, importer: string) => string | null)(source, importer);

describe("standInsPlugin(standIns)", () => {
  it("gives every importer of a package named the stand-in file", () => {
    expect(resolve("d3-thing", "/project/node_modules/d3/src/index.js")).toBe(FILE);
    expect(resolve("d3-thing", "/project/src/charts/map/spec.ts")).toBe(FILE);
  });

  it("leaves the stand-in itself, and other packages, to resolve as usual", () => {
    expect(resolve("d3-thing", FILE)).toBeNull();
    expect(resolve("d3-things", "/project/src/charts/map/spec.ts")).toBeNull();
    expect(resolve("constructor", "/project/src/charts/map/spec.ts")).toBeNull();
  });

  it("gives build-only code the real package", () => {
    const build = standInsPlugin({ "d3-thing": FILE }, ["/project/scripts/geography/"]);
    const at = build.resolveId as (source: string, importer: string) => string | null;
    expect(at("d3-thing", "/project/scripts/geography/projection.ts")).toBeNull();
    expect(at("d3-thing", "/project/src/charts/locator/spec.ts")).toBe(FILE);
  });
});

describe("vite.config.ts", () => {
  it("stands in for d3-geo and d3-scale-chromatic, with the files in src/vendor/ named for them", () => {
    expect(STAND_INS).toEqual({
      "d3-geo": expect.stringMatching(/\/src\/vendor\/d3GeoStandIn\.ts$/),
      "d3-scale-chromatic": expect.stringMatching(/\/src\/vendor\/d3ScaleChromaticStandIn\.ts$/),
    });
  });

  it("uses them in the build and in the dev server's bundle of Plot and d3", () => {
    const names = (plugins: unknown) => (plugins as { name: string }[]).map((p) => p.name);
    expect(names(config.plugins)).toContain("stand-ins");
    expect(names(config.optimizeDeps?.rolldownOptions?.plugins)).toContain("stand-ins");
  });
});
