import type { OutputBundle } from "rolldown";
import type { ResolvedConfig } from "vite";
import { describe, expect, it } from "vitest";
import { entryAssets, entrySource } from "../../../../scripts/build/entries.ts";

const config = {
  build: { rolldownOptions: { input: { index: "index.html", embed: "./src/embed/main.ts" } } },
} as unknown as ResolvedConfig;

/** A chunk as Rolldown hands it to generateBundle, with only what entryAssets reads. */
const chunk = (
  fileName: string,
  name: string,
  imports: string[],
  css: string[],
  isEntry = true,
) => ({
  type: "chunk",
  fileName,
  name,
  isEntry,
  imports,
  viteMetadata: { importedCss: new Set(css) },
});

describe("entrySource", () => {
  it("names an entry's module from the build's inputs, from the project's root", () => {
    expect(entrySource(config, "embed")).toBe("src/embed/main.ts");
  });

  it("fails on an entry the build does not have", () => {
    expect(() => entrySource(config, "editors")).toThrow(/no entry named editors/);
  });
});

describe("entryAssets", () => {
  it("on the dev server, is the entry's module, which brings its own styles", () => {
    expect(entryAssets(config, undefined, "embed")).toEqual({
      script: "src/embed/main.ts",
      styles: [],
    });
  });

  it("in a build, is the entry's chunk and the stylesheets of its imports, then its own", () => {
    const bundle = {
      "assets/embed-1.js": chunk(
        "assets/embed-1.js",
        "embed",
        ["assets/shared-2.js"],
        ["assets/embed-1.css"],
      ),
      "assets/shared-2.js": chunk(
        "assets/shared-2.js",
        "shared",
        [],
        ["assets/shared-2.css"],
        false,
      ),
    } as unknown as OutputBundle;
    expect(entryAssets(config, bundle, "embed")).toEqual({
      script: "assets/embed-1.js",
      styles: ["assets/shared-2.css", "assets/embed-1.css"],
    });
  });

  it("fails when the bundle has no chunk for the entry", () => {
    expect(() => entryAssets(config, {} as OutputBundle, "embed")).toThrow(
      "the build has no embed entry (src/embed/main.ts)",
    );
  });
});
