import * as v from "valibot";
import { csvRows } from "./csvRows.ts";
import { DataError, quote } from "./DataError.ts";
import type { DatasetSpec } from "./datasets/index.ts";

export interface ParsedRow<T> {
  line: number;
  record: T;
}

type Cells = Record<string, unknown>;

/**
 * Parses one CSV file against its schema. Throws a DataError naming file, line and column
 * at the first bad cell; returns typed records with the line each came from.
 */
export function parseDataset<S extends DatasetSpec>(
  spec: S,
  path: string,
  text: string,
): ParsedRow<v.InferOutput<S["schema"]>>[] {
  const columns = Object.keys(spec.schema.entries);
  const ids = new Map<string, number>();
  return csvRows(path, text, columns).map(({ line, cells }) => {
    const result = v.safeParse(spec.schema, cells, { abortEarly: true });
    if (!result.success) {
      const issue = result.issues[0];
      const column = String(issue.path?.[0]?.key ?? "?");
      const raw = cells[column];
      const problem = raw === undefined ? issue.message : `${quote(raw)} ${issue.message}`;
      throw new DataError(path, line, column, problem);
    }
    const record = result.output as v.InferOutput<S["schema"]>;
    const fail = (column: string, problem: string) => new DataError(path, line, column, problem);

    const id = String((record as Cells).id);
    const first = ids.get(id);
    if (first !== undefined) throw fail("id", `${quote(id)} duplicates the row on line ${first}`);
    ids.set(id, line);

    for (const [lowKey, highKey] of spec.ranges) {
      const low = (record as Cells)[lowKey] as number | string | undefined;
      const high = (record as Cells)[highKey] as number | string | undefined;
      if (low !== undefined && high !== undefined && low > high) {
        throw fail(
          lowKey,
          `${quote(String(low))} is greater than ${highKey} ${quote(String(high))}`,
        );
      }
    }
    if (spec.claimedNumber) {
      const [lowKey, highKey] = spec.claimedNumber;
      const low = (record as Cells)[lowKey];
      const high = (record as Cells)[highKey];
      if ((low === undefined) !== (high === undefined)) {
        throw fail(
          low === undefined ? lowKey : highKey,
          `is empty while ${low === undefined ? highKey : lowKey} is given; give both (equal for a single figure) or neither`,
        );
      }
      if (low === undefined && (record as Cells).qualifier === undefined) {
        throw fail("qualifier", `is required when ${lowKey} and ${highKey} are empty, to say why`);
      }
    }
    return { line, record };
  });
}
