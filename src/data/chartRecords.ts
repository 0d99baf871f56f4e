import { en } from "../locale/en.ts";
import type { Edition } from "../locale/types.ts";
import { type CumulativePoint, cumulativeEvacuation } from "./cumulativeEvacuation.ts";
import type { Datasets } from "./datasets/index.ts";
import { type StatusChange, statusChanges } from "./districtStatus.ts";
import { type NamedDistrictShare, namedDistrictShare } from "./namedDistrictShare.ts";

/** Finished records and the series derived from them: checked at build, and derived again
 * in the browser from the records the page is handed (`chartRecords`). */
export interface ChartRecords {
  data: Datasets;
  statusChanges: StatusChange[];
  namedDistrictShare: NamedDistrictShare[];
  cumulativeEvacuation: Record<string, CumulativePoint[]>;
  /** Casualty claims whose attribution the source leaves unclear (their notes say so). */
  unclearClaims: string[];
  /** The edition whose words and formats the graphics write (`src/locale/`). */
  edition: Edition;
}

/** Casualty claims whose notes say the source leaves their attribution unclear. */
export function unclearClaims(data: Datasets): string[] {
  return data.casualties.filter((c) => c.note?.startsWith("Ambiguous")).map((c) => c.id);
}

/**
 * Finished records plus every derived series the graphics read. The build calls it on the
 * full records; the browser on the records it is handed, with the unclear claims the build
 * read from the notes it leaves out. Both hand the graphics the edition they write in (the
 * English one unless another is given).
 */
export function chartRecords(
  data: Datasets,
  unclear = unclearClaims(data),
  edition: Edition = en,
): ChartRecords {
  return {
    data,
    statusChanges: statusChanges(data.districts, data.districtEvents),
    namedDistrictShare: namedDistrictShare(data.districts, data.districtEvents),
    cumulativeEvacuation: Object.fromEntries(cumulativeEvacuation(data.evacuation)),
    unclearClaims: unclear,
    edition,
  };
}

/** What the browser is handed: the records, and which claims the source leaves unclear. */
export interface ClientRecords {
  data: Datasets;
  unclearClaims: string[];
}

/**
 * The fields the charts read, per dataset. The rest (notes, sections, summaries, full
 * names) stays in the CSVs and the tables; a chart that starts reading another field must
 * add it here, or it will find it undefined in the browser (the snapshot and browser tests
 * would show the difference).
 */
const CLIENT_FIELDS: { [K in keyof Datasets]: (keyof Datasets[K][number])[] } = {
  claimants: ["id", "short"],
  districts: ["id", "name", "name_ar", "kind", "in_east", "side_on_nov15", "lat", "lon"],
  districtEvents: [
    "id",
    "date",
    "dated",
    "district",
    "kind",
    "actor",
    "actor_unclear",
    "share_low",
    "share_high",
    "qualifier",
  ],
  control: [
    "id",
    "date",
    "measure",
    "district",
    "value_low",
    "value_high",
    "unit",
    "qualifier",
    "open_ended",
    "claimant",
  ],
  casualties: [
    "id",
    "group",
    "kind",
    "low",
    "high",
    "open_ended",
    "qualifier",
    "inflicted_by",
    "claimant",
    "date",
    "period_start",
    "period_end",
    "part_of",
    "disputes",
    "speaker",
    "says",
  ],
  evacuation: [
    "id",
    "date",
    "measure",
    "convoy",
    "subgroup",
    "low",
    "high",
    "open_ended",
    "qualifier",
    "claimant",
  ],
  events: ["date", "kind"],
  places: ["id", "name", "name_ar", "lat", "lon"],
};

const pick = <T>(rows: readonly T[], fields: (keyof T)[]): T[] =>
  rows.map(
    (row) =>
      Object.fromEntries(fields.filter((f) => row[f] !== undefined).map((f) => [f, row[f]])) as T,
  );

/**
 * The records as the browser gets them: only the fields the charts read, and no derived
 * series (the browser derives them with the same functions), to keep the chart code small.
 */
export function clientRecords(data: Datasets): ClientRecords {
  const picked = Object.fromEntries(
    (Object.keys(CLIENT_FIELDS) as (keyof Datasets)[]).map((name) => [
      name,
      pick(data[name] as never[], CLIENT_FIELDS[name] as never[]),
    ]),
  ) as unknown as Datasets;
  return { data: picked, unclearClaims: unclearClaims(data) };
}
