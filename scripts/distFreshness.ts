import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/** What `vite build` reads: a change to any of these makes the last build stale. */
export const BUILD_INPUTS = [
  "src",
  "scripts",
  "data",
  "assets",
  "index.html",
  "vite.config.ts",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
] as const;

/** Written by every build, so its time is when the build ran. */
const BUILD_MARK = "index.html";

function* files(path: string): Generator<string> {
  if (!existsSync(path)) return;
  if (!statSync(path).isDirectory()) {
    yield path;
    return;
  }
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    yield* files(join(path, entry.name));
  }
}

/**
 * Why `outDir` (relative to `root`) cannot be served as the current build, or null if it can:
 * it has no index.html, or a build input changed after it was written. The browser tests call
 * this first, so they never judge an old build.
 */
export function staleBuild(root: string, outDir = "dist"): string | null {
  const mark = join(root, outDir, BUILD_MARK);
  const build = "run `npm run build` first (`npm test` builds, then runs the browser tests)";
  if (!existsSync(mark)) return `${outDir}/ holds no build: ${build}.`;
  const builtAt = statSync(mark).mtimeMs;
  const newer = BUILD_INPUTS.flatMap((input) => [...files(join(root, input))])
    .map((file) => ({ file: relative(root, file), changedAt: statSync(file).mtimeMs }))
    .filter((f) => f.changedAt > builtAt)
    .sort((a, b) => b.changedAt - a.changedAt);
  const [latest] = newer;
  if (!latest) return null;
  const more = newer.length > 1 ? ` and ${newer.length - 1} more` : "";
  return (
    `${outDir}/ is older than its sources: ${latest.file}${more} changed after the build ` +
    `(${new Date(builtAt).toISOString()}). The browser tests would judge the old build: ${build}.`
  );
}
