import { casualties } from "./en/casualties.ts";
import { common } from "./en/common.ts";
import { control } from "./en/control.ts";
import { chartDate, longDate, MONTHS_LONG, MONTHS_SHORT, proseDate } from "./en/dates.ts";
import { evacuation } from "./en/evacuation.ts";
import { locator } from "./en/locator.ts";
import { map } from "./en/map.ts";
import { formatNumber, formatRange, listJoin, plural } from "./en/numbers.ts";
import type { Edition } from "./types.ts";

/** The English edition: every reader-facing word and format, as the story prints them. */
export const en: Edition = {
  lang: "en-GB",
  dir: "ltr",
  noteFontStyle: "italic",
  months: { long: MONTHS_LONG, short: MONTHS_SHORT },
  formatNumber,
  formatRange,
  listJoin,
  plural,
  chartDate,
  axisDate: chartDate,
  proseDate,
  longDate,
  common,
  control,
  evacuation,
  casualties,
  map,
  locator,
};
