import type * as v from "valibot";
import { casualtySchema } from "./casualties.ts";
import { claimantSchema } from "./claimants.ts";
import { controlSchema } from "./control.ts";
import { districtEventSchema } from "./districtEvents.ts";
import { districtSchema } from "./districts.ts";
import { evacuationSchema } from "./evacuation.ts";
import { eventSchema } from "./events.ts";
import { placeSchema } from "./places.ts";

type RowSchema = v.ObjectSchema<v.ObjectEntries, undefined>;

export type DatasetName =
  | "control"
  | "districts"
  | "districtEvents"
  | "casualties"
  | "evacuation"
  | "events"
  | "claimants"
  | "places";

export interface DatasetSpec<S extends RowSchema = RowSchema> {
  file: string;
  title: string;
  description: string;
  schema: S;
  /** Columns whose value must be an id in another dataset. */
  refs: Partial<Record<string, DatasetName>>;
  /** Pairs of columns where the first may not exceed the second (a claimed number's too). */
  ranges: [low: string, high: string][];
  /** A low/high pair that is given whole or left empty whole; empty needs a qualifier saying why. */
  claimedNumber?: [low: string, high: string];
}

/** A dataset as written below: no refs or ranges by default, and its claimed number a range. */
type DatasetEntry<S extends RowSchema> = Omit<DatasetSpec<S>, "refs" | "ranges"> &
  Partial<Pick<DatasetSpec<S>, "refs" | "ranges">>;

const spec = <S extends RowSchema>({
  refs = {},
  ranges = [],
  ...entry
}: DatasetEntry<S>): DatasetSpec<S> => ({
  ...entry,
  refs,
  ranges: entry.claimedNumber ? [entry.claimedNumber, ...ranges] : ranges,
});

/** Every dataset the story ships, in the order readers see them in the Data section. */
export const DATASETS = {
  control: spec({
    file: "control.csv",
    title: "Territorial control",
    description:
      "Reported shares of the formerly rebel-held east and of single districts under government control, the rebel pocket's size, and distances to the front.",
    schema: controlSchema,
    refs: { claimant: "claimants", district: "districts" },
    ranges: [["value_low", "value_high"]],
  }),
  districts: spec({
    file: "districts.csv",
    title: "Districts",
    description:
      "Every neighbourhood or area named in the fighting, with spelling variants, who held it on 15 November and an approximate position for a schematic map.",
    schema: districtSchema,
  }),
  districtEvents: spec({
    file: "district_events.csv",
    title: "District events",
    description:
      "Dated advances, captures, repelled assaults and counter-attacks, district by district.",
    schema: districtEventSchema,
    refs: { claimant: "claimants", district: "districts" },
    ranges: [["share_low", "share_high"]],
  }),
  casualties: spec({
    file: "casualties.csv",
    title: "Casualties",
    description:
      "Every claim about people killed, wounded, captured or executed, with the claimant, as ranges where the claim is a range.",
    schema: casualtySchema,
    refs: { claimant: "claimants", part_of: "casualties", disputes: "casualties" },
    ranges: [["period_start", "period_end"]],
    claimedNumber: ["low", "high"],
  }),
  evacuation: spec({
    file: "evacuation.csv",
    title: "Evacuation and displacement",
    description:
      "Civilians fleeing across the lines, people per convoy, running totals by claimant and people still inside.",
    schema: evacuationSchema,
    refs: { claimant: "claimants" },
    claimedNumber: ["low", "high"],
  }),
  events: spec({
    file: "events.csv",
    title: "Turning points",
    description:
      "Dated events: the naval build-up, ceasefires agreed and broken, evacuations suspended and resumed, the UN vote.",
    schema: eventSchema,
    refs: { claimant: "claimants" },
  }),
  claimants: spec({
    file: "claimants.csv",
    title: "Claimants",
    description: "Who made each claim: monitors, humanitarian bodies, governments, armies, rebels.",
    schema: claimantSchema,
  }),
  places: spec({
    file: "places.csv",
    title: "Places beyond the city",
    description:
      "The towns the locator map marks, each at the GeoNames gazetteer's coordinates, with what the article says about it.",
    schema: placeSchema,
  }),
} as const satisfies Record<DatasetName, DatasetSpec>;

export type Datasets = {
  [K in DatasetName]: v.InferOutput<(typeof DATASETS)[K]["schema"]>[];
};
