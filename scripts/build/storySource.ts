import { readFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import type { ResolvedConfig } from "vite";
import { readDataDir } from "../../src/data/readDataDir.ts";
import { buildPage } from "../prerender/buildPage.ts";
import {
  ENGLISH_EDITION,
  editionBase,
  PAGE_EDITIONS,
  type PageEdition,
} from "../prerender/pageEditions.ts";
import { organisation } from "../share/organisation.ts";
import { buildPublicUrl } from "../share/publicUrl.ts";
import { shareKit } from "../share/shareKit.ts";

/** Where the story's facts, words and icon are, relative to the project's root. */
export interface StorySourceOptions {
  /** The folder of CSV files; `STORY_DATA_DIR` overrides it (tests use this for bad input). */
  dataDir: string;
  /** The ArchieML copy. */
  copyFile: string;
  /** The SVG the page's icons are drawn from. */
  iconFile: string;
  /**
   * The story page's other editions, each by its language (`PAGE_EDITIONS`) with its
   * ArchieML copy: `{ ar: "src/content/story.ar.aml" }` writes ar/index.html and
   * ar/list.html.
   */
  editions?: Readonly<Record<string, string>>;
}

/** An edition of the story page other than English, prerendered from its own copy. */
export interface EditionInput {
  edition: PageEdition;
  page: ReturnType<typeof buildPage>;
  /** Its share kit, in its words, with paths inside its folder. */
  kit: ReturnType<typeof shareKit>;
}

/**
 * What an edition's editors' kit (embeds, editors' page, moments) is written from: its page
 * and share kit, its public address (its folder's, `base` + "ar/"), itself and every edition.
 */
export interface KitInput {
  edition: PageEdition;
  editions: readonly PageEdition[];
  page: ReturnType<typeof buildPage>;
  kit: ReturnType<typeof shareKit>;
  base: string | undefined;
}

/** Every edition's kit input, English first. */
export function kitInputs(input: StoryInput): KitInput[] {
  const { editions } = input;
  const english = { edition: ENGLISH_EDITION, page: input.page, kit: input.kit };
  return [english, ...input.translations].map((t) => ({
    ...t,
    editions,
    base: editionBase(input.base, t.edition),
  }));
}

/** The story, validated and planned: what every output of the build is written from. */
export interface StoryInput {
  /** The prerendered page, its static graphics, the parsed copy and the chart records. */
  page: ReturnType<typeof buildPage>;
  /** The share kit, planned: pictures, cards, card pages, icons, the manifest. */
  kit: ReturnType<typeof shareKit>;
  /** The public address (`STORY_PUBLIC_URL`), or undefined. */
  base: string | undefined;
  /** The folder the CSVs were read from. */
  dataDir: string;
  /** The story page's other editions (ar/), each prerendered from its own copy. */
  translations: EditionInput[];
  /** Every edition, English first. */
  editions: PageEdition[];
}

/** The absolute paths the story is read from, given the project's root. */
export function sourcePaths(options: StorySourceOptions, root: string) {
  const copyFile = resolve(root, options.copyFile);
  return {
    dataDir: resolve(root, process.env.STORY_DATA_DIR ?? options.dataDir),
    copyFile,
    iconFile: resolve(root, options.iconFile),
    /** The copy's folder (src/content/). */
    contentDir: resolve(copyFile, ".."),
  };
}

/** Reads, validates and plans the whole story; throws at the first bad cell or line. */
export function readStory(options: StorySourceOptions, root: string): StoryInput {
  // First: a publishing build without its public address stops here, having done nothing.
  const base = buildPublicUrl();
  const paths = sourcePaths(options, root);
  const data = readDataDir(paths.dataDir, root);
  const others = Object.entries(options.editions ?? {}).map(([key, copyFile]) => {
    const edition = PAGE_EDITIONS[key];
    if (!edition) throw new Error(`the story has no page edition "${key}" (PAGE_EDITIONS)`);
    return { edition, copyFile };
  });
  const editions = [ENGLISH_EDITION, ...others.map((o) => o.edition)];
  const build = (edition: PageEdition, copyFile: string) =>
    buildPage(
      data,
      readFileSync(resolve(root, copyFile), "utf8"),
      copyFile,
      base,
      edition,
      editions,
    );
  const icon = readFileSync(paths.iconFile, "utf8");
  const kitOf = (edition: PageEdition, page: ReturnType<typeof build>) =>
    shareKit(
      page.story,
      page.records,
      page.graphics,
      editionBase(base, edition),
      icon,
      organisation(),
      { edition, editions },
    );
  const page = build(ENGLISH_EDITION, options.copyFile);
  const translations = others.map((o) => {
    const translated = build(o.edition, o.copyFile);
    return { edition: o.edition, page: translated, kit: kitOf(o.edition, translated) };
  });
  const kit = kitOf(ENGLISH_EDITION, page);
  return { page, kit, base, dataDir: paths.dataDir, translations, editions };
}

const inside = (dir: string, file: string) => {
  const path = relative(dir, file);
  return path !== "" && !path.startsWith("..") && !path.startsWith("/");
};

/**
 * The story, read once and shared by every plugin that writes an output: the first plugin
 * to ask reads and validates it, the others get the same object, until `invalidate()` (the
 * dev server's, when a source file changes). Each plugin's `configResolved` hands it the
 * config (`configure`); the last one wins, and they are all the same.
 */
export function storySource(options: StorySourceOptions) {
  let config: ResolvedConfig | undefined;
  let loaded: StoryInput | undefined;
  const listeners = new Set<() => void>();
  const resolved = () => {
    if (!config) throw new Error("the story was asked for before Vite resolved its config");
    return config;
  };
  const paths = () => sourcePaths(options, resolved().root);
  const load = (): StoryInput => {
    loaded ??= readStory(options, resolved().root);
    return loaded;
  };
  return {
    configure(next: ResolvedConfig) {
      config = next;
    },
    get config() {
      return resolved();
    },
    paths,
    load,
    /** `make`'s result, worked out once for each reading of the story (the dev server's pages). */
    derived<T>(make: (input: StoryInput) => T): () => T {
      const made = new WeakMap<StoryInput, { value: T }>();
      return () => {
        const input = load();
        let entry = made.get(input);
        if (!entry) {
          entry = { value: make(input) };
          made.set(input, entry);
        }
        return entry.value;
      };
    },
    /** Forgets the story; the next `load` reads it again. Tells every listener. */
    invalidate() {
      loaded = undefined;
      for (const listener of listeners) listener();
    },
    onInvalidate(listener: () => void) {
      listeners.add(listener);
    },
    /** Whether a changed file is one the story is read from: a CSV, the copy's folder, the icon. */
    isSource(file: string): boolean {
      const { dataDir, contentDir, iconFile } = paths();
      const path = resolve(file);
      return (
        (inside(dataDir, path) && path.endsWith(".csv")) ||
        inside(contentDir, path) ||
        path === iconFile
      );
    },
  };
}

export type StorySource = ReturnType<typeof storySource>;
