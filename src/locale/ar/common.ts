import type { CommonWords } from "../types.ts";
import { AR_CLAIMANTS, fromData } from "./data.ts";
import { countOf } from "./numbers.ts";

/** Qualifiers Arabic puts after the figure ("614 على الأقل"). */
const AFTER = new Set(["على الأقل", "فقط"]);

/** The words every graphic shares, in Arabic. */
export const common: CommonWords = {
  pictureName: (title, date) => `${title}، ${date}`,
  areaUnit: " كم مربع",
  moreThan: "أكثر من",
  // Compared with the data's own qualifiers (English), which the "+" already says.
  plusQualifiers: ["more than", "over", "at least"],
  qualified: (qualifier, figure) =>
    AFTER.has(qualifier) ? `${figure} ${qualifier}` : `${qualifier} ${figure}`,
  noFigure: "—",
  noClaimantNamed: "أُفيد به، دون ذكر مصدر",
  // Arabic names carry their own article ("المرصد السوري"): none is added.
  claimantArticles: {},
  withArticle: (_, name) => name,
  perClaimant: (name) => `بحسب ${name}`,
  asReported: "بحسب التقارير",
  someMore: (named, more) => `${named.join("، ")}، وغيرها: ${more}`,
  countOf: (n, noun) => countOf(n, noun),
  announceLead: (shortTitle, on) => {
    if (shortTitle === undefined) return on ? `${on}: ` : "";
    return on ? `${shortTitle}، ${on}: ` : `${shortTitle}: `;
  },
  claimant: (id, short) => AR_CLAIMANTS[id] ?? short,
  fromData,
};
