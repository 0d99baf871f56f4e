import type { CasualtyWords } from "../types.ts";
import { countOf } from "./numbers.ts";

/** The casualties chart's words in Arabic: `src/charts/casualties/`. */
export const casualties: CasualtyWords = {
  title: "الضحايا بحسب كل مصدر",
  shortTitle: "مخطط الضحايا",
  table: {
    title: "الضحايا: كل ادعاء، بحسب الجهة",
    name: "الضحايا",
    caption: "ادعاءات القتل والإصابة والأسر والإعدام، مع من أطلقها",
    columns: ["التاريخ", "من", "ماذا", "على يد", "الرقم", "الوصف", "الجهة"],
  },
  about: {
    overview: "القتلى",
    civilians: "القتلى المدنيين",
    "civilians-by-side": "القتلى المدنيين، ومن أطلق النار",
    combatants: "القتلى والجرحى بين القوات",
    surrenders: "مقاتلي المعارضة الذين استسلموا أو أُسروا",
    executions: "الإعدامات المزعومة بحق مدنيين، والردود على التقارير",
    prisoners: "القتل المزعوم لأسرى من الجيش، والردود عليه",
    after: "القتلى بالأفخاخ المتفجرة",
  },
  groups: {
    civilians: "مدنيون",
    rebels: "مقاتلو المعارضة",
    "government-forces": "الطرف الحكومي",
    "russian-military": "العسكريون الروس",
    sdf: "قسد",
    all: "أشخاص",
    children: "أطفال",
    pows: "أسرى من الجيش",
    "not-given": "الطرف غير مذكور",
  },
  kinds: {
    killed: "قُتلوا",
    wounded: "جُرحوا",
    captured: "أُسروا",
    surrendered: "استسلموا",
    "executed-alleged": "أُعدموا (بحسب المزاعم)",
    injured: "أُصيبوا",
    "arrested-by-rebels": "اعتقلتهم فصائل معارضة أخرى",
  },
  by: {
    government: {
      fire: "بنيران القوات الحكومية",
      act: "على يد القوات الحكومية",
      name: "القوات الحكومية",
    },
    "pro-government": {
      fire: "بنيران القوات الموالية للحكومة",
      act: "على يد القوات الموالية للحكومة",
      name: "القوات الموالية للحكومة",
    },
    rebels: { fire: "بنيران المعارضة", act: "على يد فصائل المعارضة", name: "فصائل المعارضة" },
    militias: { fire: "بنيران الميليشيات", act: "على يد الميليشيات", name: "الميليشيات" },
    "booby-traps": {
      fire: "بالأفخاخ المتفجرة",
      act: "بالأفخاخ المتفجرة",
      name: "الأفخاخ المتفجرة",
    },
  },
  sideNotGiven: "(الطرف غير مذكور)",
  subject: (parts) => parts.join(" "),
  short: {
    "العسكريون الروس": "عسكريون روس",
    "بنيران القوات الحكومية": "بنيران الحكومة",
    "على يد القوات الحكومية": "على يد الحكومة",
    "بنيران القوات الموالية للحكومة": "بنيران موالين للحكومة",
    "على يد القوات الموالية للحكومة": "على يد موالين للحكومة",
  },
  scopes: {
    whole: {
      tag: "الهجوم كله",
      caption: "حصائل الهجوم كله، 15 تشرين الثاني–22 كانون الأول",
      prose: "كلٌّ منها حصيلة للهجوم كله",
    },
    report: {
      tag: "تقرير واحد",
      caption: "تقارير منفردة، لا حصائل للهجوم كله",
      prose: "كلٌّ منها من تقرير منفرد، لا حصيلة",
    },
    after: {
      tag: "بعد الإجلاء",
      caption: "الأيام التي تلت الإجلاء",
      prose: "في الأيام التي تلت الإجلاء",
    },
  },
  methodLine: "كل رقم مع من أعلنه؛ «أُفيد به» حيث لا يُذكر أحد",
  mixedCaption: "حصائل الهجوم كله تبدأ من الصفر؛ التقارير المنفردة لا",
  rows: {
    anotherCount: "، إحصاء آخر",
    sum: (sum) => `(${sum})`,
    sourceUnclear: "(المصدر غير واضح)",
    partOf: (figure) => `(جزء من ${figure})`,
    says: (says) => `؛ ${says}`,
    tag: (tag) => ` · ${tag}`,
    who: (name) => `${name}:`,
    value: (figure, who) => `${figure} · ${who}`,
    noFigure: (qualifier, who) => `بلا رقم: «${qualifier}» · ${who}`,
    noClaims: "لم تُذكر ادعاءات حتى هذا التاريخ",
    left: (count) => `ادعاءات أخرى في جدول البيانات: ${count}`,
  },
  prose: {
    saysNoFigure: (who, says) => `${who}: ${says} (بلا رقم)`,
    reported: "أُفيد به",
    noFigureGiven: (qualifier) => `«${qualifier}»، دون رقم`,
    anotherCount: "، إحصاء آخر",
    sum: (sum) => ` (${sum})`,
    partOf: (figure) => `، جزء من ${figure}`,
    says: (says) => `؛ ${says}`,
    unclear: "المصدر لا يوضح من أطلق هذا الادعاء",
    asides: (asides) => (asides.length > 0 ? ` (${asides.join("؛ ")})` : ""),
    claim: (subject, figure, source, aside) => `${subject}: ${figure}، ${source}${aside}`,
  },
  describe: {
    none: (about, date) => `لم تُذكر ادعاءات عن ${about} حتى ${date}.`,
    scope: (prose) => `، ${prose}`,
    one: (about, scope, part) => `الادعاء الوحيد عن ${about}${scope}: ${part}.`,
    many: (about, scope, parts) =>
      `ادعاءات عن ${about}${scope}، جنباً إلى جنب: ${parts.join("؛ ")}.`,
  },
  headline: {
    none: (about) => `${about}: لم تُذكر ادعاءات بعد`,
    one: (about) => `${about}، ادعاء واحد`,
    many: (about, figures, statements, scope) => {
      const count = [
        figures > 0 ? countOf(figures, "رقم") : "",
        statements > 0 ? countOf(statements, "تصريح") : "",
      ]
        .filter(Boolean)
        .join(" و");
      return `${about}، ${count} جنباً إلى جنب${scope}`;
    },
  },
};
