// @ts-check
/** Gzip sizes of the build: what the page loads up front, and everything it may load. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { gzipSync } from "node:zlib";

/**
 * @typedef {{ file: string, bytes: number, gzipBytes: number }} FileSize
 * @typedef {{ gzipBytes: number, bytes: number, files: FileSize[] }} Group
 */

/** @param {string} path @param {string} root @returns {FileSize} */
function measure(path, root) {
  const source = readFileSync(path);
  return {
    file: relative(root, path),
    bytes: source.length,
    gzipBytes: gzipSync(source, { level: 9 }).length,
  };
}

/** @param {FileSize[]} files @returns {Group} */
function group(files) {
  return {
    gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0),
    bytes: files.reduce((sum, f) => sum + f.bytes, 0),
    files: files.sort((a, b) => b.gzipBytes - a.gzipBytes),
  };
}

/** @param {string} tag @param {string} name */
function attribute(tag, name) {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3] ?? "") : null;
}

/**
 * The scripts index.html loads at once: every `<script src>` (module entries and the classic
 * script that sets the page's classes before first paint) and modulepreload links.
 * Scripts from other origins (there should be none) are ignored.
 * @param {string} html
 * @returns {string[]} paths relative to the build folder
 */
export function eagerScripts(html) {
  const found = new Set();
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attribute(tag, "src");
    if (src) found.add(src);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attribute(tag, "rel") ?? "").toLowerCase().split(/\s+/);
    const href = attribute(tag, "href");
    if (href && rel.includes("modulepreload")) found.add(href);
  }
  return [...found]
    .filter((src) => !/^[a-z]+:|^\/\//i.test(src))
    .map((src) => src.replace(/^\.?\//, "").replace(/[?#].*$/, ""));
}

/** @param {string} dir @param {string} extension */
function assets(dir, extension) {
  return readdirSync(join(dir, "assets"))
    .filter((name) => name.endsWith(extension))
    .map((name) => join(dir, "assets", name));
}

/**
 * Every script a page may load: its eager ones and, from each, every other script of the
 * build it names (static imports and `import()`, which the bundle writes as "./<chunk>.js"),
 * and so on. A chunk both editions share counts in each.
 * @param {string} dir the build folder
 * @param {string[]} eager paths relative to `dir`
 * @returns {string[]} paths relative to `dir`
 */
export function reachableScripts(dir, eager) {
  const found = new Set(eager);
  const queue = [...eager];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    const source = readFileSync(join(dir, file), "utf8");
    for (const [, name] of source.matchAll(/["'`]\.\/([\w.-]+\.js)["'`]/g)) {
      const next = join(dirname(file), name ?? "");
      if (!found.has(next) && existsSync(join(dir, next))) {
        found.add(next);
        queue.push(next);
      }
    }
  }
  return [...found];
}

/**
 * One edition's page: its eager JS, all the JS it may load, and its HTML.
 * @param {string} dir the build folder
 * @param {string} page the page's path in it, e.g. "ar/index.html"
 */
export function pageSizes(dir, page) {
  const file = join(dir, page);
  const eager = eagerScripts(readFileSync(file, "utf8")).map((src) =>
    relative(dir, resolve(dirname(file), src)),
  );
  return {
    page,
    eagerJs: group(eager.map((path) => measure(join(dir, path), dir))),
    allJs: group(reachableScripts(dir, eager).map((path) => measure(join(dir, path), dir))),
    html: group([measure(file, dir)]),
  };
}

/**
 * @param {string} outDir
 * @param {{ id: string, page: string }[]} editions each edition's page, by its id
 */
export function bundleSizes(outDir, editions = []) {
  const dir = resolve(outDir);
  const indexHtml = join(dir, "index.html");
  const eager = eagerScripts(readFileSync(indexHtml, "utf8"));
  return {
    eagerJs: group(eager.map((file) => measure(join(dir, file), dir))),
    totalJs: group(assets(dir, ".js").map((file) => measure(file, dir))),
    css: group(assets(dir, ".css").map((file) => measure(file, dir))),
    html: group([measure(indexHtml, dir)]),
    /** Per edition: the JS its page loads at once and all it may load. */
    editions: Object.fromEntries(editions.map((e) => [e.id, pageSizes(dir, e.page)])),
  };
}
