import type { PlotOptions } from "@observablehq/plot";
import type { CumulativePoint } from "../data/cumulativeEvacuation.ts";
import type { DatasetName, Datasets } from "../data/datasets/index.ts";
import type { StatusChange } from "../data/districtStatus.ts";
import type { NamedDistrictShare } from "../data/namedDistrictShare.ts";

/** What a state singles out, most important first: a short line's worth of parts. */
export interface Headline {
  /** The date the line is about, where it is about one ("28 November"). */
  on?: string;
  parts: string[];
}

/** What a beat asks of its graphic. Plain data: the story computes it, charts only read it. */
export interface GraphicState {
  state: string;
  /** The story date the beat is about (ISO). */
  date: string;
  /** Ids to single out (districts on the map). */
  highlight: readonly string[];
}

/** A record that gives a figure: both ends of its range (a denial or "dozens" gives none). */
export type Numbered<R extends Figure> = R & { low: number; high: number };
/** A record whose figure may be missing, as the data files give it. */
export type Figure = { low?: number | undefined; high?: number | undefined };

export interface Size {
  width: number;
  height: number;
}

/** Finished records and the series derived from them: checked at build, and derived again
 * in the browser from the records the page is handed (`chartRecords`). */
export interface ChartRecords {
  data: Datasets;
  statusChanges: StatusChange[];
  namedDistrictShare: NamedDistrictShare[];
  cumulativeEvacuation: Record<string, CumulativePoint[]>;
  /** Casualty claims whose attribution the source leaves unclear (their notes say so). */
  unclearClaims: string[];
}

/** A graphic as the story sees it: named states, a pure spec, a one-line description. */
export interface GraphicDefinition {
  name: string;
  /** What the graphic shows, for the figure's label. */
  title: string;
  /** What the graphic is, in a word or two ("District map"): its pictures' short name and
   * the live region's first words when the graphic changes. */
  shortTitle: string;
  states: readonly string[];
  /** The datasets it is drawn from (the CSVs an editor gets with it), claimants included. */
  datasets: readonly DatasetName[];
  /** Recolour changed marks one after another when moving between states. */
  staggerChanges?: boolean;
  spec(records: ChartRecords, state: GraphicState, size: Size): PlotOptions;
  /** One sentence, generated from the data, saying what the state shows. */
  describe(records: ChartRecords, state: GraphicState): string;
  /** What the state singles out, in a short line, for the live region. */
  headline(records: ChartRecords, state: GraphicState): Headline;
}
