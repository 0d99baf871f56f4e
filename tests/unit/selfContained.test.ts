import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * A fresh clone runs its own tests, build and bench: nothing the project runs may reach
 * for a file outside the repository (the newsroom's folder beside it, a machine's home
 * folder). Everything it needs is inside: the source article in data/source/, the bench's
 * peer page in bench/peers/.
 */
const ROOT = join(import.meta.dirname, "../..");

/** Folders and files whose code or configuration runs in a test, the build or the bench. */
const SCANNED = [
  "src",
  "scripts",
  "tests",
  "bench",
  ".ci/run",
  "vite.config.ts",
  "playwright.config.ts",
  "stryker.config.mjs",
  ...readdirSync(ROOT).filter((f) => /^vitest\..*config\.[cm]?[jt]s$/.test(f)),
];

/** Not our code: a record of where a past bench run found the peer, and the vendored peer. */
const LEFT_OUT = ["bench/results.json", "bench/peers"];

const BINARY = /\.(png|jpe?g|gif|ico|webp|woff2?|ttf|otf)$/;

/** Text that names a place outside any clone, wherever it appears (code or comment). */
const OUTSIDE = [
  { pattern: /\.\.\/shared\b/, why: "the newsroom's shared folder beside the repository" },
  { pattern: /\/work\//, why: "this machine's work folder" },
  { pattern: /\/home\/|\/Users\/|\/root\/|(?:^|[\s"'`(])~\//, why: "a home folder" },
];

/** A quoted relative path: "./x", "../x", "..", "../..". */
const RELATIVE = /(["'`])(\.\.?(?:\/[^"'`\s]*)?)\1/g;

/** `join(ROOT, "…")`, `resolve(ROOT, process.env.X ?? "…")`: the path starts at the root. */
const FROM_ROOT = /\bROOT\s*,\s*(?:[\w.]+\s*\?\?\s*)?$/;

function* files(path: string): Generator<string> {
  const rel = relative(ROOT, path).split(sep).join("/");
  if (!existsSync(path) || LEFT_OUT.includes(rel)) return;
  if (!statSync(path).isDirectory()) {
    if (!BINARY.test(path)) yield path;
    return;
  }
  for (const entry of readdirSync(path)) yield* files(join(path, entry));
}

const inside = (path: string) => path === ROOT || path.startsWith(ROOT + sep);

/** Every place in one file that reaches outside the repository, as "file:line: why". */
function reachesOutside(file: string, text: string): string[] {
  const name = relative(ROOT, file);
  const lineOf = (index: number) => text.slice(0, index).split("\n").length;
  const found: string[] = [];
  for (const { pattern, why } of OUTSIDE) {
    const global = new RegExp(pattern.source, "g");
    for (const m of text.matchAll(global)) found.push(`${name}:${lineOf(m.index)}: ${why}`);
  }
  for (const m of text.matchAll(RELATIVE)) {
    const path = m[2] ?? "";
    const before = text.slice(Math.max(0, m.index - 200), m.index);
    const base = FROM_ROOT.test(before) ? ROOT : dirname(file);
    if (!inside(resolve(base, path))) {
      found.push(`${name}:${lineOf(m.index)}: "${path}" leaves the repository`);
    }
  }
  return found;
}

describe("the repository is self-contained", () => {
  it("reads nothing outside itself in code, tests, build or bench", () => {
    const scanned = SCANNED.flatMap((p) => [...files(join(ROOT, p))]);
    expect(scanned.length).toBeGreaterThan(100);
    const found = scanned.flatMap((f) => reachesOutside(f, readFileSync(f, "utf8")));
    expect(found).toEqual([]);
  });

  // The examples write ".." as "^", so that this file's own scan does not find them.
  const example = (lines: string[]) => lines.join("\n").replaceAll("^", "..");

  it("finds a path to the shared folder, a home folder and a relative path that escapes", () => {
    const file = join(ROOT, "tests/unit/content/example.test.ts");
    const text = example([
      `const source = join(ROOT, "^/shared/source/article.txt");`,
      `const other = join(ROOT, "^/elsewhere/article.txt");`,
      `import x from "^/^/^/^/outside.ts";`,
      `const home = "${["", "home", "me", "notes"].join("/")}";`,
    ]);
    const at = (line: number, why: string) => `tests/unit/content/example.test.ts:${line}: ${why}`;
    const leaves = (path: string) => `"${path.replaceAll("^", "..")}" leaves the repository`;
    expect(reachesOutside(file, text)).toEqual([
      at(1, OUTSIDE[0]?.why ?? ""),
      at(4, OUTSIDE[2]?.why ?? ""),
      at(1, leaves("^/shared/source/article.txt")),
      at(2, leaves("^/elsewhere/article.txt")),
      at(3, leaves("^/^/^/^/outside.ts")),
    ]);
  });

  it("leaves relative paths that stay inside alone", () => {
    const file = join(ROOT, "tests/unit/scripts/share/example.test.ts");
    const text = example([
      `import { x } from "^/^/^/^/src/x.ts";`,
      `const ROOT = join(import.meta.dirname, "^/^/^/^");`,
      `const copy = join(ROOT, "src/content/story.aml");`,
      `const here = new URL("./fixtures/a.csv", import.meta.url);`,
    ]);
    expect(reachesOutside(file, text)).toEqual([]);
  });

  it("serves the bench's peer page from its own folder only", () => {
    const peer = join(ROOT, "bench/peers/scrollama-sticky-side");
    const html = readFileSync(join(peer, "index.html"), "utf8");
    const local = [...html.matchAll(/\b(?:src|href)="([^"]+)"/g)]
      .map((m) => m[1] ?? "")
      .filter((ref) => !/^https:\/\//.test(ref));
    expect(local.length).toBeGreaterThan(0);
    for (const ref of local) {
      expect(resolve(peer, ref).startsWith(peer + sep), ref).toBe(true);
      expect(existsSync(join(peer, ref)), ref).toBe(true);
    }
    for (const licence of ["LICENSE-scrollama", "LICENSE-d3"]) {
      expect(existsSync(join(peer, licence)), licence).toBe(true);
    }
  });
});
