/**
 * An edition of the story: every reader-facing word and format the charts write, in one
 * module per language (`en.ts`). The charts are handed theirs with the records
 * (`ChartRecords.edition`) and never spell a word of their own.
 */
export interface Edition {
  /** The page's `lang` ("en-GB"). */
  lang: string;
  dir: "ltr" | "rtl";
  months: {
    /** "January" … "December". */
    long: readonly string[];
    /** "Jan" … "Dec", as the charts' axes and labels print them. */
    short: readonly string[];
  };
  /** "34,000"; "3.5": grouped, at most one decimal. Never through Intl (see format.ts). */
  formatNumber(n: number): string;
  /** "614–990+", "82": a range, its "+" where the source says "more than". */
  formatRange(low: number, high: number, openEnded: boolean): string;
  /** "A", "A and B", "A, B and C". */
  listJoin(names: readonly string[]): string;
  /** The noun for a count: `plural(1, "district")` is "district", of 35 "districts". */
  plural(n: number, noun: string): string;
  /** "27 Nov", for charts. */
  chartDate(iso: string): string;
  /** "27 November", for prose. */
  proseDate(iso: string): string;
  /** "27 November 2016": prose with the year. */
  longDate(iso: string): string;
  /** The words every graphic shares. */
  common: CommonWords;
  control: ControlWords;
}

/** Words every graphic shares: figures, claimants, lists. */
export interface CommonWords {
  /** What prose says before an open-ended figure with no qualifier ("more than"). */
  moreThan: string;
  /** Qualifiers a chart label drops, since its "+" already says them. */
  plusQualifiers: readonly string[];
  /** A qualifier and its figure: "nearly 1,000". */
  qualified(qualifier: string, figure: string): string;
  /** A data table's cell for a claim that gives no figure. */
  noFigure: string;
  /** A data table's claimant cell where the source names nobody. */
  noClaimantNamed: string;
  /** The article a claimant's short name takes in a sentence, by claimant id. */
  claimantArticles: Readonly<Record<string, string>>;
  /** A name with its article: "the Red Cross". */
  withArticle(article: string, name: string): string;
  /** "per SOHR" in a headline. */
  perClaimant(name: string): string;
  /** In place of "per …" where the source names no claimant. */
  asReported: string;
  /** "A, B and 4 more": a headline names a few and counts the rest. */
  someMore(named: readonly string[], more: number): string;
  /** A count with its noun and verb agreeing: "1 district was", "35 districts were". */
  countOf(n: number, noun: string, verb?: boolean): string;
  /** The live region's line: "District map, 28 November: " and the like. */
  announceLead(shortTitle: string | undefined, on: string | undefined): string;
}

/** The control chart's turning points and states, as its words name them. */
export type ControlTurningPoint = "hanano" | "northeast" | "old-city" | "river";
/** The control data's measures (`data/README.md`). */
export type ControlMeasureName =
  | "east-share"
  | "district-share"
  | "pocket-share"
  | "pocket-area"
  | "gap"
  | "distance-to-citadel"
  | "advance-depth";

/** The control chart's words: `src/charts/control/`. */
export interface ControlWords {
  title: string;
  shortTitle: string;
  turningPoints: Readonly<Record<ControlTurningPoint, string>>;
  /** "%", after a share, on the axis and in the labels. */
  shareUnit: string;
  /** " km²", after a figure of area. */
  areaUnit: string;
  /** Units as the table prints them, by the data's unit. */
  units: Readonly<Record<"percent" | "km2" | "m", string>>;
  measures: Readonly<Record<ControlMeasureName, string>>;
  table: {
    title: string;
    name: string;
    caption: string;
    columns: readonly string[];
    claim: string;
    wholeCity: string;
  };
  labels: {
    /** "60% · SOHR, Russian MoD": a group on one line. */
    oneLine(figure: string, names: readonly string[]): string;
    /** "SOHR, 2 Dec". */
    dated(name: string, date: string): string;
    /** "60%, said:" over the claimants of a group. */
    groupSaid(figure: string): string;
    claimHeading(count: number): string;
    /** "Claims of complete control: A, B". */
    claimOneLine(heading: string, names: readonly string[]): string;
    /** The heading over the dated claims. */
    claimHeadingLine(heading: string): string;
    /** "2 Dec: approximately 3.5 km²", the pocket's size at a date. */
    pocketSize(date: string, figure: string): string;
    pocketNote: readonly (readonly string[])[];
    beforeOffensive: readonly (readonly string[])[];
    noShareYet: readonly (readonly string[])[];
    /** The count panel's title: "Named districts held: 8 of 35", its long form first. */
    countTitle(held: number | undefined, total: number): readonly string[];
  };
  describe: {
    shareHeld(date: string, figure: string, who: string | undefined): string;
    noShare(date: string): string;
    districtsHeld(held: number, total: number): string;
    pocketPut(figure: string, date: string): string;
    turningPoint(label: string, date: string): string;
    claimedBy(who: string, date: string): string;
    wholeCity(names: string): string;
    pocketStill(still: boolean, figure: string, date: string): string;
    /** Joins a sentence's clauses: "a; b; c". */
    clauses(parts: readonly string[]): string;
    /** The sentence, its lead (a turning point's) before its clauses. */
    sentence(lead: string, clauses: string): string;
  };
  headline: {
    turningPointOn(label: string, date: string): string;
    shareHeld(figure: string, per: string): string;
    completeControl(names: string): string;
    pocketPut(figure: string, per: string): string;
    districtsHeld(held: number, total: number): string;
    noShareYet: string;
    noFiguresYet: string;
  };
}
