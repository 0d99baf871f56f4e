import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { DataError } from "./DataError.ts";
import type { Datasets } from "./datasets/index.ts";
import { loadDatasets } from "./loadDatasets.ts";

/** Loads every dataset from a folder on disk (build time only). */
export function readDataDir(dir: string, root = process.cwd()): Datasets {
  const label = relative(root, dir) || ".";
  return loadDatasets((file) => {
    try {
      return readFileSync(join(dir, file), "utf8");
    } catch {
      throw new DataError(`${label}/${file}`, null, null, "is missing");
    }
  }, label);
}
