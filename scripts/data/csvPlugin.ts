import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Plugin } from "vite";
import { DATASETS } from "../../src/data/datasets/index.ts";
import { serveDevFiles } from "../build/devFiles.ts";
import type { StorySource } from "../build/storySource.ts";

/** Every dataset's CSV, as readers download it: `data/<file>` → its path on disk. */
export function csvFiles(dataDir: string): Map<string, string> {
  return new Map(
    Object.values(DATASETS).map((spec) => [`data/${spec.file}`, join(dataDir, spec.file)]),
  );
}

/** Publishes the CSVs the story is drawn from under data/, as they are (validated first). */
export function csvPlugin(source: StorySource): Plugin {
  const files = () => csvFiles(source.load().dataDir);
  return {
    name: "story-csv",
    configResolved(config) {
      source.configure(config);
    },
    generateBundle() {
      for (const [fileName, path] of files())
        this.emitFile({ type: "asset", fileName, source: readFileSync(path) });
    },
    configureServer(server) {
      serveDevFiles(server, (path) => {
        const file = files().get(path);
        return file ? readFileSync(file) : undefined;
      });
    },
  };
}
