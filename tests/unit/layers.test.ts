import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { GRAPHICS } from "../../src/charts/registry.ts";

const ROOT = join(import.meta.dirname, "../..");

/**
 * The layers of src/, lowest first: a module may import from its own layer and the ones
 * below it, never from one above. Records and words are below the graphics, the graphics
 * below the story, the story below the embeds; the build's scripts are above them all.
 */
const LAYERS: readonly (readonly string[])[] = [
  // The editions' words and formats (locale) sit with the dates they write.
  [
    "dates.ts",
    "escapeHtml.ts",
    "html.ts",
    "locale",
    "pageContract.ts",
    "yieldToPage.ts",
    "styles",
    "vendor",
  ],
  // virtual.d.ts types the records the build hands the browser.
  ["content", "data", "virtual.d.ts"],
  ["charts"],
  ["story", "explore"],
  ["embed", "moment"],
  ["editors", "main.ts"],
];

/** Every TypeScript file under a folder, relative to the repository. */
function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** The files a source imports by relative path, type-only imports included. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), "utf8");
  const specifiers = [...text.matchAll(/\bfrom\s+"(\.{1,2}\/[^"]+\.ts)"/g)].map((m) => m[1]);
  return specifiers.map((s) => relative(ROOT, resolve(dirname(join(ROOT, file)), s as string)));
}

/** A file's layer: its place in LAYERS by its first part under src/ (scripts/ is above all). */
function layerOf(file: string): number {
  const [top, part = ""] = file.split(sep);
  if (top === "scripts") return LAYERS.length;
  const layer = LAYERS.findIndex((names) => names.includes(part));
  if (layer < 0) throw new Error(`${file} is in no layer: add src/${part} to LAYERS`);
  return layer;
}

/** Each import of a file from a layer above its own, as "importer → imported". */
function importsUpward(files: readonly string[], imports: (file: string) => string[]) {
  return files.flatMap((file) =>
    imports(file)
      .filter((to) => layerOf(to) > layerOf(file))
      .map((to) => `${file} → ${to}`),
  );
}

/** A graphic's name compared, or switched on, outside its folder: `=== "map"`. */
function namesCompared(file: string, text: string, names: readonly string[]): string[] {
  return names.flatMap((name) => {
    const quoted = `["'\`]${name}["'\`]`;
    const compared = new RegExp(`[!=]==?\\s*${quoted}|${quoted}\\s*[!=]==?|case\\s+${quoted}`);
    const own = file.startsWith(join("src", "charts", name) + sep);
    return !own && compared.test(text) ? [`${file}: "${name}"`] : [];
  });
}

describe("layers", () => {
  it("finds an import from a layer above, and none within or below", () => {
    const graph: Record<string, string[]> = {
      [join("src", "charts", "live.ts")]: [join("src", "story", "clientStory.ts")],
      [join("src", "data", "chartRecords.ts")]: [join("src", "charts", "types.ts")],
      [join("src", "story", "story.ts")]: [
        join("src", "charts", "live.ts"),
        join("src", "dates.ts"),
      ],
      [join("src", "charts", "format.ts")]: [join("src", "charts", "types.ts")],
    };
    expect(importsUpward(Object.keys(graph), (f) => graph[f] ?? [])).toEqual([
      `${join("src", "charts", "live.ts")} → ${join("src", "story", "clientStory.ts")}`,
      `${join("src", "data", "chartRecords.ts")} → ${join("src", "charts", "types.ts")}`,
    ]);
  });

  it("no module of src/ imports from a layer above its own, nor from scripts/", () => {
    expect(importsUpward(sources("src"), importsOf)).toEqual([]);
  });

  it("finds a graphic's name compared, and not one named in its own folder", () => {
    const live = join("src", "charts", "live.ts");
    const sync = 'if (beat.graphic === "map") syncDistrictTable(records, state);';
    expect(namesCompared(live, sync, ["map", "control"])).toEqual([`${live}: "map"`]);
    expect(namesCompared(live, "switch (name) { case 'control':", ["map", "control"])).toEqual([
      `${live}: "control"`,
    ]);
    expect(namesCompared(live, 'graphic("map")', ["map"])).toEqual([]);
    expect(namesCompared(join("src", "charts", "map", "view.ts"), sync, ["map"])).toEqual([]);
    expect(namesCompared(join("src", "charts", "mapLegend.ts"), sync, ["map"])).toHaveLength(1);
  });

  it("no code outside a graphic's folder singles it out by name (it declares what it needs)", () => {
    const files = [...sources("src"), ...sources("scripts")];
    const names = Object.keys(GRAPHICS);
    const found = files.flatMap((f) =>
      namesCompared(f, readFileSync(join(ROOT, f), "utf8"), names),
    );
    expect(found).toEqual([]);
  });
});
