import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");

/** Every TypeScript file under a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** The files a source imports by relative path, type-only imports included. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specifiers = [...text.matchAll(/\bfrom\s+"(\.{1,2}\/[^"]+\.ts)"/g)].map((m) => m[1]);
  return specifiers.map((s) => resolve(dirname(file), s as string));
}

/** The first cycle found in a graph of imports, as a list of files, or none. */
function firstCycle(graph: ReadonlyMap<string, readonly string[]>): string[] | undefined {
  const state = new Map<string, "open" | "done">();
  const path: string[] = [];
  const visit = (file: string): string[] | undefined => {
    if (state.get(file) === "done") return undefined;
    if (state.get(file) === "open") return [...path.slice(path.indexOf(file)), file];
    state.set(file, "open");
    path.push(file);
    for (const next of graph.get(file) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(file, "done");
    return undefined;
  };
  for (const file of graph.keys()) {
    const cycle = visit(file);
    if (cycle) return cycle;
  }
  return undefined;
}

describe("imports", () => {
  it("finds a cycle, however long, and none in a tree", () => {
    const tree = new Map([
      ["spec", ["view", "format"]],
      ["view", ["format"]],
      ["format", []],
    ]);
    expect(firstCycle(tree)).toBeUndefined();
    const cycle = new Map([...tree, ["format", ["claims"]], ["claims", ["spec"]]]);
    expect(firstCycle(cycle)).toEqual(["spec", "view", "format", "claims", "spec"]);
  });

  it("src/ and scripts/ import each other in no cycle", () => {
    const files = [...sources(join(ROOT, "src")), ...sources(join(ROOT, "scripts"))];
    const cycle = firstCycle(new Map(files.map((f) => [f, importsOf(f)])))?.map((f) =>
      relative(ROOT, f),
    );
    expect(cycle).toBeUndefined();
  });
});
