import type { SafeHtml } from "../../html.ts";

/**
 * The story page's own words (#21), as the build writes them and the browser updates them:
 * the masthead, the beats' chrome, the closing sections and the controls. The graphics'
 * words are the charts' edition (`../types.ts`); the copy is the story's (`src/content/`).
 */
export interface PageWords {
  /** The root's language and direction: `<html lang dir>`. */
  lang: string;
  dir: "ltr" | "rtl";
  /** The edition's name in its own language, as the other edition's switch shows it. */
  languageName: string;
  /** The edition's short language tag, for hreflang and the switch's `lang`. */
  hreflang: string;
  skipToData: string;
  kicker: string;
  /** The link between the two views: to the list, and back to the scrolling story. */
  toList: string;
  toStory: string;
  /** The key toggle's label round its two keys. */
  keysToggle(j: SafeHtml, k: SafeHtml): SafeHtml;
  contentNote: string;
  showData: string;
  momentLink(name: string): string;
  /** A moment's name: its date, then its opening words. */
  momentName(date: string, opening: string): string;
  previous: string;
  next: string;
  /** The beat's date in its card, and in the corrections: "26 November 2016". */
  beatDate(iso: string): string;
  longDate(iso: string): string;
  /** The progress line's date: "26 Nov 2016". */
  progressDate(iso: string): string;
  /** "Moment 3 of 39", for screen readers. */
  momentCount(position: number, total: number): string;
  correctionsHead: string;
  firstPublished(time: SafeHtml): SafeHtml;
  aboutHead: string;
  /** The note for editors, round the link to their page. */
  editorsNote(link: (words: string) => SafeHtml): SafeHtml;
  /** The source's credit, round its title and the licence's link. */
  sourceCredit(title: string, licence: SafeHtml): SafeHtml;
  /** The locator map's sources: Natural Earth and GeoNames, round GeoNames's licence link. */
  mapCredit(licence: SafeHtml): SafeHtml;
  dataHead: string;
  dataIntro: string;
  /** A data file's name and size: "(control.csv, 24 rows)". */
  dataFile(file: string, rows: number): string;
  /**
   * Each dataset's title and description in the Data section, by its name in `DATASETS`;
   * where none is given, the dataset's own (English).
   */
  datasets?: Readonly<Record<string, { title: string; description: string }>>;
  tablesHead: string;
  /** A table's scrolling region's name: "Territorial control table". */
  tableRegion(name: string): string;
}
