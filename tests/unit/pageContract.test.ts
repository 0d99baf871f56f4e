import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import type { PageAttribute } from "../../src/pageContract.ts";
import * as contract from "../../src/pageContract.ts";

const ROOT = join(import.meta.dirname, "../..");
const CONTRACT = join("src", "pageContract.ts");

/** Every file under a folder whose name ends with one of `ends`, relative to the repository. */
function files(dir: string, ends: readonly string[]): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path, ends);
    return ends.some((e) => entry.name.endsWith(e)) ? [path] : [];
  });
}

/**
 * The `data-*` attribute names a text spells, and its `dataset` reads. A name in a class,
 * an id or a longer word (`class="data-table"`, `#data-head`, `.figure-data-link`) is not
 * an attribute's.
 */
function attributeNames(text: string): string[] {
  const named = text.match(/(?<![\w.#-])(?<!=["'])data-[a-z][a-z0-9-]*/g) ?? [];
  const dataset = text.match(/\.dataset(?![-\w])/g) ?? [];
  return [...named, ...dataset];
}

const ATTRIBUTES = Object.values(contract).filter(
  (v): v is PageAttribute => typeof v === "object" && v !== null && "selector" in v,
);
const NAMES = new Set(ATTRIBUTES.map((a) => a.name));

describe("the page contract", () => {
  it("finds attribute names and dataset reads, not classes or ids", () => {
    expect(
      attributeNames(
        '<p class="data-table" id="data-head" data-beat="x"> [data-step] .figure-data-link el.dataset.key a.dataset;',
      ),
    ).toEqual(["data-beat", "data-step", ".dataset", ".dataset"]);
  });

  it("is the only TypeScript in src/ or scripts/ that spells an attribute's name", () => {
    const spelled = ["src", "scripts"]
      .flatMap((dir) => files(dir, [".ts"]))
      .filter((file) => file !== CONTRACT)
      .flatMap((file) =>
        attributeNames(readFileSync(join(ROOT, file), "utf8")).map((n) => `${file}: ${n}`),
      );
    expect(spelled).toEqual([]);
  });

  it("names every attribute the styles select", () => {
    const unknown = files("src", [".css"]).flatMap((file) =>
      attributeNames(readFileSync(join(ROOT, file), "utf8"))
        .filter((n) => !NAMES.has(n))
        .map((n) => `${file}: ${n}`),
    );
    expect(unknown).toEqual([]);
  });

  it("names each attribute once", () => {
    expect(NAMES.size).toBe(ATTRIBUTES.length);
  });

  it("writes what it reads back, escaped", () => {
    const value = `a "quoted" <b> & 'more'`;
    const { document } = parseHTML(
      `<html><body><p ${contract.BEAT.write(value)} ${contract.PREVIEW.write()}></p></body></html>`,
    );
    const p = document.querySelector(contract.BEAT.is(value));
    expect(p).not.toBeNull();
    expect(contract.BEAT.read(p as Element)).toBe(value);
    expect(document.querySelector(contract.PREVIEW.selector)).toBe(p);
    expect(contract.PREVIEW.read(p as Element)).toBe("");
    expect(contract.STEP.read(p as Element)).toBeUndefined();
  });

  it("writes a bare attribute without a value, and one with it quoted", () => {
    expect(String(contract.PREVIEW.write())).toBe("data-preview");
    expect(String(contract.STEP.write("next"))).toBe('data-step="next"');
    expect(contract.STEP.is("next")).toBe('[data-step="next"]');
    expect(contract.BEAT.selector).toBe("[data-beat]");
  });
});
