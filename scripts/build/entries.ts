import type { OutputBundle } from "rolldown";
import type { ResolvedConfig } from "vite";

/** A page's code, as paths inside dist/ (or, on the dev server, inside the project). */
export interface EntryAssets {
  script: string;
  styles: string[];
}

/** The stylesheets a chunk needs, its static imports' first (the order Vite links them in). */
export function importedCss(
  bundle: OutputBundle,
  fileName: string,
  seen = new Set<string>(),
): string[] {
  const chunk = bundle[fileName];
  if (chunk?.type !== "chunk" || seen.has(fileName)) return [];
  seen.add(fileName);
  const own = [...(chunk.viteMetadata?.importedCss ?? [])];
  return [...new Set([...chunk.imports.flatMap((f) => importedCss(bundle, f, seen)), ...own])];
}

/** The source module of the build's entry `name` (vite.config.ts, `build.rolldownOptions.input`). */
export function entrySource(config: ResolvedConfig, name: string): string {
  const input = config.build.rolldownOptions?.input;
  const source =
    input && typeof input === "object" && !Array.isArray(input) ? input[name] : undefined;
  if (!source) throw new Error(`the build has no entry named ${name} (vite.config.ts)`);
  return source.replace(/^\.?\//, "");
}

/**
 * The code a page of the build's own loads for entry `name`: in a build, the entry's chunk
 * and the stylesheets it imports; on the dev server (no bundle), its source module, which
 * brings its own styles.
 */
export function entryAssets(
  config: ResolvedConfig,
  bundle: OutputBundle | undefined,
  name: string,
): EntryAssets {
  const source = entrySource(config, name);
  if (!bundle) return { script: source, styles: [] };
  const chunk = Object.values(bundle).find(
    (c) => c.type === "chunk" && c.isEntry && c.name === name,
  );
  if (chunk?.type !== "chunk") throw new Error(`the build has no ${name} entry (${source})`);
  return { script: chunk.fileName, styles: importedCss(bundle, chunk.fileName) };
}
