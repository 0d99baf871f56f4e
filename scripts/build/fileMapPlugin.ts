import type { OutputBundle } from "rolldown";
import type { Plugin } from "vite";
import { serveDevFiles } from "./devFiles.ts";
import type { StorySource } from "./storySource.ts";

/**
 * A plugin for an output that is a set of text files made from the story: written into the
 * build from its bundle, and served at the same paths on the dev server (made once per
 * change of the sources). `serves` says which dev requests to answer, so other pages do not
 * wait for these files to be made.
 */
export function fileMapPlugin(
  name: string,
  source: StorySource,
  files: (bundle: OutputBundle | undefined) => Map<string, string>,
  serves: (path: string) => boolean = () => true,
): Plugin {
  const devFiles = source.derived(() => files(undefined));
  return {
    name,
    configResolved(config) {
      source.configure(config);
    },
    generateBundle(_options, bundle) {
      for (const [fileName, text] of files(bundle))
        this.emitFile({ type: "asset", fileName, source: text });
    },
    configureServer(server) {
      serveDevFiles(server, (path) => (serves(path) ? devFiles().get(path) : undefined));
    },
  };
}
