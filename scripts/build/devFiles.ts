import type { Connect, ViteDevServer } from "vite";

/** A file an output plugin serves on the dev server, as the build would write it. */
export type DevFile = string | Uint8Array;

/** What the dev server answers for a path inside dist/, or undefined to pass it on. */
export type DevLookup = (path: string) => DevFile | undefined | Promise<DevFile | undefined>;

const TYPES: Readonly<Record<string, string>> = {
  html: "text/html; charset=utf-8",
  js: "text/javascript; charset=utf-8",
  json: "application/json; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  svg: "image/svg+xml",
  png: "image/png",
};

/** The Content-Type of a file the build writes, by its extension. */
export function contentType(path: string): string {
  return TYPES[path.slice(path.lastIndexOf(".") + 1)] ?? "application/octet-stream";
}

/** The path inside dist/ a request asks for: no leading slash, query or fragment. */
export function requestPath(url: string | undefined): string {
  const path = (url ?? "").split(/[?#]/)[0] ?? "";
  try {
    // A folder's address is its index.html ("ar/" is "ar/index.html"); the root is Vite's.
    return decodeURIComponent(path)
      .replace(/^\/+/, "")
      .replace(/(.)\/$/, "$1/index.html");
  } catch {
    return "";
  }
}

/**
 * Serves what `find` knows on the dev server, at the path the build writes it to. A page goes
 * through Vite's own HTML transforms first, as index.html does (its client, which reloads
 * the page when the story changes), unless `pages` says it already has. A failure goes to
 * Vite, which shows it.
 */
export function serveDevFiles(
  server: ViteDevServer,
  find: DevLookup,
  { pages = "transform" }: { pages?: "transform" | "as-is" } = {},
): void {
  const answer = async (path: string, originalUrl: string | undefined) => {
    const body = path === "" ? undefined : await find(path);
    if (pages === "transform" && path.endsWith(".html") && typeof body === "string")
      return server.transformIndexHtml(`/${path}`, body, originalUrl);
    return body;
  };
  const middleware: Connect.NextHandleFunction = (req, res, next) => {
    const path = requestPath(req.url);
    answer(path, req.originalUrl)
      .then((body) => {
        if (body === undefined) return next();
        res.setHeader("Content-Type", contentType(path));
        res.setHeader("Cache-Control", "no-cache");
        res.end(body);
      })
      .catch(next);
  };
  server.middlewares.use(middleware);
}
