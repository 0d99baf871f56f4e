import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../../..");

/**
 * Where reader-facing words must all come from the editions (`src/locale/`): every graphic
 * (control, evacuation, casualties, the map) and the code they share. In these folders a
 * string of two or more English words is a word the reader would see that an edition
 * cannot change.
 */
const CHECKED = ["src/charts"];

/**
 * Strings of words that are not the reader's, the one place to allow them, each with why.
 * Test ids, class names and Plot's options are single words and never reach this list;
 * errors thrown for developers are skipped where they are thrown.
 */
const ALLOWED: readonly RegExp[] = [
  // The shipped face's family name, as the generated metrics record it: never printed.
  /^Source Sans 3$/,
  // The Arabic face's family name, as its generated metrics record it: never printed.
  /^Noto Sans Arabic$/,
];

/** Two or more English words in a row: "Hanano taken", "of the east". */
const WORDS = /[A-Za-z]{2,}[,;:]?\s+[A-Za-z]{2,}/;

/** The text of each string and template literal, skipping errors thrown for developers. */
function literals(file: string): { line: number; text: string }[] {
  const text = readFileSync(join(ROOT, file), "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: { line: number; text: string }[] = [];
  const add = (node: ts.Node, value: string) =>
    found.push({
      line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1,
      text: value,
    });
  const visit = (node: ts.Node): void => {
    // A developer's error message ("turning point … has no … event") is not the reader's.
    if (ts.isNewExpression(node) && node.expression.getText() === "Error") return;
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) add(node, node.text);
    if (ts.isTemplateExpression(node))
      add(node, [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(" … "));
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Every TypeScript file under a folder. */
function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith(".ts") ? [relative(ROOT, join(ROOT, path))] : [];
  });
}

/** "file:line: "text"" for each string of words outside the editions. */
function englishIn(files: readonly string[]): string[] {
  return files.flatMap((file) =>
    literals(file)
      .filter(({ text }) => WORDS.test(text) && !ALLOWED.some((a) => a.test(text)))
      .map(({ line, text }) => `${file}:${line}: "${text}"`),
  );
}

describe("reader-facing words live in the editions", () => {
  it.each(CHECKED)("%s spells none of its own", (dir) => {
    expect(englishIn(sources(dir))).toEqual([]);
  });
});
