import type { PlotOptions } from "@observablehq/plot";
import type { ChartRecords } from "../data/chartRecords.ts";
import type { DatasetName } from "../data/datasets/index.ts";
import type { Edition } from "../locale/types.ts";
import type { PageAttribute } from "../pageContract.ts";
import type { TextSetting } from "./measure.ts";

// The records belong to the data layer; the charts name them from here as they always have.
export type { ChartRecords };

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
  /**
   * Where the chart's text is drawn: the face (the shipped one, or a system face for a
   * picture shown as an <img>) and the letter and word spacing a reader's style puts on it,
   * in ems (a live chart reads it from its page). The page's own when absent. Every layout
   * measures its text with it.
   */
  text?: TextSetting;
}

/** A graphic at one of its states: what the story's beat or an embed's step asks it to show. */
export interface GraphicAt extends GraphicState {
  graphic: string;
}

/**
 * A table cell: text, or text with a part the page keeps in step with the graphic (a span
 * marked with one of the page's attributes, `src/pageContract.ts`, and its value; without
 * one, the attribute is written bare), after any plain text.
 */
export type TableCell =
  | string
  | number
  | undefined
  | { before?: string; span: { text: string; attribute: PageAttribute; value?: string } };

/** The data behind a graphic as a plain table, every row with its claimant. */
export interface DataTable {
  /** The table's heading in the list of tables ("Casualties: every claim, by claimant"),
   * in an edition's words; so are its name, caption and column heads. */
  title(edition: Edition): string;
  /** Its short name, for its scroller ("Casualties"). */
  name(edition: Edition): string;
  caption(edition: Edition): string;
  /** The data file it lists, one row per record, in the file's order. */
  dataset: DatasetName;
  /** The column heads; each row's first cell heads the row. */
  columns(edition: Edition): readonly TableCell[];
  rows(records: ChartRecords): TableCell[][];
}

/** A graphic as the story sees it: named states, a pure spec, a one-line description. */
export interface GraphicDefinition {
  name: string;
  /** What the graphic shows, for the figure's label, in an edition's words. */
  title(edition: Edition): string;
  /** What the graphic is, in a word or two ("District map"): its pictures' short name and
   * the live region's first words when the graphic changes. */
  shortTitle(edition: Edition): string;
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
  /** Its data as a table: the graphic's text alternative in full. */
  table: DataTable;
  /**
   * What else on the page follows the state, kept in step each time the graphic shows one
   * (the map: the last column of its table), in the story and in an embed alike.
   */
  keepInStep?(records: ChartRecords, state: GraphicState, root?: ParentNode): void;
}
