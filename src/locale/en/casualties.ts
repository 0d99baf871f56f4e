import type { CasualtyWords } from "../types.ts";
import { countOf } from "./numbers.ts";

/** The casualties chart's words in English: `src/charts/casualties/`. */
export const casualties: CasualtyWords = {
  title: "Casualties by source",
  shortTitle: "Casualties chart",
  table: {
    title: "Casualties: every claim, by claimant",
    name: "Casualties",
    caption: "Claims of people killed, wounded, captured or executed, with who made them",
    columns: ["Date", "Who", "What", "By", "Figure", "Qualifier", "Claimant"],
  },
  about: {
    overview: "deaths",
    civilians: "civilian deaths",
    "civilians-by-side": "civilian deaths, and who fired",
    combatants: "the dead and wounded among the forces",
    surrenders: "rebels who surrendered or were captured",
    executions: "alleged executions of civilians, and the answers to the reports",
    prisoners: "the alleged killing of army prisoners, and the answers to it",
    after: "deaths from booby traps",
  },
  groups: {
    civilians: "Civilians",
    rebels: "Rebels",
    "government-forces": "Government side",
    "russian-military": "Russian military",
    sdf: "SDF",
    all: "People",
    children: "Children",
    pows: "Army prisoners",
    "not-given": "Side not given",
  },
  kinds: {
    killed: "killed",
    wounded: "wounded",
    captured: "captured",
    surrendered: "surrendered",
    "executed-alleged": "executed (alleged)",
    injured: "injured",
    "arrested-by-rebels": "arrested by other rebels",
  },
  by: {
    government: {
      fire: "by government fire",
      act: "by government forces",
      name: "government forces",
    },
    "pro-government": {
      fire: "by pro-government fire",
      act: "by pro-government forces",
      name: "pro-government forces",
    },
    rebels: { fire: "by rebel fire", act: "by rebels", name: "rebels" },
    militias: { fire: "by militia fire", act: "by militias", name: "militias" },
    "booby-traps": { fire: "by booby traps", act: "by booby traps", name: "booby traps" },
  },
  sideNotGiven: "(side not given)",
  subject: (parts) => parts.join(" "),
  short: {
    "Government side": "Gov't side",
    "Russian military": "Russian mil.",
    "by government fire": "by gov't fire",
    "by government forces": "by gov't forces",
    "by pro-government fire": "by pro-gov't fire",
    "by pro-government forces": "by pro-gov't forces",
  },
  scopes: {
    whole: {
      tag: "whole offensive",
      caption: "Totals for the whole offensive, 15 Nov–22 Dec",
      prose: "each a total for the whole offensive",
    },
    report: {
      tag: "one report",
      caption: "Single reports, not totals for the offensive",
      prose: "each from a single report, not a total",
    },
    after: {
      tag: "after the evacuation",
      caption: "The days after the evacuation",
      prose: "in the days after the evacuation",
    },
  },
  methodLine: "Each figure with whoever claimed it; “reported” where no one is named",
  mixedCaption: "Totals for the whole offensive start at zero; single reports do not",
  rows: {
    anotherCount: ", another count",
    sum: (sum) => `(${sum})`,
    sourceUnclear: "(source unclear)",
    partOf: (figure) => `(part of the ${figure})`,
    says: (says) => `; ${says}`,
    tag: (tag) => ` · ${tag}`,
    who: (name) => `${name}:`,
    value: (figure, who) => `${figure} · ${who}`,
    noFigure: (qualifier, who) => `No figure: “${qualifier}” · ${who}`,
    noClaims: "No claims reported by this date",
    left: (count) => `${count} more claim${count === 1 ? "" : "s"} in the data table`,
  },
  prose: {
    saysNoFigure: (who, says) => `${who}: ${says} (no figure)`,
    reported: "reported",
    noFigureGiven: (qualifier) => `“${qualifier}”, no figure given`,
    anotherCount: ", another count",
    sum: (sum) => ` (${sum})`,
    partOf: (figure) => `, part of the ${figure}`,
    says: (says) => `; ${says}`,
    unclear: "the source leaves its attribution unclear",
    asides: (asides) => (asides.length > 0 ? ` (${asides.join("; ")})` : ""),
    claim: (subject, figure, source, aside) => `${subject}: ${figure}, ${source}${aside}`,
  },
  describe: {
    none: (about, date) => `No claims about ${about} had been reported by ${date}.`,
    scope: (prose) => `, ${prose}`,
    one: (about, scope, part) => `The one claim about ${about}${scope}: ${part}.`,
    many: (about, scope, parts) =>
      `Claims about ${about}${scope}, side by side: ${parts.join("; ")}.`,
  },
  headline: {
    none: (about) => `${about}: no claims reported yet`,
    one: (about) => `${about}, one claim`,
    many: (about, figures, statements, scope) => {
      const count = [
        figures > 0 ? countOf(figures, "figure") : "",
        statements > 0 ? countOf(statements, "statement") : "",
      ]
        .filter(Boolean)
        .join(" and ");
      return `${about}, ${count} side by side${scope}`;
    },
  },
};
