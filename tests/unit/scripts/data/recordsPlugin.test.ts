import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { recordsModule } from "../../../../scripts/data/recordsPlugin.ts";
import { chartRecords, clientRecords } from "../../../../src/data/chartRecords.ts";
import { readDataDir } from "../../../../src/data/readDataDir.ts";

const ROOT = join(import.meta.dirname, "../../../..");

describe("recordsModule", () => {
  it("is a module whose default export is the chart code's records", async () => {
    const data = chartRecords(readDataDir(join(ROOT, "data"), ROOT)).data;
    const source = recordsModule(data);
    const module = await import(`data:text/javascript,${encodeURIComponent(source)}`);
    expect(module.default).toEqual(JSON.parse(JSON.stringify(clientRecords(data))));
  });
});
