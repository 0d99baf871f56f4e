import type { CasualtyClaim } from "../../data/datasets/casualties.ts";
import {
  claimantInProse,
  claimantName,
  claimText,
  dataText,
  figureText,
  formatNumber,
} from "../format.ts";
import { hasFigure } from "../hasFigure.ts";
import type { ChartRecords } from "../types.ts";
import { claimScope, scopesOf } from "./scope.ts";
import { claimSubject, isUnclear, wholeOf } from "./view.ts";

/** What the words of each row in a state depend on besides the claim itself. */
export interface Wording {
  /** Whether the state mixes whole-offensive totals and single reports (each row is tagged). */
  mixed: boolean;
  /** Claims that are a second count of the same toll over the same stretch. */
  another: ReadonlySet<string>;
}

/** The wording context of a state's claims. */
export function wordingOf(claims: readonly CasualtyClaim[]): Wording {
  const seen = new Set<string>();
  const another = new Set<string>();
  for (const c of claims.filter((c) => hasFigure(c) && !c.part_of && claimScope(c) === "whole")) {
    const subject = claimSubject(c);
    if (seen.has(subject)) another.add(c.id);
    seen.add(subject);
  }
  return { mixed: scopesOf(claims.filter(hasFigure)).length > 1, another };
}

/** Who made a claim, as its row names them: the speaker where the source names one. */
export function claimWho(records: ChartRecords, c: CasualtyClaim): string {
  const who = dataText(records, c.speaker) ?? claimantName(records, c.claimant);
  return `${who.charAt(0).toUpperCase()}${who.slice(1)}`;
}

/** "465 + 149": a claimant's own parts that add up exactly to its figure. */
export function sumOfParts(records: ChartRecords, c: CasualtyClaim): string | undefined {
  if (!hasFigure(c) || c.low !== c.high || c.open_ended) return undefined;
  const parts = records.data.casualties.filter(
    (p) => p.part_of === c.id && p.claimant === c.claimant,
  );
  const single = parts.filter(hasFigure).filter((p) => p.low === p.high && !p.open_ended);
  if (parts.length < 2 || single.length !== parts.length) return undefined;
  const total = single.reduce((sum, p) => sum + p.low, 0);
  const figure = (n: number) => formatNumber(n, records.edition);
  return total === c.low ? single.map((p) => figure(p.low)).join(" + ") : undefined;
}

/**
 * A row's label: what the figure counts, how it is made up, what it is a part of and whom
 * it accuses; where the state mixes totals and single reports, which this one is. A claim
 * with no figure is labelled with who made it: its words are its value.
 */
export function rowLabel(
  records: ChartRecords,
  c: CasualtyClaim,
  wording: Wording,
  short: boolean,
): string {
  const { edition } = records;
  const words = edition.casualties;
  const { rows } = words;
  if (!hasFigure(c) && c.says) return rows.who(claimWho(records, c));
  const whole = wholeOf(records, c);
  const sum = sumOfParts(records, c);
  const label = [
    `${claimSubject(c, short, words)}${wording.another.has(c.id) ? rows.anotherCount : ""}`,
    sum ? rows.sum(sum) : "",
    isUnclear(records, c) ? rows.sourceUnclear : "",
    whole && hasFigure(whole) ? rows.partOf(figureText(whole, "", edition)) : "",
  ]
    .filter(Boolean)
    .join(" ");
  const says = hasFigure(c) && c.says ? rows.says(dataText(records, c.says) ?? "") : "";
  const tag = wording.mixed && hasFigure(c) ? rows.tag(words.scopes[claimScope(c)].tag) : "";
  return `${label}${says}${tag}`;
}

/** The figure and who claimed it; for a claim with no figure, what it says instead. */
export function rowValue(records: ChartRecords, c: CasualtyClaim): string {
  const { edition } = records;
  const { rows } = edition.casualties;
  const who = claimantName(records, c.claimant);
  if (hasFigure(c)) return rows.value(figureText(c, "", edition), who);
  if (c.says) return dataText(records, c.says) ?? "";
  return rows.noFigure(dataText(records, c.qualifier) ?? "", who);
}

/** One claim as a clause of the description, its claimant, scope and doubts named. */
export function proseClaim(records: ChartRecords, c: CasualtyClaim, wording: Wording): string {
  const { edition } = records;
  const words = edition.casualties;
  const { prose } = words;
  if (!hasFigure(c) && c.says)
    return prose.saysNoFigure(claimWho(records, c), dataText(records, c.says) ?? "");
  const who = claimantInProse(records, c.claimant);
  const source = who === "reported" ? prose.reported : edition.common.perClaimant(who);
  const figure = hasFigure(c)
    ? claimText(c, "", edition)
    : prose.noFigureGiven(dataText(records, c.qualifier) ?? "");
  const whole = wholeOf(records, c);
  const sum = sumOfParts(records, c);
  const subject = [
    claimSubject(c, false, words),
    wording.another.has(c.id) ? prose.anotherCount : "",
    sum ? prose.sum(sum) : "",
    whole && hasFigure(whole) ? prose.partOf(claimText(whole, "", edition)) : "",
    hasFigure(c) && c.says ? prose.says(dataText(records, c.says) ?? "") : "",
  ].join("");
  const asides = [
    isUnclear(records, c) ? prose.unclear : "",
    wording.mixed && hasFigure(c) ? words.scopes[claimScope(c)].tag : "",
  ].filter(Boolean);
  return prose.claim(subject, figure, source, prose.asides(asides));
}
