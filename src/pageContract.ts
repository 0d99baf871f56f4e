import { escapeHtml } from "./escapeHtml.ts";
import { raw, type SafeHtml } from "./html.ts";

/**
 * The contract between the pages the build writes and the code that runs in them: every
 * `data-*` attribute either side names, with its writer (for the build's HTML) and its
 * reader (for the browser) side by side. No other module spells an attribute's name
 * (`tests/unit/pageContract.test.ts`): a new attribute starts here.
 */
export interface PageAttribute {
  /** The attribute's name: `data-beat`. */
  readonly name: string;
  /** A selector for any element that carries it: `[data-beat]`. */
  readonly selector: string;
  /** The attribute for the build's HTML: `data-beat="…"` escaped, bare with no value. */
  write(value?: string | number): SafeHtml;
  /** A selector for the element whose value is `value`: `[data-beat="…"]`. */
  is(value: string): string;
  /** Its value on an element, or undefined where the element has none. */
  read(el: Element): string | undefined;
  /** Sets its value on an element (the browser's own attributes). */
  set(el: Element, value: string): void;
  remove(el: Element): void;
}

function attribute(suffix: string): PageAttribute {
  const name = `data-${suffix}`;
  return {
    name,
    selector: `[${name}]`,
    write: (value) => raw(value === undefined ? name : `${name}="${escapeHtml(value)}"`),
    is: (value) => `[${name}="${value.replace(/["\\]/g, "\\$&")}"]`,
    read: (el) => el.getAttribute(name) ?? undefined,
    set: (el, value) => el.setAttribute(name, value),
    remove: (el) => el.removeAttribute(name),
  };
}

/** The story page: its beats, as the build prerendered them (`src/story/clientStory.ts`). */
export const BEAT = attribute("beat");
export const BEAT_GRAPHIC = attribute("graphic-name");
export const STATE = attribute("state");
export const DATE = attribute("date");
export const HIGHLIGHT = attribute("highlight");
export const ANNOUNCE = attribute("announce");
export const ANNOUNCE_NEW = attribute("announce-new");
/** A beat's link to its share card page. */
export const BEAT_ANCHOR = attribute("beat-anchor");

/** The story's sticky graphic and its parts (`src/story/graphicStage.ts`, `story.ts`). */
export const GRAPHIC = attribute("graphic");
export const GRAPHIC_CANVAS = attribute("graphic-canvas");
export const TABLE_LINK = attribute("table-link");
export const ANNOUNCER = attribute("announcer");
export const PROGRESS_DATE = attribute("progress-date");
export const PROGRESS_COUNT = attribute("progress-count");
export const PROGRESS_FILL = attribute("progress-fill");
/** A step button, `prev` or `next` (the story's and an embed's). */
export const STEP = attribute("step");
/** A step button's key. */
export const KEY = attribute("key");
export const KEYS_TOGGLE = attribute("keys-toggle");
/** The link between the story and its list view. */
export const VIEW_TOGGLE = attribute("view-toggle");

/** The link to the story in another language, which carries the active beat (#21). */
export const LANGUAGE_SWITCH = attribute("language-switch");

/** Print (#22): a beat's figure the printed copy shows (`src/content/printedFigures.ts`), and
 * the printed copy's closing address, which the story fills in when the build had none. */
export const PRINT_FIGURE = attribute("print-figure");
export const PRINT_ADDRESS = attribute("print-address");

/** The tables and the data files after the story. */
export const TABLE = attribute("table");
export const DATASET = attribute("dataset");
/** The districts table's cells the map keeps in step (`src/charts/map/table.ts`). */
export const STATUS_DATE = attribute("status-date");
export const STATUS_OF = attribute("status-of");

/** What the story's script sets on the page as it runs. */
export const ACTIVE_BEAT = attribute("active-beat");
/** `on` or `off`: whether the j and k keys step (the styles hide the key hints when off). */
export const KEYS = attribute("keys");
export const GRAPHIC_LIVE = attribute("graphic-live");
export const GRAPHIC_ERROR = attribute("graphic-error");
/** A drawing's mark, by its name, so a morph can tell two drawings' marks apart. */
export const MARK = attribute("mark");

/** A graphic's embed page (`src/embed/embed.ts`) and its states. */
export const EMBED = attribute("embed");
export const EMBED_PROBLEM = attribute("embed-problem");
export const EMBED_WHEN = attribute("embed-when");
export const EMBED_COUNT = attribute("embed-count");
export const EMBED_CANVAS = attribute("embed-canvas");
export const EMBED_DESCRIPTION = attribute("embed-description");
export const EMBED_SIZER = attribute("embed-sizer");
export const EMBED_STEPS = attribute("embed-steps");
export const EMBED_ANNOUNCER = attribute("embed-announcer");
export const EMBED_STATES = attribute("embed-states");
/** The graphic's beats, in story order (each `BEAT`), for an embed opened with `?beat=`. */
export const EMBED_BEATS = attribute("embed-beats");
/** A beat's earlier ids, `|`-separated. */
export const FORMERLY = attribute("formerly");
/** The state or beat an embed shows now (set by its script). */
export const EMBED_SHOWN = attribute("embed-shown");
export const WHEN = attribute("when");
export const NAME = attribute("name");
export const DESCRIPTION = attribute("description");
export const NARROW = attribute("narrow");
export const WIDE = attribute("wide");

/** The explore section after the story (`src/explore/`, #22): the day shown, its parts. */
export const EXPLORE = attribute("explore");
export const EXPLORE_DAYS = attribute("explore-days");
export const EXPLORE_SLIDER = attribute("explore-slider");
export const EXPLORE_STEP = attribute("explore-step");
export const EXPLORE_PLAY = attribute("explore-play");
export const EXPLORE_DATE = attribute("explore-date");
export const EXPLORE_SENTENCE = attribute("explore-sentence");
export const EXPLORE_CANVAS = attribute("explore-canvas");
export const EXPLORE_ANNOUNCER = attribute("explore-announcer");
/** Set by its script once the charts are drawn (`true`), or failed to load (`error`). */
export const EXPLORE_LIVE = attribute("explore-live");

/** The whole story's embed page (`src/embed/storyEmbed.ts`) and how it is hosted. */
export const STORY_EMBED = attribute("story-embed");
export const HOST = attribute("host");
/** An embed's colours, forced by its host (`scripts/embed/themeScript.ts`). */
export const THEME = attribute("theme");
export const BACKGROUND = attribute("background");

/** A share card page: its beat (`BEAT`) and the story's address (`src/moment/main.ts`). */
export const STORY = attribute("story");

/** The editors' page (`src/editors/`). */
export const BASE = attribute("base");
export const ADDRESSES = attribute("addresses");
export const SNIPPET = attribute("snippet");
export const SNIPPET_CHOICES = attribute("snippet-choices");
export const PREVIEW = attribute("preview");
export const PATH = attribute("path");
export const COPY = attribute("copy");
export const COPY_DONE = attribute("copy-done");
export const COPY_STATUS = attribute("copy-status");

/** The host page's placeholder, which pym.js reads, in the editors' embed code. */
export const PYM_SRC = attribute("pym-src");
export const PYM_TITLE = attribute("pym-title");
export const PYM_TRACK_SCROLL = attribute("pym-trackscroll");
