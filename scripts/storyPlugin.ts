import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { OutputBundle } from "rolldown";
import type { Plugin, ResolvedConfig } from "vite";
import { clientRecords } from "../src/data/chartRecords.ts";
import { DATASETS } from "../src/data/datasets/index.ts";
import { readDataDir } from "../src/data/readDataDir.ts";
import { cssVariables } from "../src/styles/tokens.ts";
import { headersFile } from "./contentSecurityPolicy.ts";
import { EDITORS_PATH, editorsContent, readFrameHeights } from "./editors/editorsKit.ts";
import { editorsPage } from "./editors/editorsPage.ts";
import { embedFiles } from "./embed/embedKit.ts";
import { STORY_EMBED_PATH, storyEmbedPage } from "./embed/storyEmbedPage.ts";
import { themeScript } from "./embed/themeScript.ts";
import { checkInlineScripts } from "./page/inlineScripts.ts";
import { inlineStyles } from "./page/inlineStyles.ts";
import { renderPngAsync } from "./pictures/renderPng.ts";
import { buildPage } from "./prerender/buildPage.ts";
import { dataTables } from "./prerender/renderTables.ts";
import { addressFrom, PUBLIC_URL_SETTING, publicUrl } from "./share/publicUrl.ts";
import { shareKit } from "./share/shareKit.ts";
import { iconPath } from "./share/shareTags.ts";

/** The stylesheets a chunk needs, its static imports' first (the order Vite links them in). */
function importedCss(bundle: OutputBundle, fileName: string, seen = new Set<string>()): string[] {
  const chunk = bundle[fileName];
  if (chunk?.type !== "chunk" || seen.has(fileName)) return [];
  seen.add(fileName);
  const own = [...(chunk.viteMetadata?.importedCss ?? [])];
  return [...new Set([...chunk.imports.flatMap((f) => importedCss(bundle, f, seen)), ...own])];
}

/** The modules the plugin makes up: the records for the chart code (loaded with it). */
const MODULES = ["virtual:records"] as const;

export interface StoryPluginOptions {
  /** The folder of CSV files; `STORY_DATA_DIR` overrides it (tests use this for bad input). */
  dataDir: string;
  /** The ArchieML copy. */
  copyFile: string;
  /** The SVG the page's icons are drawn from. */
  iconFile: string;
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
      publicUrl(),
    );
  let page: ReturnType<typeof load>;
  let kit: ReturnType<typeof shareKit>;

  return {
    name: "story",
    configResolved(resolved) {
      config = resolved;
    },
    buildStart() {
      page = load();
      const base = publicUrl();
      if (!base && config.command === "build")
        config.logger.info(
          `${PUBLIC_URL_SETTING} is not set: share cards and tags use relative addresses, which crawlers cannot follow.`,
        );
      const iconFile = resolve(config.root, options.iconFile);
      kit = shareKit(page.story, page.records, page.graphics, base, readFileSync(iconFile, "utf8"));
      this.addWatchFile(iconFile);
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
        const built = (path: string) => {
          const file = context.bundle?.[path];
          return file?.type === "asset" ? String(file.source) : undefined;
        };
        const story = inlineStyles(
          html
            .replace("<!--story:head-->", [page.head, kit.head].join("\n"))
            .replace("<!--story:body-->", page.body),
          built,
        );
        // The dev server adds its own client script; the built page is what must pass.
        if (config.command === "build") checkInlineScripts(story, "index.html");
        return story;
      },
    },
    async generateBundle(_options, bundle) {
      const entry = (name: string, source: string) => {
        const chunk = Object.values(bundle).find(
          (c) => c.type === "chunk" && c.isEntry && c.name === name,
        );
        if (chunk?.type !== "chunk") throw new Error(`the build has no ${name} entry (${source})`);
        return { script: chunk.fileName, styles: importedCss(bundle, chunk.fileName) };
      };
      const embeds = embedFiles(
        page.story,
        page.graphics,
        dataTables(page.records),
        publicUrl(),
        entry("embed", "src/embed/main.ts"),
      );
      const storyCode = entry("story-embed", "src/embed/storyMain.ts");
      const fromEmbed = (path: string) => addressFrom(STORY_EMBED_PATH, path, undefined);
      embeds.set(
        STORY_EMBED_PATH,
        storyEmbedPage({
          headline: page.story.headline,
          standfirst: page.story.standfirst,
          body: page.bodyAt({
            root: fromEmbed(""),
            framed: { story: addressFrom(STORY_EMBED_PATH, "index.html", publicUrl()) },
          }),
          assets: {
            script: fromEmbed(storyCode.script),
            themeScript: fromEmbed(themeScript().path),
            icon: fromEmbed(iconPath("svg")),
            styles: storyCode.styles.map(fromEmbed),
          },
        }),
      );
      const editors = entry("editors", "src/editors/main.ts");
      const { unmeasured, ...content } = editorsContent(
        page.story,
        page.graphics,
        kit.manifest,
        publicUrl(),
        readFrameHeights(),
      );
      if (unmeasured.length > 0)
        this.warn(
          `embed heights not measured yet for ${unmeasured.join(", ")}: the editors' page guesses them; run UPDATE_FRAME_HEIGHTS=1 npx playwright test tests/e2e/frameHeights.spec.ts`,
        );
      const editorsHtml = editorsPage({
        ...content,
        assets: { tokens: cssVariables(), ...editors, icon: iconPath("svg") },
      });
      const momentCode = entry("moment", "src/moment/main.ts");
      for (const [fileName, source] of [
        ...page.files,
        ...kit.files,
        ...kit.momentPages(momentCode.script),
        ...embeds,
        [EDITORS_PATH, editorsHtml] as const,
      ])
        this.emitFile({ type: "asset", fileName, source });
      // Each picture is drawn once, however many beats show it.
      const drawn = await Promise.all(
        [...kit.rasters].map(async ([fileName, { svg, width }]) => ({
          fileName,
          source: await renderPngAsync(svg, width),
        })),
      );
      for (const { fileName, source } of drawn) this.emitFile({ type: "asset", fileName, source });
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
