/**
 * The data files' own words (claimants' short names, qualifiers, what a claimant said and
 * who said it) in Arabic. The CSVs stay in English, the source's language; the Arabic
 * edition reads each through these tables (`common.claimant`, `common.fromData`).
 */

/** Each claimant's short name, by id (data/claimants.csv). */
export const AR_CLAIMANTS: Readonly<Record<string, string>> = {
  reported: "تقارير",
  sohr: "المرصد السوري",
  icrc: "الصليب الأحمر",
  "singapore-red-cross": "الصليب الأحمر السنغافوري",
  "russia-mod": "وزارة الدفاع الروسية",
  "russia-officials": "مسؤولون روس",
  un: "الأمم المتحدة",
  "un-ohchr": "مكتب الأمم المتحدة لحقوق الإنسان",
  "un-humanitarian": "الأمم المتحدة (إيغلاند)",
  "un-ocha": "الأمم المتحدة (لاركه)",
  "un-envoy": "المبعوث الأممي",
  unicef: "يونيسف",
  "syrian-army": "الجيش السوري",
  "syrian-government": "الحكومة السورية",
  "syrian-state-tv": "التلفزيون الرسمي السوري",
  "military-officer": "ضابط عسكري",
  "rebel-officials": "مسؤولون في المعارضة",
  rebels: "فصائل المعارضة",
  "pro-government-source": "مصدر موالٍ للحكومة",
  "pro-government-official": "مسؤول موالٍ للحكومة",
  "pro-opposition-station": "محطة مؤيدة للمعارضة",
  "al-masdar": "موقع المصدر",
  "hezbollah-media": "إعلام حزب الله",
  turkey: "تركيا",
  amnesty: "العفو الدولية",
};

/** Qualifiers, as the data files give them (English), in Arabic. */
const QUALIFIERS: Readonly<Record<string, string>> = {
  around: "نحو",
  about: "حوالي",
  "less than": "أقل من",
  only: "فقط",
  within: "في حدود",
  "more than": "أكثر من",
  approximately: "ما يقارب",
  "at least": "على الأقل",
  almost: "قرابة",
  some: "نحو",
  over: "ما يزيد على",
  denial: "نفي",
  attribution: "تحديد المسؤول",
  nearly: "قرابة",
  "up to": "حتى",
  "hundreds and thousands": "المئات والآلاف",
  hundreds: "المئات",
  thousands: "الآلاف",
  "all remaining rebels and their families": "جميع من تبقّى من مقاتلي المعارضة وعائلاتهم",
  "only the wounded": "الجرحى فقط",
  "included some": "بينهم بعض",
  "number not given": "العدد غير مذكور",
  "much lower": "أقل بكثير",
  all: "الجميع",
  "turned back": "أُعيدوا",
  "several thousand": "عدة آلاف",
  "evacuation still ongoing": "الإجلاء لا يزال جارياً",
};

/** What a claimant said, and who said it, where the casualties file gives words. */
const SAYINGS: Readonly<Record<string, string>> = {
  "the killing reports are “false claims”": "تقارير القتل «ادعاءات كاذبة»",
  "talk of streets “full of corpses” is “a blatant lie”":
    "الحديث عن شوارع «مليئة بالجثث» «كذبة صارخة»",
  "Fatah Halab and Jabhat Fateh al-Sham accused": "اتُّهمت فتح حلب وجبهة فتح الشام",
  "denied it; the dozens of bodies found were of soldiers killed in fighting":
    "نفى ذلك؛ عشرات الجثث التي عُثر عليها تعود إلى جنود قُتلوا في المعارك",
  "denied holding any hostages when the army demanded the soldiers' release":
    "نفت احتجاز أي رهائن حين طالب الجيش بالإفراج عن الجنود",
  "first Jabhat Fateh al-Sham was said to be behind it, later Ahrar al-Sham and Nour al-Din al-Zenki":
    "قيل أولاً إن جبهة فتح الشام وراء ذلك، ثم أحرار الشام وحركة نور الدين الزنكي",
  "Brig. Gen. Samir Suleiman, Syrian army": "العميد سمير سليمان، الجيش السوري",
  "Lt-Gen Sergei Rudskoi, Russia's general staff": "الفريق سيرغي رودسكوي، هيئة الأركان الروسية",
  "Al-Masdar, a pro-government site": "موقع المصدر، موقع موالٍ للحكومة",
};

/** A data file's English words in Arabic; anything not listed is left as it is. */
export const fromData = (text: string): string => QUALIFIERS[text] ?? SAYINGS[text] ?? text;
