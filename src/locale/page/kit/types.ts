import type { SafeHtml } from "../../../html.ts";

/**
 * The editors' kit's own words (#21): the embeds, the share card pages, the pictures'
 * credit and cards, and the editors' page. The page words round them (dates, Previous,
 * Next, "Show the data") are the edition's `PageWords`.
 */
export interface KitWords {
  /** An embed page's title: the graphic's title, then the story's. */
  embedTitle(graphic: string, headline: string): string;
  /** The story as the credit names it: "‘The fall of east Aleppo’". */
  storyName(headline: string): string;
  /** The credit line, as text (pictures) and as markup (embeds): the pieces already made. */
  creditText(p: CreditPieces<string>): string;
  creditHtml(p: CreditPieces<SafeHtml>): SafeHtml;
  /** The share card's short credit, in its corner. */
  cardCredit: string;
  /** A moment's name, a heading of its own: its date and its hed. */
  momentName(when: string, hed: string): string;
  /** A moment page's title, for a preview: the moment's name, then the story's. */
  momentTitle(name: string, headline: string): string;
  /** The moment page's link on to the story, for readers without script. */
  readInStory: string;
  editors: EditorsWords;
}

/** What a credit line is made of, each already in the edition's words. */
export interface CreditPieces<T> {
  organisation: string;
  /** The story: its name, and its address where there is one. */
  story: T;
  /** The source article's title, as it is (its own language). */
  source: string;
  /** The date of the source's text. */
  date: string;
  licence: T;
}

/** The editors' page's words (scripts/editors/). */
export interface EditorsWords {
  title(headline: string): string;
  description(headline: string): string;
  skipToGraphics: string;
  kicker: string;
  heading(headline: string): string;
  intro: string;
  backToStory: string;
  addressesAbsolute(base: string): SafeHtml;
  addressesRelative(setting: string): SafeHtml;
  contents: string;
  republishingHead: string;
  republishing(p: { source: string; date: string; licence: SafeHtml }): SafeHtml[];
  storyHead: string;
  storyIntro(trackScroll: SafeHtml): SafeHtml;
  headerNote(max: number): SafeHtml;
  loads(path: SafeHtml): SafeHtml;
  storyCodeWhat: string;
  chaptersHead: string;
  chaptersIntro: string;
  chapterHead(title: string, id: SafeHtml): SafeHtml;
  chapterCodeWhat(title: string): string;
  /** The explore section's embed (#22): its head, what it is (with its `?day=`), its code. */
  exploreHead: string;
  exploreIntro(dayParam: SafeHtml): SafeHtml;
  exploreCodeWhat: string;
  /** The frame's title: "The fall of east Aleppo: day by day". */
  exploreTitle(headline: string): string;
  choicesHead: string;
  choicesIntro: string;
  themeLegend: string;
  themes: { light: string; dark: string; auto: string };
  transparent: string;
  columnLabel: string;
  anyWidth: string;
  pixels(n: number): string;
  headerLabel: string;
  headerNone: string;
  /** Between the items of a list: ", ". */
  comma: string;
  copy: string;
  /** What a Copy button copies, for a state: "the credit for Control chart, …, state x". */
  copyWhat(kind: string, name: string, state: string): string;
  kinds: { alt: string; credit: string; pym: string; amp: string; iframe: string };
  stateLabel: string;
  preview(name: string): string;
  altHead: string;
  creditHead: string;
  picturesHead: string;
  png: string;
  svg: { phone: string; column: string; wide: string };
  pymNote: string;
  ampNote: SafeHtml;
  iframeHead: string;
  iframeNote(p: { fixed: number; from: number; to: number; columns: string }): SafeHtml;
  columnHeight(height: number, width: number): string;
  graphicIntro(states: number): string;
  sourceTables(list: SafeHtml): SafeHtml;
  beats: BeatListWords;
}

/** The words of a graphic's folded list of beats. */
export interface BeatListWords {
  summary(count: number): string;
  note: string;
  /** Hidden words after a beat's buttons, to tell them apart: " for 26 November, moment x". */
  forBeat(date: string, id: string, hed: string): string;
  copyCode: string;
  png: string;
  sharePage: string;
  showCode: string;
}
