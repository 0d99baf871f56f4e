import type { CommonWords } from "../types.ts";
import { countOf } from "./numbers.ts";

/** The words every graphic shares, in English. */
export const common: CommonWords = {
  pictureName: (title, date) => `${title}, ${date}`,
  areaUnit: " km²",
  moreThan: "more than",
  plusQualifiers: ["more than", "over", "at least"],
  qualified: (qualifier, figure) => `${qualifier} ${figure}`,
  noFigure: "—",
  noClaimantNamed: "Reported, no claimant named",
  // Claimants whose short name reads after "per" or "according to" only with an article.
  claimantArticles: {
    icrc: "the",
    "singapore-red-cross": "the",
    "russia-mod": "the",
    un: "the",
    "un-ohchr": "the",
    "un-humanitarian": "the",
    "un-ocha": "the",
    "un-envoy": "the",
    "syrian-army": "the",
    "syrian-government": "the",
    "military-officer": "a",
    "pro-government-source": "a",
    "pro-government-official": "a",
    "pro-opposition-station": "a",
  },
  withArticle: (article, name) => `${article} ${name}`,
  perClaimant: (name) => `per ${name}`,
  asReported: "as reported",
  someMore: (named, more) => `${named.join(", ")} and ${more} more`,
  countOf,
  announceLead: (shortTitle, on) => {
    if (shortTitle === undefined) return on ? `${on}: ` : "";
    return on ? `${shortTitle}, ${on}: ` : `${shortTitle}: `;
  },
  claimant: (_, short) => short,
  fromData: (text) => text,
};
