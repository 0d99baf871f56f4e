import { join } from "node:path";
import { readDataDir } from "../../../src/data/readDataDir.ts";

/** The shipped data, loaded the way the build loads it. */
export const shipped = readDataDir(join(import.meta.dirname, "../../../data"));
