import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");
const MAX_LINES = 80;

interface FunctionSpan {
  file: string;
  /** The line the function starts on, from 1. */
  line: number;
  name: string;
  lines: number;
}

/** Every TypeScript file under a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** What a reader would call a function: its own name, or the name it is given. */
function nameOf(fn: ts.FunctionLikeDeclaration, source: ts.SourceFile): string {
  if (fn.name) return fn.name.getText(source);
  const parent = fn.parent;
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) {
    return parent.name.getText(source);
  }
  if (ts.isCallExpression(parent)) return `(callback to ${parent.expression.getText(source)})`;
  return ts.isConstructorDeclaration(fn) ? "constructor" : "(anonymous)";
}

/**
 * Every function with a body in a source text, measured from its first line (after its doc
 * comment) to the line of its body's end, both counted: the signature is part of reading it.
 */
function functionSpans(file: string, text: string): FunctionSpan[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const lineOf = (pos: number) => source.getLineAndCharacterOfPosition(pos).line + 1;
  const spans: FunctionSpan[] = [];
  const visit = (node: ts.Node) => {
    if (
      (ts.isFunctionDeclaration(node) ||
        ts.isFunctionExpression(node) ||
        ts.isArrowFunction(node) ||
        ts.isMethodDeclaration(node) ||
        ts.isConstructorDeclaration(node) ||
        ts.isGetAccessorDeclaration(node) ||
        ts.isSetAccessorDeclaration(node)) &&
      node.body
    ) {
      const line = lineOf(node.getStart(source));
      const lines = lineOf(node.body.getEnd()) - line + 1;
      spans.push({ file, line, name: nameOf(node, source), lines });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return spans;
}

const spans = sources(join(ROOT, "src")).flatMap((path) =>
  functionSpans(relative(ROOT, path).split("\\").join("/"), readFileSync(path, "utf8")),
);
const describeSpan = (span: FunctionSpan) =>
  `${span.file}:${span.line} ${span.name} ${span.lines} lines`;

describe(`no function in src/ is over ${MAX_LINES} lines`, () => {
  it("anywhere in src/", () => {
    const tooLong = spans.filter((s) => s.lines > MAX_LINES);
    expect(tooLong.map(describeSpan), "split these by idea").toEqual([]);
  });
});

describe("functionSpans(file, text)", () => {
  const body = (n: number) => Array.from({ length: n }, (_, i) => `  const a${i} = ${i};`);

  it("counts a function from its first line to its closing brace, signature included", () => {
    const text = ["/** Doc. */", "export function f(", "  a: number,", ") {", ...body(3), "}"];
    expect(functionSpans("x.ts", text.join("\n"))).toEqual([
      { file: "x.ts", line: 2, name: "f", lines: 7 },
    ]);
  });

  it("names arrows and function expressions by the const or property they are given to", () => {
    const text = [
      "const g = () => {",
      "  return 1;",
      "};",
      "const o = { h: function () { return 2; }, m() { return 3; } };",
      "[1].map((n) => n);",
    ].join("\n");
    expect(functionSpans("x.ts", text).map((s) => `${s.name} ${s.lines}`)).toEqual([
      "g 3",
      "h 1",
      "m 1",
      "(callback to [1].map) 1",
    ]);
  });

  it("measures class methods, accessors and constructors, and functions inside functions", () => {
    const text = [
      "class C {",
      "  constructor() {}",
      "  get v() { return 1; }",
      "  run() {",
      "    const inner = () => 1;",
      "  }",
      "}",
    ].join("\n");
    expect(functionSpans("x.ts", text).map((s) => `${s.name}:${s.line} ${s.lines}`)).toEqual([
      "constructor:2 1",
      "v:3 1",
      "run:4 3",
      "inner:5 1",
    ]);
  });

  it(`finds a function of ${MAX_LINES + 1} lines too long and one of ${MAX_LINES} not`, () => {
    const fn = (name: string, lines: number) =>
      [`function ${name}() {`, ...body(lines - 2), "}"].join("\n");
    const text = `${fn("long", MAX_LINES + 1)}\n${fn("short", MAX_LINES)}`;
    const long = functionSpans("x.ts", text).filter((s) => s.lines > MAX_LINES);
    expect(long.map((s) => s.name)).toEqual(["long"]);
  });
});
