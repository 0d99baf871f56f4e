import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);

/**
 * The file a package's bare name leads to (its "exports"), found as Node finds it: by its
 * path, so no Vite plugin stands between (the stand-ins' plugin answers only bare names).
 */
export const packageEntry = (name: string) => require.resolve(name);

/** A named import list, `import {a, b as c} from "d3…"`, possibly over several lines. */
const NAMED = /import\s*\{([^}]*)\}\s*from\s*"(d3(?:-[\w-]+)?)"/g;
/** Any import or re-export of a d3 package, to catch a form NAMED does not read. */
const ANY = /(?:import|export)\b[^;"]*?\bfrom\s*"(d3(?:-[\w-]+)?)"|import\s*"(d3(?:-[\w-]+)?)"/g;

export interface PlotImports {
  /** For each d3 package Plot's source imports from ("d3", "d3-geo", …), the names it takes. */
  names: Map<string, Set<string>>;
  /** Imports of a d3 package in a form other than a named list, as "file: statement". */
  unread: string[];
}

/** Every name Plot's source (its `src/**\/*.js`, what the build bundles) imports from d3. */
export function plotImports(): PlotImports {
  const source = dirname(packageEntry("@observablehq/plot"));
  const names = new Map<string, Set<string>>();
  const unread: string[] = [];
  for (const file of readdirSync(source, { recursive: true, encoding: "utf8" })) {
    if (!file.endsWith(".js")) continue;
    const text = readFileSync(join(source, file), "utf8");
    let named = 0;
    for (const [, list = "", from = ""] of text.matchAll(NAMED)) {
      named++;
      const taken = names.get(from) ?? new Set<string>();
      for (const entry of list.split(",")) {
        const name = entry.trim().split(/\s+as\s+/)[0];
        if (name) taken.add(name);
      }
      names.set(from, taken);
    }
    const all = [...text.matchAll(ANY)];
    if (all.length !== named) unread.push(...all.map((m) => `${file}: ${m[0]}`));
  }
  return { names, unread };
}
