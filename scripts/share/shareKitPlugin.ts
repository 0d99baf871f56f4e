import type { OutputBundle } from "rolldown";
import type { Plugin } from "vite";
import { serveDevFiles } from "../build/devFiles.ts";
import { entryAssets } from "../build/entries.ts";
import type { StorySource } from "../build/storySource.ts";

/**
 * The share kit's text: a card page for every beat (`moments/<beat>.html`), the manifest
 * (`embeds.json`) and the icon's SVG. (Its pictures are the pictures plugin's; its tags
 * go into the story page.)
 */
export function shareKitPlugin(source: StorySource): Plugin {
  const files = (bundle: OutputBundle | undefined) => {
    const { kit } = source.load();
    const moment = entryAssets(source.config, bundle, "moment");
    return new Map([...kit.files, ...kit.momentPages(moment.script)]);
  };
  const devFiles = source.derived(() => files(undefined));
  return {
    name: "story-share-kit",
    configResolved(config) {
      source.configure(config);
    },
    generateBundle(_options, bundle) {
      for (const [fileName, text] of files(bundle))
        this.emitFile({ type: "asset", fileName, source: text });
    },
    configureServer(server) {
      serveDevFiles(server, (path) => devFiles().get(path));
    },
  };
}
