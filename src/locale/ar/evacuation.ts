import type { EvacuationWords } from "../types.ts";
import { proseDate } from "./dates.ts";

const one = (count: number, single: string, many: string) => (count === 1 ? single : many);

/** The evacuation chart's words in Arabic: `src/charts/evacuation/`. */
export const evacuation: EvacuationWords = {
  title: "من أُجلوا من شرق حلب، بحسب كل جهة",
  shortTitle: "مخطط الإجلاء",
  measures: {
    fled: "غادروا في فترة محددة",
    convoy: "في قافلة واحدة",
    cumulative: "مجموع من أُجلوا حتى تاريخه",
    remaining: "لا يزالون في الداخل",
    planned: "مقرّر خروجهم",
    buses: "حافلات",
  },
  subgroups: {
    people: "شخص",
    civilians: "مدني",
    children: "طفل",
    wounded: "جريح",
    fighters: "مقاتل",
    families: "عائلة",
  },
  counted: (figure, subgroup) => `${figure} ${subgroup}`,
  table: {
    title: "الإجلاء: كل رقم أُفيد به",
    name: "الإجلاء",
    caption: "الفارّون، وكل قافلة، والمجاميع المتراكمة، ومن بقوا في الداخل، مع من أفاد بها",
    columns: ["التاريخ", "المقياس", "القافلة", "من", "الرقم", "الوصف", "الجهة"],
  },
  pauses: {
    suspended: "عُلّق",
    delayed: "تأجّل",
    ceasefireBroken: "خُرق وقف إطلاق النار",
    paused: "توقّف",
  },
  describe: {
    total: (figure, date, per) => `${figure} بحلول ${date} ${per}`,
    runningTotals: (count, list) =>
      `${one(count, "المجموع المتراكم", "المجاميع المتراكمة")} لمن أُجلوا حتى ذلك الحين: ${list}`,
    fled: (figure, per, date) => `${figure} ${per} في ${date}`,
    fledInPeriod: (count, list) =>
      `أشخاص غادروا في فترة محددة، لا ${one(count, "مجموع متراكم", "مجاميع متراكمة")}: ${list}`,
    convoy: (convoy, figure) => `أقلّت القافلة ${convoy ?? "?"} ${figure}`,
    convoys: (count, list) => `${one(count, "قافلة واحدة", "قوافل منفردة")}: ${list}`,
    otherCounts: (list) => `إحصاءات أخرى لمن أُجلوا: ${list}`,
    otherCount: (counts, date, per) => `${counts} بحلول ${date} ${per}`,
    noFightersLeft: "لم يبقَ أي مقاتل",
    noOneLeft: "لم يبقَ أحد",
    ended: (said, date, per) => `${said} في ${date} ${per}`,
    ends: (list) => `هل انتهى الإجلاء: ${list}`,
    stillInside: (date, figure, per) => `في الداخل في ${date}: ${figure} ${per}`,
    pauseSpan: (start, end) => {
      if (start === end) return `في ${proseDate(start)}`;
      const [from, to] = [proseDate(start), proseDate(end)];
      const sameMonth = start.slice(0, 7) === end.slice(0, 7);
      return `من ${sameMonth ? from.split(" ")[0] : from} إلى ${to}`;
    },
    pauseWhat: (underWay, ceasefireBroken) => {
      const verb = underWay ? "عُلّق" : "تأجّل";
      return ceasefireBroken ? `${verb}، مع خرق وقف إطلاق النار،` : verb;
    },
    pauses: (list) => `الإجلاء ${list}`,
    nothingBy: (date) => `لم تُذكر أرقام للإجلاء حتى ${date}.`,
    sentences: (sentences) => `${sentences.join(". ")}.`,
  },
  headline: {
    fled: (figure, date, per) => `${figure} فرّوا عبر خطوط القتال بحلول ${date}، ${per}`,
    evacuated: (figure, date, per, others) =>
      `${figure} أُجلوا بحلول ${date}، ${per}${others > 0 ? `، وإحصاءات أخرى: ${others}` : ""}`,
    paused: "الإجلاء متوقف",
    nothingYet: "لم تُذكر أرقام للإجلاء بعد",
  },
  labels: {
    named: (name, figure) => `${name}: ${figure}`,
    who: (name) => `(${name})`,
    stillInside: "في الداخل:",
    stillInsideOn: (date) => `في الداخل في ${date}:`,
    stillInsideDated: (date) => `في الداخل، ${date}:`,
    fled: (figure) => `فرّ ${figure}`,
    convoy: (convoy, figure) => `القافلة ${convoy ?? ""}: ${figure}`,
    convoyHeading: (convoy) => `القافلة ${convoy ?? ""}:`,
    soFar: "أُجلوا حتى الآن",
    noFightersLeft: "لم يبقَ مقاتلون",
    noOneLeft: "لم يبقَ أحد",
    saidBy: (said, names) => `${said} (${names.join("، ")})`,
    onDay: (date, claims) => [[`${date}: ${claims.join("؛ ")}`], [`${date}:`, ...claims]],
    others: (who, phrases) => [
      [`${who}: ${phrases.join("، ")}`],
      [`${who}:`, phrases.join("، ")],
      [`${who}:`, ...phrases],
    ],
    dated: (name, date) => `${name}، ${date}`,
    clauses: (parts) => parts.join("؛ "),
  },
};
