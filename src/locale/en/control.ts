import type { ControlWords } from "../types.ts";
import { countOf } from "./numbers.ts";

const none = (held: number) => (held === 0 ? "none" : `${held}`);

/** The control chart's words in English: `src/charts/control/`. */
export const control: ControlWords = {
  title: "Share of the formerly rebel-held east under government control",
  shortTitle: "Control chart",
  turningPoints: {
    hanano: "Hanano taken",
    northeast: "Northeast falls",
    "old-city": "Old City taken",
    river: "River line",
  },
  shareUnit: "%",
  areaUnit: " km²",
  units: { percent: "%", km2: "km²", m: "m" },
  // What each measure is, as the table's reader needs it said (data/README.md defines them).
  measures: {
    "east-share": "Share of the east under government control",
    "district-share": "Share of the district under government control",
    "pocket-share": "The district's share of the remaining rebel-held area",
    "pocket-area": "Area of the remaining rebel-held pocket",
    gap: "Gap between government forces",
    "distance-to-citadel": "Distance between advancing forces and the Citadel",
    "advance-depth": "Depth of the day's advance",
  },
  table: {
    title: "Territorial control: every reported figure",
    name: "Territorial control",
    caption:
      "Reported shares, areas and distances, and claims of complete control, with who made them",
    columns: ["Date", "Measure", "District", "Figure", "Qualifier", "Claimant"],
    claim: "Claim of complete control",
    wholeCity: "whole city",
  },
  labels: {
    oneLine: (figure, names) => `${figure} · ${names.join(", ")}`,
    dated: (name, date) => `${name}, ${date}`,
    groupSaid: (figure) => `${figure}, said:`,
    claimHeading: (count) =>
      count === 1 ? "Claim of complete control" : "Claims of complete control",
    claimOneLine: (heading, names) => `${heading}: ${names.join(", ")}`,
    claimHeadingLine: (heading) => `${heading}:`,
    pocketSize: (date, figure) => `${date}: ${figure}`,
    pocketNote: [["Rebel pocket, reported size:"], ["Rebel pocket,", "reported size:"]],
    beforeOffensive: [
      ["The offensive begins on 15 November"],
      ["The offensive begins", "on 15 November"],
    ],
    noShareYet: [
      ["No share under government control reported yet"],
      ["No share under government", "control reported yet"],
      ["No share reported yet"],
    ],
    countTitle: (held, total) => {
      const short = `Named districts held${held === undefined ? `, of ${total}` : `: ${held} of ${total}`}`;
      return [`${short} (a count, not area)`, short];
    },
  },
  describe: {
    shareHeld: (date, figure, who) =>
      `By ${date}, government forces held ${figure} of the formerly rebel-held east, ${who === undefined ? "as reported" : `according to ${who}`}`,
    noShare: (date) =>
      `As of ${date}, no share of the east under government control had been reported`,
    districtsHeld: (held, total) =>
      `${none(held)} of the ${countOf(total, "named district")} of the east ${held === 1 || held === 0 ? "was" : "were"} in government hands (a count of districts, not of area)`,
    pocketPut: (figure, date) => `the rebels' pocket was put at ${figure} on ${date}`,
    turningPoint: (label, date) => `${label} on ${date}. `,
    claimedBy: (who, date) => `${who} (${date})`,
    wholeCity: (names) => `${names} said government forces controlled the whole city`,
    pocketStill: (still, figure, date) =>
      `the rebels' pocket was ${still ? "still " : ""}put at ${figure} on ${date}`,
    clauses: (parts) => parts.join("; "),
    sentence: (lead, clauses) => `${lead}${clauses}.`,
  },
  headline: {
    turningPointOn: (label, date) => `${label} on ${date}`,
    shareHeld: (figure, per) => `${figure} of the east held by government forces, ${per}`,
    completeControl: (names) => `complete control of the city claimed by ${names}`,
    pocketPut: (figure, per) => `the rebels' pocket put at ${figure}, ${per}`,
    districtsHeld: (held, total) =>
      `${none(held)} of the ${total} named districts of the east in government hands`,
    noShareYet: "no share of the east reported yet",
    noFiguresYet: "no figures reported yet",
  },
};
