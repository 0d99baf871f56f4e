import { html } from "../../html.ts";
import { countOf, listJoin } from "../ar/numbers.ts";
import { formatDateAr } from "../ar.ts";
import { arClient } from "./client.ts";
import { arKit } from "./kit/ar.ts";
import type { ExploreWords, PageWords } from "./types.ts";

/** The explore section's words in Arabic (#22), in the copy's neutral vocabulary. */
const exploreAr: ExploreWords = {
  head: "استكشف يوماً بيوم",
  intro:
    "اختر يوماً من أيام الهجوم لترى خريطة الأحياء، والنسبة المُبلَّغ عنها من الشرق تحت سيطرة القوات الحكومية، وأعداد من أُجلوا، كما كانت في ذلك اليوم، وكل رقم منسوب إلى الجهة التي أعلنته.",
  day: "اليوم",
  previousDay: "اليوم السابق",
  nextDay: "اليوم التالي",
  play: "تشغيل",
  pause: "إيقاف مؤقت",
  keyDaysCaption: "أيام مفصلية في الهجوم، كما تذكرها البيانات",
  keyDaysColumns: ["اليوم", "ما تقوله البيانات"],
  embedTitle: "سقوط شرق حلب، يوماً بيوم",
  sentence: (on, parts) => `في ${on}: ${parts.join("؛ ")}.`,
  districtsHeld: (held, total) =>
    `سيطرت القوات الحكومية على ${held} من ${countOf(total, "حي مسمّى")} في الشرق`,
  share: (figure, per, on) => `${figure} من الشرق بيد القوات الحكومية (${per}، ${on})`,
  noShare: "لم تُعلَن بعد أي نسبة من الشرق تحت سيطرة القوات الحكومية",
  wholeCity: (names) => `ادعاء السيطرة الكاملة على المدينة: ${names}`,
  evacuated: (totals) => `من أُجلوا حتى ذلك اليوم: ${listJoin(totals)}`,
  evacuatedBy: (figure, civilians, per, on) =>
    `${figure} ${civilians ? "مدني" : "شخص"} (${per}، ${on})`,
  noEvacuation: "لا حصيلة متراكمة لمن أُجلوا بعد",
};

/**
 * The story page's words in Arabic, in the neutral vocabulary the copy uses,
 * the Syriac month names and Western digits of `../ar.ts`. The section titles are the
 * copy's (`src/content/sections.ar.ts`).
 */
export const arPage: PageWords = {
  lang: "ar",
  dir: "rtl",
  languageName: "العربية",
  hreflang: "ar",
  skipToData: "انتقل إلى البيانات",
  kicker: "سوريا · قصة بالبيانات",
  toList: "اعرضها قائمة",
  toStory: "اعرضها قصة متتابعة",
  keysToggle: (j, k) => html`تنقّل في القصة بالمفتاحين ${j} و${k}`,
  contentNote: "تنبيه بشأن المحتوى.",
  showData: "اعرض البيانات",
  momentLink: (name) => `رابط هذه اللحظة: ${name}`,
  momentName: (date, opening) => `${date}، ${opening}`,
  previous: "السابق",
  next: "التالي",
  beatDate: (iso) => formatDateAr(iso),
  longDate: (iso) => formatDateAr(iso),
  ...arClient,
  correctionsHead: "التصحيحات والتحديثات",
  firstPublished: (time) => html`نُشرت أول مرة في ${time}.`,
  aboutHead: "عن هذه القصة",
  editorsNote: (link) =>
    html`للمحررين: يمكن تضمين كل رسم بياني في صفحاتكم، في كل حالة من حالاته، وكذلك القصة كاملة. الشيفرة والصور والبيانات في ${link("صفحة المحررين")} (بالإنجليزية).`,
  sourceCredit: (title, licence) =>
    html`المصدر: مقالة ويكيبيديا الإنجليزية «${title}»، بنصّها كما كان في 27 كانون الأول 2023، بأقلام المساهمين فيها، وهي مرخّصة بموجب ${licence}. نصّنا مكتوب من جديد انطلاقاً منها؛ والأرقام أرقامها، كلٌّ منسوب إلى الجهة التي أعلنته.`,
  mapCredit: (licence) =>
    html`خريطة الموقع: الحدود والساحل من ناتشورال إيرث (ملكية عامة)، مرسومة كخطوط الأمر الواقع كما ترسمها، وهي ليست موقفاً من أي حدود؛ والأماكن من معجم جيونيمز الجغرافي، وهو مرخّص بموجب ${licence}.`,
  dataHead: "البيانات",
  dataIntro:
    "كل رقم في هذه القصة، مع الجهة التي أعلنته والقسم الذي أُخذ منه في المصدر، في ملفات CSV. يذكر كل صف الجهة صاحبة الرقم؛ وحيث تختلف المصادر، يأتي كل ادعاء في صف مستقل.",
  dataFile: (file, rows) => `(${file}، عدد الصفوف: ${rows})`,
  datasets: {
    control: {
      title: "السيطرة على الأرض",
      description:
        "النسب المُبلَّغ عنها لما سيطرت عليه القوات الحكومية من الشرق الذي كان بيد المعارضة المسلحة ومن أحياء بعينها، ومساحة الجيب الأخير، والمسافات إلى خط الجبهة.",
    },
    districts: {
      title: "الأحياء",
      description:
        "كل حي أو منطقة ورد اسمها في القتال، مع تهجئاتها المختلفة، والجهة التي كانت تسيطر عليها في 15 تشرين الثاني، وموقع تقريبي لخريطة تخطيطية.",
    },
    districtEvents: {
      title: "أحداث الأحياء",
      description: "التقدّم والسيطرة والهجمات المصدودة والهجمات المضادة، بتواريخها، حياً حياً.",
    },
    casualties: {
      title: "الضحايا",
      description:
        "كل ادعاء عن قتلى أو جرحى أو أسرى أو من أُعدموا، مع الجهة التي أعلنته، في صورة نطاقات حيث يكون الادعاء نطاقاً.",
    },
    evacuation: {
      title: "الإجلاء والنزوح",
      description:
        "المدنيون الفارّون عبر خطوط القتال، وعدد الأشخاص في كل قافلة، والحصائل المتراكمة بحسب الجهة التي أعلنتها، ومن بقوا في الداخل.",
    },
    events: {
      title: "منعطفات",
      description:
        "أحداث مؤرّخة: الحشد البحري، ووقف إطلاق النار المتّفق عليه والمنهار، وتعليق الإجلاء واستئنافه، وتصويت الأمم المتحدة.",
    },
    claimants: {
      title: "الجهات المُعلِنة",
      description:
        "من أعلن كل ادعاء: جهات الرصد، والهيئات الإنسانية، والحكومات، والجيوش، وفصائل المعارضة المسلحة.",
    },
    places: {
      title: "أماكن خارج المدينة",
      description:
        "البلدات التي تعلّمها خريطة الموقع، كلٌّ عند إحداثياته في معجم جيونيمز الجغرافي، مع ما تقوله المقالة عنه.",
    },
  },
  tablesHead: "البيانات وراء الرسوم البيانية",
  kit: arKit,
  tableRegion: (name) => `جدول ${name}`,
  explore: exploreAr,
  printSource: (title, url, licence, licenceUrl) =>
    html`المصدر: مقالة ويكيبيديا الإنجليزية «${title}»، ${url}، بنصّها كما كان في 27 كانون الأول 2023، بأقلام المساهمين فيها، وهي مرخّصة بموجب ${licence}، ${licenceUrl}.`,
  printAddress: "هذه القصة على الإنترنت، مع رسومها البيانية وبياناتها:",
};
