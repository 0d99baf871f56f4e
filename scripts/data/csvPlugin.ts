import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Plugin } from "vite";
import { DATASETS } from "../../src/data/datasets/index.ts";
import { serveDevFiles } from "../build/devFiles.ts";
import { kitInputs, type StorySource } from "../build/storySource.ts";
import { graphicCsvFiles } from "./tableCsv.ts";

/** Every dataset's CSV, as readers download it: `data/<file>` → its path on disk. */
export function csvFiles(dataDir: string): Map<string, string> {
  return new Map(
    Object.values(DATASETS).map((spec) => [`data/${spec.file}`, join(dataDir, spec.file)]),
  );
}

/**
 * Publishes the CSVs the story is drawn from under data/, as they are (validated first),
 * and each graphic's table as the CSV an editor downloads with it.
 */
export function csvPlugin(source: StorySource): Plugin {
  const files = () => csvFiles(source.load().dataDir);
  // Each edition's tables in its words, in its folder (ar/downloads/).
  const tables = source.derived(
    (input) =>
      new Map(
        kitInputs(input).flatMap(({ edition, page }) =>
          [...graphicCsvFiles(page.records)].map(([path, text]) => [
            `${edition.folder}${path}`,
            text,
          ]),
        ),
      ),
  );
  return {
    name: "story-csv",
    configResolved(config) {
      source.configure(config);
    },
    generateBundle() {
      for (const [fileName, path] of files())
        this.emitFile({ type: "asset", fileName, source: readFileSync(path) });
      for (const [fileName, text] of tables())
        this.emitFile({ type: "asset", fileName, source: text });
    },
    configureServer(server) {
      serveDevFiles(server, (path) => {
        const file = files().get(path);
        return file ? readFileSync(file) : tables().get(path);
      });
    },
  };
}
