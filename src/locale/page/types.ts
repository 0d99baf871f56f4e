import type { SafeHtml } from "../../html.ts";
import type { KitWords } from "./kit/types.ts";

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
  /**
   * The printed copy's closing lines (#22), shown in print alone: the source, its address
   * and licence spelled out (paper has no links), and the story's own address after
   * `printAddress`.
   */
  printSource(title: string, url: SafeHtml, licence: string, licenceUrl: SafeHtml): SafeHtml;
  printAddress: string;
  /** The explore section after the story (#22): its control and its day's sentence. */
  explore: ExploreWords;
  /** The editors' kit's words: embeds, share pages, pictures, the editors' page. */
  kit: KitWords;
}

/** The explore section's words: its chrome, and the sentence it writes for a day. */
export interface ExploreWords {
  head: string;
  intro: string;
  /** The slider's label ("Day"). */
  day: string;
  previousDay: string;
  nextDay: string;
  play: string;
  pause: string;
  /** The no-script table's caption, and its two heads (the day; what the data say). */
  keyDaysCaption: string;
  keyDaysColumns: readonly [string, string];
  /** The embed's title: "The fall of east Aleppo, day by day". */
  embedTitle: string;
  /** "On 6 December: a; b; c." */
  sentence(on: string, parts: readonly string[]): string;
  /** "government forces held 23 of 40 named districts of the east". */
  districtsHeld(held: number, total: number): string;
  /** The latest reported share: "more than 70% of the east under government control, as
   * reported (6 December)". */
  share(figure: string, per: string, on: string): string;
  noShare: string;
  /** "complete control of the city claimed by A and B". */
  wholeCity(names: string): string;
  /** Each claimant's latest running total, joined: "evacuated so far: …". */
  evacuated(totals: readonly string[]): string;
  /** One claimant's total: "10,500 people, per Russian officials (8 December)". */
  evacuatedBy(figure: string, civilians: boolean, per: string, on: string): string;
  noEvacuation: string;
}
