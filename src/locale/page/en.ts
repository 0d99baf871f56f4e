import { html } from "../../html.ts";
import { listJoin } from "../en/numbers.ts";
import { en } from "../en.ts";
import { enClient } from "./client.ts";
import { enKit } from "./kit/en.ts";
import type { ExploreWords, PageWords } from "./types.ts";

/** The explore section's words in English (#22). */
const exploreEn: ExploreWords = {
  head: "Explore day by day",
  intro:
    "Choose a day of the offensive to see the district map, the share of the east reported under government control and the evacuation counts as they stood that day, each figure with whoever claimed it.",
  day: "Day",
  previousDay: "Previous day",
  nextDay: "Next day",
  play: "Play",
  pause: "Pause",
  keyDaysCaption: "Key days of the offensive, as the data give them",
  keyDaysColumns: ["Day", "What the data say"],
  embedTitle: "The fall of east Aleppo, day by day",
  sentence: (on, parts) => `On ${on}: ${parts.join("; ")}.`,
  districtsHeld: (held, total) =>
    `government forces held ${held} of ${total} named districts of the east`,
  share: (figure, per, on) => `${figure} of the east under government control (${per}, ${on})`,
  noShare: "no share of the east under government control reported yet",
  wholeCity: (names) => `control of the whole city claimed by ${names}`,
  evacuated: (totals) => `evacuated so far: ${listJoin(totals)}`,
  evacuatedBy: (figure, civilians, per, on) =>
    `${figure} ${civilians ? "civilians" : "people"} (${per}, ${on})`,
  noEvacuation: "no running count of people evacuated yet",
};

/** The story page's words in British English, as the page has always written them. */
export const enPage: PageWords = {
  lang: "en-GB",
  dir: "ltr",
  languageName: "English",
  hreflang: "en",
  skipToData: "Skip to the data",
  kicker: "Syria · A data story",
  toList: "Show as a list",
  toStory: "Show as a scrolling story",
  keysToggle: (j, k) => html`Step through the story with the ${j} and ${k} keys`,
  contentNote: "Content note.",
  showData: "Show the data",
  momentLink: (name) => `Link to this moment: ${name}`,
  momentName: (date, opening) => `${date}, ${opening}`,
  previous: "Previous",
  next: "Next",
  beatDate: (iso) => en.proseDate(iso),
  longDate: (iso) => en.longDate(iso),
  ...enClient,
  correctionsHead: "Corrections and updates",
  firstPublished: (time) => html`First published ${time}.`,
  aboutHead: "About this story",
  editorsNote: (link) =>
    html`Editors: every graphic can be embedded in your own pages, at each of its states, and the whole story too. The code, the pictures and the data are on ${link("the editors’ page")}.`,
  sourceCredit: (title, licence) =>
    html`Source: the Wikipedia article “${title}”, text as of 27 December 2023, by its contributors, licensed ${licence}. Our text is written anew from it; the figures are theirs, each with its claimant.`,
  mapCredit: (licence) =>
    html`The locator map: boundaries and coast from Natural Earth (public domain), drawn as its de facto lines, which are not a position on any border; places from the GeoNames gazetteer (geonames.org), licensed ${licence}.`,
  dataHead: "Data",
  dataIntro:
    "Every figure in this story, with who claimed it and the section of the source it came from, as CSV files. Each row names its claimant; where sources disagree, each claim is its own row.",
  dataFile: (file, rows) => `(${file}, ${rows} rows)`,
  tablesHead: "The data behind the graphics",
  kit: enKit,
  tableRegion: (name) => `${name} table`,
  explore: exploreEn,
  printSource: (title, url, licence, licenceUrl) =>
    html`Source: the Wikipedia article “${title}”, ${url}, text as of 27 December 2023, by its contributors, licensed ${licence}, ${licenceUrl}.`,
  printAddress: "This story online, with its graphics and data:",
};
