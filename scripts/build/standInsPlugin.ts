import type { Plugin } from "vite";

/**
 * Gives every importer of each package named in `standIns` the project's stand-in file for
 * it instead (`src/vendor/`), except the stand-in itself, which gets the real package and
 * so may pass on the parts of it that charts do use. A plain alias would point the
 * stand-in at itself. Only the bare package name is answered: a path into node_modules
 * reaches the real file, as the stand-ins' export-list test needs. Modules in the
 * `buildOnly` folders get the real package too: they run at build, in Node, never in a
 * browser (the locator map's projection, `scripts/geography/`), and the unit tests that
 * run them come through this plugin.
 */
export function standInsPlugin(
  standIns: Readonly<Record<string, string>>,
  buildOnly: readonly string[] = [],
): Plugin {
  const files = new Map(Object.entries(standIns));
  const real = (importer: string | undefined) =>
    importer !== undefined && buildOnly.some((folder) => importer.startsWith(folder));
  return {
    name: "stand-ins",
    enforce: "pre",
    resolveId(source, importer) {
      const file = files.get(source);
      // null: not ours to resolve, so the package resolves as usual.
      return file === undefined || importer === file || real(importer) ? null : file;
    },
  };
}
