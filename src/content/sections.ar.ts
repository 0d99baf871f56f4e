import type { Section } from "./story.ts";

/**
 * The Arabic edition's section titles. The copy keeps the English section key (an id, as
 * `SECTIONS` lists them); the page shows the title here.
 */
export const SECTION_TITLES_AR: Readonly<Record<Section, string>> = {
  "The cost": "الثمن",
  "A divided city": "مدينة مقسّمة",
  "The northeast falls": "سقوط الشمال الشرقي",
  "The southeast and the Old City": "الجنوب الشرقي وحلب القديمة",
  "The last pocket": "الجيب الأخير",
  Evacuation: "الإجلاء",
  "The toll": "الحصيلة",
  Aftermath: "ما بعد المعركة",
};
