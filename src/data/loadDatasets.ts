import { DataError, quote } from "./DataError.ts";
import { DATASETS, type DatasetName, type Datasets } from "./datasets/index.ts";
import { parseDataset } from "./parseDataset.ts";

/** Reads the text of one data file by its file name, e.g. "control.csv". */
export type ReadDataFile = (file: string) => string;

/**
 * Parses and validates every dataset, then checks references across files (every claimant
 * and district named exists). The build and the tests both come through here, so what
 * passes here is exactly what ships.
 */
export function loadDatasets(read: ReadDataFile, dir = "data"): Datasets {
  const parsed = {} as {
    [K in DatasetName]: ReturnType<typeof parseDataset<(typeof DATASETS)[K]>>;
  };
  for (const name of Object.keys(DATASETS) as DatasetName[]) {
    const spec = DATASETS[name];
    parsed[name] = parseDataset(spec, `${dir}/${spec.file}`, read(spec.file)) as never;
  }

  const known = Object.fromEntries(
    (Object.keys(parsed) as DatasetName[]).map((name) => [
      name,
      new Set(parsed[name].map((r) => (r.record as { id: string }).id)),
    ]),
  ) as Record<DatasetName, Set<string>>;
  for (const name of Object.keys(DATASETS) as DatasetName[]) {
    const spec = DATASETS[name];
    for (const { line, record } of parsed[name]) {
      for (const [column, target] of Object.entries(spec.refs)) {
        const value = (record as Record<string, unknown>)[column];
        if (target && typeof value === "string" && !known[target].has(value)) {
          const targetFile = DATASETS[target].file;
          throw new DataError(
            `${dir}/${spec.file}`,
            line,
            column,
            `${quote(value)} is not an id in ${dir}/${targetFile}`,
          );
        }
      }
    }
  }

  const out = {} as Record<DatasetName, unknown[]>;
  for (const name of Object.keys(parsed) as DatasetName[]) {
    out[name] = parsed[name].map((r) => r.record);
  }
  return out as Datasets;
}
