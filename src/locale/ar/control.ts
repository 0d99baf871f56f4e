import type { ControlWords } from "../types.ts";
import { countOf } from "./numbers.ts";

const held = (n: number | undefined) => (n === 0 ? "لا شيء" : `${n}`);

/** The control chart's words in Arabic: `src/charts/control/`. */
export const control: ControlWords = {
  title: "نسبة ما سيطرت عليه القوات الحكومية من الشرق الذي كان بيد المعارضة",
  shortTitle: "مخطط السيطرة",
  turningPoints: {
    hanano: "السيطرة على هنانو",
    northeast: "سقوط الشمال الشرقي",
    "old-city": "سقوط المدينة القديمة",
    river: "خط النهر",
  },
  shareUnit: "%",
  areaUnit: " كم مربع",
  units: { percent: "%", km2: "كم²", m: "م" },
  measures: {
    "east-share": "نسبة الشرق الخاضعة لسيطرة الحكومة",
    "district-share": "نسبة الحي الخاضعة لسيطرة الحكومة",
    "pocket-share": "حصة الحي من المنطقة المتبقية بيد المعارضة",
    "pocket-area": "مساحة الجيب المتبقي بيد المعارضة",
    gap: "المسافة بين القوات الحكومية",
    "distance-to-citadel": "المسافة بين القوات المتقدمة والقلعة",
    "advance-depth": "عمق تقدّم اليوم",
  },
  table: {
    title: "السيطرة على الأرض: كل رقم أُفيد به",
    name: "السيطرة على الأرض",
    caption: "النسب والمساحات والمسافات التي أُفيد بها، وادعاءات السيطرة الكاملة، مع من أطلقها",
    columns: ["التاريخ", "المقياس", "الحي", "الرقم", "الوصف", "الجهة"],
    claim: "ادعاء السيطرة الكاملة",
    wholeCity: "المدينة كلها",
  },
  labels: {
    oneLine: (figure, names) => `${figure} · ${names.join("، ")}`,
    dated: (name, date) => `${name}، ${date}`,
    groupSaid: (figure) => `${figure}، بحسب:`,
    claimHeading: (count) => (count === 1 ? "ادعاء السيطرة الكاملة" : "ادعاءات السيطرة الكاملة"),
    claimOneLine: (heading, names) => `${heading}: ${names.join("، ")}`,
    claimHeadingLine: (heading) => `${heading}:`,
    pocketSize: (date, figure) => `${date}: ${figure}`,
    pocketNote: [
      ["جيب المعارضة، مساحته بحسب التقارير:"],
      ["جيب المعارضة،", "مساحته بحسب التقارير:"],
    ],
    beforeOffensive: [["يبدأ الهجوم في 15 تشرين الثاني"], ["يبدأ الهجوم", "في 15 تشرين الثاني"]],
    noShareYet: [
      ["لم تُذكر بعد نسبة خاضعة لسيطرة الحكومة"],
      ["لم تُذكر بعد نسبة", "خاضعة لسيطرة الحكومة"],
      ["لم تُذكر نسبة بعد"],
    ],
    countTitle: (n, total) => {
      const short = `أحياء مسمّاة بيد الحكومة${n === undefined ? `، من ${total}` : `: ${n} من ${total}`}`;
      return [`${short} (عدد أحياء، لا مساحة)`, short];
    },
  },
  describe: {
    shareHeld: (date, figure, who) =>
      `بحلول ${date}، سيطرت القوات الحكومية على ${figure} من الشرق الذي كان بيد المعارضة، ${who === undefined ? "بحسب التقارير" : `بحسب ${who}`}`,
    noShare: (date) => `حتى ${date}، لم تُذكر أي نسبة من الشرق خاضعة لسيطرة الحكومة`,
    districtsHeld: (n, total) =>
      `كان ${held(n)} من ${countOf(total, "حي مسمّى")} في الشرق بيد الحكومة (عدد أحياء، لا مساحة)`,
    pocketPut: (figure, date) => `قُدّر جيب المعارضة بـ${figure} في ${date}`,
    turningPoint: (label, date) => `${label} في ${date}. `,
    claimedBy: (who, date) => `${who} (${date})`,
    wholeCity: (names) => `قال ${names} إن القوات الحكومية تسيطر على المدينة كلها`,
    pocketStill: (still, figure, date) =>
      `${still ? "كان جيب المعارضة لا يزال يُقدّر" : "قُدّر جيب المعارضة"} بـ${figure} في ${date}`,
    clauses: (parts) => parts.join("؛ "),
    sentence: (lead, clauses) => `${lead}${clauses}.`,
  },
  headline: {
    turningPointOn: (label, date) => `${label} في ${date}`,
    shareHeld: (figure, per) => `${figure} من الشرق بيد القوات الحكومية، ${per}`,
    completeControl: (names) => `ادعاء السيطرة الكاملة على المدينة: ${names}`,
    pocketPut: (figure, per) => `جيب المعارضة يُقدّر بـ${figure}، ${per}`,
    districtsHeld: (n, total) => `${held(n)} من ${countOf(total, "حي مسمّى")} في الشرق بيد الحكومة`,
    noShareYet: "لم تُذكر بعد أي نسبة من الشرق",
    noFiguresYet: "لم تُذكر أرقام بعد",
  },
};
