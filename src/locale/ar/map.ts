import type { MapWords } from "../types.ts";
import { fromData } from "./data.ts";
import { countOf, formatRange, listJoin } from "./numbers.ts";

const GOVERNMENT = "القوات الحكومية";
const SPLIT = "مقسّم بين القوات الحكومية وقسد";
const same = (verb: string): readonly [string, string] => [verb, verb];

/** The district map's words in Arabic: `src/charts/map/`. */
export const map: MapWords = {
  title: "شرق حلب حياً حياً (رسم تخطيطي)",
  shortTitle: "خريطة الأحياء",
  districtName: (d) => d.name_ar ?? d.name,
  table: {
    title: "الأحياء: من سيطر عليها ومتى انتقلت السيطرة عليها",
    name: "الأحياء",
    caption:
      "كل حي مسمّى، والطرف المسيطر عليه في 15 تشرين الثاني، وكل تغيّر في وضعه، ووضعه في تاريخ الخريطة (مواقع الأحياء على الخريطة تقريبية)",
    columns: ["الحي", "15 تشرين الثاني", "التغيّرات"],
    on: "في ",
    none: "لا شيء",
    status: {
      government: "الحكومة",
      rebel: "المعارضة",
      sdf: "قسد",
      contested: "متنازع عليه",
      split: "مقسّم: الحكومة وقسد",
    },
    still: (status) => `لا يزال ${status}`,
    change: (by, date, what) => `${by ? "بحلول " : ""}${date}: ${what}`,
    changes: (changes) => changes.join("؛ "),
  },
  legend: {
    status: {
      government: "الحكومة",
      rebel: "بيد المعارضة",
      sdf: "قسد بقيادة كردية",
      contested: "متنازع عليه",
      split: "مقسّم مع قسد",
    },
    short: {
      government: "الحكومة",
      rebel: "المعارضة",
      sdf: "قسد",
      contested: "متنازع عليه",
      split: "مقسّم",
    },
    contested: "متنازع عليه (مظلّل)",
    note: "رسم تخطيطي: مواقع الأحياء تقريبية",
    inset: "شرق حلب في سوريا",
    date: (date) => `${date} 2016`,
  },
  labels: {
    river: [["نهر قويق"], ["نهر", "قويق"]],
    west: [["الغرب الخاضع للحكومة"], ["الغرب الخاضع", "للحكومة"]],
    road: [["طريق المطار"]],
    pocket: (figure, date) => `جيب المعارضة، بحسب التقارير: ${figure} (${date})`,
  },
  change: {
    government: GOVERNMENT,
    sdf: "قسد التي يقودها الأكراد",
    rebels: "فصائل المعارضة",
    split: SPLIT,
    parts: {
      most: "معظم",
      "large parts": "أجزاء كبيرة من",
      parts: "أجزاء من",
      "several parts": "عدة أجزاء من",
      "a large part": "جزءاً كبيراً من",
      "almost all": "ما يقارب كامل",
      "several building blocks": "عدة كتل من المباني في",
      "some positions": "بعض المواقع في",
    },
    namedShares: { 33: "ثلث", 50: "نصف" },
    share: (low, high) => formatRange(low, high, false).replace(/(\d)(\u2069?)$/, "$1%$2"),
    // Compared with the data's own qualifiers (English); `shareOf` writes them in Arabic.
    shareLeads: ["around", "at least"],
    shareOf: (lead, share) => `${lead ? `${fromData(lead)} ` : ""}${share} من`,
    theRestOf: "ما تبقّى من",
    partOf: "جزءاً من",
    reportedly: (verb) => `${verb}، بحسب التقارير،`,
    verbs: {
      took: same("سيطرت على"),
      retook: same("استعادت"),
      held: same("احتفظت بـ"),
      abandoned: same("انسحبت من"),
      regained: same("استعادت"),
      foughtBackInto: same("عادت إلى القتال في"),
      triedToPushInto: same("حاولت التقدم إلى"),
      pushedInto: same("تقدّمت إلى"),
    },
    contested: "متنازع عليه",
    takenBy: (who) => `سيطرت عليه ${who}`,
    takenBySdf: "سيطرت عليه قسد",
    retakenByRebels: "استعادته المعارضة",
    regainedByRebels: "استعادته المعارضة",
    heldBy: (who) => `بيد ${who}`,
  },
  describe: {
    standing: {
      government: "بيد القوات الحكومية",
      rebel: "بيد المعارضة",
      contested: "متنازعاً عليه",
      split: SPLIT,
      sdf: "بيد قسد",
    },
    amountOf: (amount, names) => `${amount} ${names}`,
    did: (verb, names) => `${verb} ${names}`,
    was: (names, count, passive) => `${count === 1 ? "كان" : "كانت"} ${names} ${passive}`,
    subject: (who, had, verbs) => `${had ? "كانت " : ""}${who} ${had ? "قد " : ""}${verbs}`,
    on: (day, clauses) => `في ${day} ${clauses.join("؛ ")}`,
    by: (day, clauses) =>
      `${day === undefined ? "بحلول ذلك الحين" : `بحلول ${day}`} ${clauses.join("؛ ")}`,
    all: (count, what) => `كانت الأحياء المسمّاة في الشرق كلها (${count}) ${what}`,
    standingOf: (total, held) =>
      `من ${countOf(total, "حي مسمّى")} في الشرق: ${listJoin(
        held.map(({ n, what }) => `${n} ${what}`),
      )}`,
    opening: (lead, day) => (lead.length ? `${lead.join("؛ ")}؛ ` : `في ${day}، `),
    pocket: (figure) => ` قُدّر جيب المعارضة بـ${figure}.`,
    closing: " خريطة تخطيطية؛ المواقع تقريبية.",
  },
  headline: {
    outcome: {
      government: "سيطرت عليه القوات الحكومية",
      rebel: "استعادته المعارضة",
      sdf: "سيطرت عليه قسد",
      split: SPLIT,
      contested: "متنازع عليه",
    },
    changed: (names, outcome) => `${names}: ${outcome}`,
    byThen: (parts) => `بحلول ذلك الحين، ${parts.join("، ")}`,
    asOfStart: "من سيطر على كل حي عند بدء الهجوم",
    pocket: "تحديد آخر جيب للمعارضة",
    outlined: (names) => `تحديد ${names}`,
    held: (held, total) => `سيطرت القوات الحكومية على ${held} من ${countOf(total, "حي مسمّى")}`,
  },
};
