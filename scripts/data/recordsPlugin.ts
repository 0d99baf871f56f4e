import type { Plugin } from "vite";
import { clientRecords } from "../../src/data/chartRecords.ts";
import type { StorySource } from "../build/storySource.ts";

const ID = "virtual:records";
const RESOLVED = `\0${ID}`;

/** The records module's source: the finished records, parsed once as JSON (faster than a literal). */
export function recordsModule(records: Parameters<typeof clientRecords>[0]): string {
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(clientRecords(records)))});`;
}

/**
 * `virtual:records`: the chart code's records, finished at build time (loaded with it). On
 * the dev server the module is made again when the story's data changes.
 */
export function recordsPlugin(source: StorySource): Plugin {
  return {
    name: "story-records",
    configResolved(config) {
      source.configure(config);
    },
    resolveId(id) {
      return id === ID ? RESOLVED : null;
    },
    load(id) {
      return id === RESOLVED ? recordsModule(source.load().page.records.data) : null;
    },
    configureServer(server) {
      source.onInvalidate(() => {
        const graph = server.environments.client.moduleGraph;
        const module = graph.getModuleById(RESOLVED);
        if (module) graph.invalidateModule(module);
      });
    },
  };
}
