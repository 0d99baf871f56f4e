import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "vite";
import { afterEach, describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../../../..");
const temp: string[] = [];
afterEach(() => {
  for (const dir of temp.splice(0)) rmSync(dir, { recursive: true, force: true });
  delete process.env.STORY_DATA_DIR;
});

/** A copy of the shipped data with one file edited, and a fresh output folder. */
function badData(file: string, edit: (text: string) => string) {
  const dir = mkdtempSync(join(tmpdir(), "story-data-"));
  const out = join(mkdtempSync(join(tmpdir(), "story-out-")), "dist");
  temp.push(dir, out);
  cpSync(join(ROOT, "data"), dir, { recursive: true });
  writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), "utf8")));
  return { dir, out };
}

describe("the build, given bad data", () => {
  it("fails with file, line and column, and writes nothing", async () => {
    const { dir, out } = badData("evacuation.csv", (t) =>
      t.replace(",10500,10500,", ',"10,5OO",10500,'),
    );
    process.env.STORY_DATA_DIR = dir;
    const line =
      readFileSync(join(dir, "evacuation.csv"), "utf8")
        .split("\n")
        .findIndex((l) => l.includes("10,5OO")) + 1;
    await expect(
      build({
        root: ROOT,
        configFile: join(ROOT, "vite.config.ts"),
        logLevel: "silent",
        build: { outDir: out },
      }),
    ).rejects.toThrow(`evacuation.csv line ${line}, column low: "10,5OO" is not a number`);
    expect(existsSync(out)).toBe(false);
    // A real Vite build: on a busy two-core machine it can outlast the default 5 s.
  }, 60_000);
});
