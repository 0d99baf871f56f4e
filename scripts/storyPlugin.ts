import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Plugin, ResolvedConfig } from "vite";
import { clientRecords } from "../src/data/chartRecords.ts";
import { DATASETS } from "../src/data/datasets/index.ts";
import { readDataDir } from "../src/data/readDataDir.ts";
import { headersFile } from "./contentSecurityPolicy.ts";
import { buildPage } from "./prerender/buildPage.ts";

/** Beats for the scroll wiring (eager) and records for the charts (loaded with them). */
const MODULES = ["virtual:records"] as const;

export interface StoryPluginOptions {
  /** The folder of CSV files; `STORY_DATA_DIR` overrides it (tests use this for bad input). */
  dataDir: string;
  /** The ArchieML copy. */
  copyFile: string;
}

/**
 * The build's one way in for facts and words: loads and validates every dataset and the
 * copy, fails the build at the first bad cell or line, prerenders the story into
 * index.html, hands the chart code finished records as `virtual:records`, and publishes the CSVs
 * under data/ for readers to download.
 */
export function storyPlugin(options: StoryPluginOptions): Plugin {
  let config: ResolvedConfig;
  const dataDir = () => resolve(config.root, process.env.STORY_DATA_DIR ?? options.dataDir);
  const copyFile = () => resolve(config.root, options.copyFile);
  const load = () =>
    buildPage(
      readDataDir(dataDir(), config.root),
      readFileSync(copyFile(), "utf8"),
      options.copyFile,
    );
  let page: ReturnType<typeof load>;

  return {
    name: "story",
    configResolved(resolved) {
      config = resolved;
    },
    buildStart() {
      page = load();
      for (const spec of Object.values(DATASETS)) this.addWatchFile(resolve(dataDir(), spec.file));
      this.addWatchFile(copyFile());
    },
    resolveId(id) {
      return (MODULES as readonly string[]).includes(id) ? `\0${id}` : null;
    },
    load(id) {
      if (id === "\0virtual:records")
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(clientRecords(page.records.data)))});`;
      return null;
    },
    transformIndexHtml: {
      order: "post",
      handler(html, context) {
        // The three faces the page is set in, fetched with the page, not after its CSS.
        const preloads = Object.keys(context.bundle ?? {})
          .filter((f) => /source-(serif-4|sans-3)-latin-[47]00-normal-[\w-]+\.woff2$/.test(f))
          .map((f) => `<link rel="preload" href="./${f}" as="font" type="font/woff2" crossorigin>`);
        return html
          .replace("<!--story:head-->", [page.head, ...preloads].join("\n"))
          .replace("<!--story:body-->", page.body);
      },
    },
    generateBundle() {
      for (const [fileName, source] of page.files)
        this.emitFile({ type: "asset", fileName, source });
      this.emitFile({ type: "asset", fileName: "_headers", source: headersFile() });
      for (const spec of Object.values(DATASETS)) {
        this.emitFile({
          type: "asset",
          fileName: `data/${spec.file}`,
          source: readFileSync(resolve(dataDir(), spec.file)),
        });
      }
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? "").replace(/^\//, "");
        const file = page?.files.get(path);
        if (file) {
          res.setHeader(
            "Content-Type",
            path.endsWith(".js") ? "text/javascript; charset=utf-8" : "image/svg+xml",
          );
          res.end(file);
          return;
        }
        const match = /^\/data\/([a-z_]+\.csv)$/.exec(req.url ?? "");
        const spec = Object.values(DATASETS).find((s) => s.file === match?.[1]);
        if (!spec) return next();
        res.setHeader("Content-Type", "text/csv; charset=utf-8");
        res.end(readFileSync(resolve(dataDir(), spec.file)));
      });
    },
  };
}
