import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { STAND_INS } from "../../../vite.config.ts";
import { packageEntry, plotImports } from "./plotImports.ts";

/**
 * The build gives Plot and the d3 bundle a stand-in for each package in STAND_INS. Each must
 * offer the real package's names, all of them and no more, so that a d3 or Plot upgrade
 * that needs a name the stand-in lacks fails here, naming it, rather than in the build or
 * in a reader's browser.
 */
const MODULES = Object.entries(STAND_INS);

type Exports = Record<string, unknown>;
const realModule = (name: string): Promise<Exports> => import(packageEntry(name));
const exportNames = (module: Exports) => Object.keys(module).sort();
const lacking = (names: Iterable<string>, offered: Exports) =>
  [...names].filter((name) => !(name in offered)).sort();

describe("the build's stand-ins for d3 packages (src/vendor/)", () => {
  it.each(MODULES)(
    "%s: the stand-in exports exactly the real package's names",
    async (name, file) => {
      const real = await realModule(name);
      const standIn: Exports = await import(file);
      expect(standIn === real, "the real package, not the stand-in again").toBe(false);
      expect(
        lacking(exportNames(real), standIn),
        `names ${name} has and its stand-in lacks`,
      ).toEqual([]);
      expect(
        lacking(exportNames(standIn), real),
        `names the stand-in has and ${name} lacks`,
      ).toEqual([]);
    },
  );

  it.each(MODULES)(
    "%s: the d3 bundle Plot imports takes it whole, through the stand-in",
    (name) => {
      expect(readFileSync(packageEntry("d3"), "utf8")).toContain(`export * from '${name}';`);
    },
  );

  it.each(MODULES)("%s: the stand-in exports every name Plot takes from it", async (name, file) => {
    const real = await realModule(name);
    const standIn: Exports = await import(file);
    const { names } = plotImports();
    // Plot imports from the d3 bundle, which takes these names from the package itself.
    const viaBundle = [...(names.get("d3") ?? [])].filter((n) => n in real);
    const taken = [...viaBundle, ...(names.get(name) ?? [])];
    expect(taken.length, `names Plot imports from ${name}`).toBeGreaterThan(0);
    expect(lacking(taken, standIn), `names Plot imports that the ${name} stand-in lacks`).toEqual(
      [],
    );
  });

  it("reads every import of d3 in Plot's source (named lists only)", () => {
    const { names, unread } = plotImports();
    expect(unread).toEqual([]);
    expect(names.get("d3")?.size).toBeGreaterThan(100);
  });
});
