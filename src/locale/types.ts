/**
 * An edition of the story: every reader-facing word and format the charts write, in one
 * module per language (`en.ts`). The charts are handed theirs with the records
 * (`ChartRecords.edition`) and never spell a word of their own.
 */
export interface Edition {
  /** The page's `lang` ("en-GB"). */
  lang: string;
  dir: "ltr" | "rtl";
  /**
   * How a chart sets its notes apart from its labels (a river's name, "positions are
   * approximate", a claim with no figure): italic in English, "normal" where the script has
   * no italic (Arabic), whose notes are set apart by the muted colour alone.
   */
  noteFontStyle: "italic" | "normal";
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
  /** A date axis's tick: "27 Nov"; "27 ت2" in Arabic, where chart dates run long. */
  axisDate(iso: string): string;
  /** "27 November", for prose. */
  proseDate(iso: string): string;
  /** "27 November 2016": prose with the year. */
  longDate(iso: string): string;
  /** The words every graphic shares. */
  common: CommonWords;
  control: ControlWords;
  evacuation: EvacuationWords;
  casualties: CasualtyWords;
  map: MapWords;
  locator: LocatorWords;
}

/** Words every graphic shares: figures, claimants, lists. */
export interface CommonWords {
  /** " km²", after a figure of area. */
  areaUnit: string;
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
  /** A drawing's name: its graphic and its date, "District map, 28 November 2016". */
  pictureName(title: string, date: string): string;
  /** "A, B and 4 more": a headline names a few and counts the rest. */
  someMore(named: readonly string[], more: number): string;
  /** A count with its noun and verb agreeing: "1 district was", "35 districts were". */
  countOf(n: number, noun: string, verb?: boolean): string;
  /** The live region's line: "District map, 28 November: " and the like. */
  announceLead(shortTitle: string | undefined, on: string | undefined): string;
  /** A claimant's short name, by id, from the data's own (English) short name. */
  claimant(id: string, short: string): string;
  /** The data files' own words (qualifiers, what was said, who said it) in the edition. */
  fromData(text: string): string;
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

/** The evacuation data's measures and who a count is of (`data/README.md`). */
export type EvacuationMeasureName =
  | "fled"
  | "convoy"
  | "cumulative"
  | "remaining"
  | "planned"
  | "buses";
export type EvacuationSubgroupName =
  | "people"
  | "civilians"
  | "children"
  | "wounded"
  | "fighters"
  | "families";

/** The evacuation chart's words: `src/charts/evacuation/`. */
export interface EvacuationWords {
  title: string;
  shortTitle: string;
  measures: Readonly<Record<EvacuationMeasureName, string>>;
  subgroups: Readonly<Record<EvacuationSubgroupName, string>>;
  /** "3,400 fighters": a figure and who it counts, where that is not everyone. */
  counted(figure: string, subgroup: string): string;
  table: { title: string; name: string; caption: string; columns: readonly string[] };
  /** The pauses' labels: a pause's own, and a run's or a phone's. */
  pauses: { suspended: string; delayed: string; ceasefireBroken: string; paused: string };
  describe: {
    total(figure: string, date: string, per: string): string;
    runningTotals(count: number, list: string): string;
    fled(figure: string, per: string, date: string): string;
    fledInPeriod(count: number, list: string): string;
    convoy(convoy: number | undefined, figure: string): string;
    convoys(count: number, list: string): string;
    otherCounts(list: string): string;
    /** A claimant's day of other counts: "much lower and 0 fighters by 16 December per …". */
    otherCount(counts: string, date: string, per: string): string;
    noFightersLeft: string;
    noOneLeft: string;
    ended(said: string, date: string, per: string): string;
    ends(list: string): string;
    stillInside(date: string, figure: string, per: string): string;
    /** "on 15 December", "from 16 to 18 December", from ISO dates. */
    pauseSpan(start: string, end: string): string;
    pauseWhat(underWay: boolean, ceasefireBroken: boolean): string;
    pauses(list: string): string;
    nothingBy(date: string): string;
    sentences(sentences: readonly string[]): string;
  };
  headline: {
    fled(figure: string, date: string, per: string): string;
    evacuated(figure: string, date: string, per: string, others: number): string;
    paused: string;
    nothingYet: string;
  };
  labels: {
    /** "SOHR: 10,500". */
    named(name: string, figure: string): string;
    /** "(SOHR)": who, after a figure. */
    who(name: string): string;
    stillInside: string;
    stillInsideOn(date: string): string;
    stillInsideDated(date: string): string;
    fled(figure: string): string;
    convoy(convoy: number | undefined, figure: string): string;
    convoyHeading(convoy: number | undefined): string;
    soFar: string;
    noFightersLeft: string;
    noOneLeft: string;
    /** "no one left (SOHR, Red Cross)". */
    saidBy(said: string, names: readonly string[]): string;
    /** "16 Dec: …", a day's claims that it was over. */
    onDay(date: string, claims: readonly string[]): readonly (readonly string[])[];
    /** A claimant's other counts: "Russian MoD: all civilians, 3,400 fighters". */
    others(who: string, phrases: readonly string[]): readonly (readonly string[])[];
    dated(name: string, date: string): string;
    clauses(parts: readonly string[]): string;
  };
}

/** The casualties chart's states, and its data's groups, kinds and actors. */
export type CasualtyStateName =
  | "overview"
  | "civilians"
  | "civilians-by-side"
  | "combatants"
  | "surrenders"
  | "executions"
  | "prisoners"
  | "after";
export type CasualtyGroupName =
  | "civilians"
  | "rebels"
  | "government-forces"
  | "russian-military"
  | "sdf"
  | "all"
  | "children"
  | "pows"
  | "not-given";
export type CasualtyKindName =
  | "killed"
  | "wounded"
  | "captured"
  | "surrendered"
  | "executed-alleged"
  | "injured"
  | "arrested-by-rebels";
export type CasualtyActorName =
  | "government"
  | "pro-government"
  | "rebels"
  | "militias"
  | "booby-traps";
export type CasualtyScopeName = "whole" | "report" | "after";

/** The casualties chart's words: `src/charts/casualties/`. */
export interface CasualtyWords {
  title: string;
  shortTitle: string;
  table: { title: string; name: string; caption: string; columns: readonly string[] };
  /** What each state's rows are about, for the description and the headline. */
  about: Readonly<Record<CasualtyStateName, string>>;
  groups: Readonly<Record<CasualtyGroupName, string>>;
  kinds: Readonly<Record<CasualtyKindName, string>>;
  /** Who did it: by fire (deaths, wounds), by act (the rest), and as the table names them. */
  by: Readonly<Record<CasualtyActorName, { fire: string; act: string; name: string }>>;
  /** After a kind where the source gives no side. */
  sideNotGiven: string;
  /** "Civilians killed by rebel fire": who, what, by whom, in the edition's order. */
  subject(parts: readonly string[]): string;
  /** Words shortened for a phone's width. */
  short: Readonly<Record<string, string>>;
  scopes: Readonly<Record<CasualtyScopeName, { tag: string; caption: string; prose: string }>>;
  methodLine: string;
  mixedCaption: string;
  rows: {
    anotherCount: string;
    sum(sum: string): string;
    sourceUnclear: string;
    partOf(figure: string): string;
    says(says: string): string;
    tag(tag: string): string;
    /** "SOHR:", a statement's row, its words its value. */
    who(name: string): string;
    value(figure: string, who: string): string;
    noFigure(qualifier: string, who: string): string;
    noClaims: string;
    left(count: number): string;
  };
  prose: {
    saysNoFigure(who: string, says: string): string;
    reported: string;
    noFigureGiven(qualifier: string): string;
    anotherCount: string;
    sum(sum: string): string;
    partOf(figure: string): string;
    says(says: string): string;
    unclear: string;
    asides(asides: readonly string[]): string;
    claim(subject: string, figure: string, source: string, aside: string): string;
  };
  describe: {
    none(about: string, date: string): string;
    scope(prose: string): string;
    one(about: string, scope: string, part: string): string;
    many(about: string, scope: string, parts: readonly string[]): string;
  };
  headline: {
    none(about: string): string;
    one(about: string): string;
    many(about: string, figures: number, statements: number, scope: string): string;
  };
}

/** A district's status on the map (`src/data/districtStatus.ts`). */
export type DistrictStatusName = "government" | "rebel" | "sdf" | "contested" | "split";
/** A verb, in the past ("took") and with "had" ("taken"). */
export type VerbForms = readonly [past: string, participle: string];

/** The district map's words: `src/charts/map/`. */
export interface MapWords {
  title: string;
  shortTitle: string;
  /** A district's name in the edition's language (data/districts.csv: name, name_ar). */
  districtName(district: { name: string; name_ar?: string | undefined }): string;
  table: {
    title: string;
    name: string;
    caption: string;
    /** The heads before the last, which names the map's date. */
    columns: readonly string[];
    /** Before the last column's date: "On ". */
    on: string;
    /** A district that never changed hands. */
    none: string;
    /** A status as the table writes it. */
    status: Readonly<Record<DistrictStatusName, string>>;
    /** Where part of a contested district changed hands: "still contested". */
    still(status: string): string;
    /** "28 Nov: split: government and SDF"; "by 13 Dec: …" where the source gives no day. */
    change(by: boolean, date: string, what: string): string;
    /** A district's changes in one cell: "27 Nov: government; 13 Dec: …" ("؛" in Arabic). */
    changes(changes: readonly string[]): string;
  };
  /** The legend: each status in full and short, the contested swatch's note, the date. */
  legend: {
    status: Readonly<Record<DistrictStatusName, string>>;
    short: Readonly<Record<DistrictStatusName, string>>;
    contested: string;
    note: string;
    /** The small locator's line under Syria's outline: "East Aleppo in Syria". */
    inset: string;
    date(chartDate: string): string;
  };
  /** The map's own labels, each a list of ways to set it. */
  labels: {
    river: readonly (readonly string[])[];
    west: readonly (readonly string[])[];
    road: readonly (readonly string[])[];
    pocket(figure: string, date: string): string;
  };
  /** Who acted, how much of a district and what was done, as a change of hands is told. */
  change: {
    government: string;
    sdf: string;
    rebels: string;
    split: string;
    /** The article's words for part of a district, by its qualifier, before its name. */
    parts: Readonly<Record<string, string>>;
    /** Shares the article names in words ("a third"), by percent. */
    namedShares: Readonly<Record<number, string>>;
    /** "30%", "30–40%". */
    share(low: number, high: number): string;
    /** Qualifiers kept before a share ("around a third of"). */
    shareLeads: readonly string[];
    shareOf(lead: string | undefined, share: string): string;
    theRestOf: string;
    partOf: string;
    reportedly(verb: string): string;
    verbs: Readonly<
      Record<
        | "took"
        | "retook"
        | "held"
        | "abandoned"
        | "regained"
        | "foughtBackInto"
        | "triedToPushInto"
        | "pushedInto",
        VerbForms
      >
    >;
    contested: string;
    takenBy(who: string): string;
    takenBySdf: string;
    retakenByRebels: string;
    regainedByRebels: string;
    heldBy(who: string): string;
  };
  describe: {
    standing: Readonly<Record<DistrictStatusName, string>>;
    /** "most of A and B": an amount before the names. */
    amountOf(amount: string, names: string): string;
    /** "took A", "had taken A". */
    did(verb: string, names: string): string;
    /** "A was contested", "A and B were contested". */
    was(names: string, count: number, passive: string): string;
    /** "government forces took A, held B"; "… had taken …". */
    subject(who: string, had: boolean, verbs: string): string;
    on(day: string, clauses: readonly string[]): string;
    by(day: string | undefined, clauses: readonly string[]): string;
    all(count: number, what: string): string;
    standingOf(total: number, held: readonly { n: number; what: string }[]): string;
    opening(lead: readonly string[], day: string): string;
    pocket(figure: string): string;
    closing: string;
  };
  headline: {
    outcome: Readonly<Record<DistrictStatusName, string>>;
    changed(names: string, outcome: string): string;
    byThen(parts: readonly string[]): string;
    asOfStart: string;
    pocket: string;
    outlined(names: string): string;
    held(held: number, total: number): string;
  };
}

/** The locator map's words: `src/charts/locator/`. */
export interface LocatorWords {
  title: string;
  shortTitle: string;
  /** A place's name in the edition's language (data/places.csv: name, name_ar). */
  placeName(place: { name: string; name_ar?: string | undefined }): string;
  /** The countries it names, where it sets their names. */
  countries: Readonly<Record<"syria" | "turkey" | "lebanon" | "iraq" | "jordan", string>>;
  /** The area the source names where the gazetteer has no point: Idlib province. */
  idlibProvince: string;
  /** Each state's note, its dates written by `date` (the edition's chart date). */
  notes: Readonly<
    Record<"where" | "evacuation" | "palmyra", (date: (iso: string) => string) => string>
  >;
  /** The credit line on the drawing: boundaries and places, and whose they are. */
  credit: readonly (readonly string[])[];
  describe: {
    /** "A map of Syria and its neighbours, …, marking A and B". */
    marks(countries: string, places: string): string;
    /** ", and naming Idlib province". */
    naming(area: string): string;
  };
  headline: {
    /** What a state marks, for the live region: "Aleppo and Damascus". */
    marked(names: string): string;
  };
  table: {
    title: string;
    name: string;
    caption: string;
    columns: readonly string[];
    /** "36.20124° N" */
    latitude(degrees: string): string;
    /** "37.16117° E" */
    longitude(degrees: string): string;
    /** What the map marks each place for, by its id in data/places.csv. */
    role: Readonly<Record<string, string>>;
  };
}
