import type { Plugin } from "vite";
import { sourcePlugin } from "./build/sourcePlugin.ts";
import { type StorySourceOptions, storySource } from "./build/storySource.ts";
import { csvPlugin } from "./data/csvPlugin.ts";
import { recordsPlugin } from "./data/recordsPlugin.ts";
import { editorsPagePlugin } from "./editors/editorsPagePlugin.ts";
import { embedsPlugin } from "./embed/embedsPlugin.ts";
import { geographyPlugin } from "./geography/geographyPlugin.ts";
import { headersPlugin } from "./headersPlugin.ts";
import { listPagePlugin } from "./page/listPagePlugin.ts";
import { storyPagePlugin } from "./page/storyPagePlugin.ts";
import { picturesPlugin } from "./pictures/picturesPlugin.ts";
import { shareKitPlugin } from "./share/shareKitPlugin.ts";

export type { StorySourceOptions };

/**
 * Everything the build writes besides the bundle, one plugin per output, all from one
 * reading of the story and its records (`storySource`): each writes its files in a build
 * and serves them on the dev server, so `npm run dev` has every page `dist/` has.
 */
export function storyPlugins(options: StorySourceOptions): Plugin[] {
  const source = storySource(options);
  return [
    sourcePlugin(source),
    // The locator map's geography checked against its sources (build only).
    geographyPlugin(source),
    recordsPlugin(source),
    storyPagePlugin(source),
    listPagePlugin(source),
    embedsPlugin(source),
    editorsPagePlugin(source),
    shareKitPlugin(source),
    picturesPlugin(source),
    csvPlugin(source),
    headersPlugin(),
  ];
}
