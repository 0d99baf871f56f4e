import type { Plugin } from "vite";
import { entryAssets } from "../build/entries.ts";
import { fileMapPlugin } from "../build/fileMapPlugin.ts";
import type { StorySource } from "../build/storySource.ts";

/**
 * The share kit's text: a card page for every beat (`moments/<beat>.html`), the manifest
 * (`embeds.json`) and the icon's SVG. (Its pictures are the pictures plugin's; its tags
 * go into the story page.)
 */
export function shareKitPlugin(source: StorySource): Plugin {
  return fileMapPlugin("story-share-kit", source, (bundle) => {
    const { kit } = source.load();
    const moment = entryAssets(source.config, bundle, "moment");
    return new Map([...kit.files, ...kit.momentPages(moment.script)]);
  });
}
