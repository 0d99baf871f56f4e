import { join } from "node:path";
import type { Plugin } from "vite";
import { DATASETS } from "../../src/data/datasets/index.ts";
import { buildPublicUrl, PUBLIC_URL_SETTING } from "../share/publicUrl.ts";
import type { StorySource } from "./storySource.ts";

/**
 * The build's one way in for facts and words: reads and validates every dataset and the
 * copy as the build starts (a bad cell or line stops it there, before anything is written),
 * and watches them. On the dev server, a change to one is read again on the next request
 * and every open page reloads.
 */
export function sourcePlugin(source: StorySource): Plugin {
  return {
    name: "story-source",
    configResolved(config) {
      source.configure(config);
      // A publishing build without its public address stops here, before Rolldown starts
      // (whose report would wrap the one line in its own).
      buildPublicUrl();
    },
    buildStart() {
      const { base } = source.load();
      const { config } = source;
      if (!base && config.command === "build")
        config.logger.info(
          `${PUBLIC_URL_SETTING} is not set: share cards and tags use relative addresses, which crawlers cannot follow (to publish: npm run build:publish).`,
        );
      const paths = source.paths();
      this.addWatchFile(paths.iconFile);
      for (const spec of Object.values(DATASETS)) this.addWatchFile(join(paths.dataDir, spec.file));
      this.addWatchFile(paths.copyFile);
    },
    watchChange(id) {
      if (source.isSource(id)) source.invalidate();
    },
    configureServer(server) {
      const changed = (file: string) => {
        if (!source.isSource(file)) return;
        source.invalidate();
        server.ws.send({ type: "full-reload" });
      };
      server.watcher.on("change", changed);
      server.watcher.on("add", changed);
      server.watcher.on("unlink", changed);
    },
  };
}
