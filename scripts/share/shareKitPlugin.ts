import type { Plugin } from "vite";
import { entryAssets } from "../build/entries.ts";
import { fileMapPlugin } from "../build/fileMapPlugin.ts";
import { kitInputs, type StoryInput, type StorySource } from "../build/storySource.ts";
import { editionEntry } from "./editionEntry.ts";
import { manifestJson } from "./shareKit.ts";

/**
 * Every edition's share kit files by their paths inside dist/ (an edition's in its folder),
 * given the moment pages' script (a path inside dist/), and the manifest with `editions`.
 */
export function shareKitFiles(input: StoryInput, momentScript: string): Map<string, string> {
  const files = new Map<string, string>();
  const kits = kitInputs(input);
  for (const { edition, kit } of kits)
    for (const [path, text] of [...kit.files, ...kit.momentPages(momentScript)])
      files.set(`${edition.folder}${path}`, text);
  const editions = kits.map((k) => editionEntry(k.edition, k.kit.manifest));
  files.set("embeds.json", manifestJson(input.kit.manifest, editions));
  return files;
}

/**
 * The share kit's text: a card page for every beat (`moments/<beat>.html`, and each other
 * edition's in its folder, `ar/moments/<beat>.html`), the manifest (`embeds.json`, with
 * every edition's addresses) and the icon's SVG. (Its pictures are the pictures plugin's;
 * its tags go into the story page.)
 */
export function shareKitPlugin(source: StorySource): Plugin {
  return fileMapPlugin("story-share-kit", source, (bundle) =>
    shareKitFiles(source.load(), entryAssets(source.config, bundle, "moment").script),
  );
}
