import { html } from "../../../html.ts";
import type { KitWords } from "./types.ts";

/**
 * The editors' kit in Arabic, in the register of the story's page words (`../ar.ts`):
 * Western digits, the Syriac months (the dates come from the page words), the names of
 * code, formats and the source's own title kept as they are (`LATIN_ALLOWED_KIT`).
 */
export const arKit: KitWords = {
  embedTitle: (graphic, headline) => `${graphic}: ${headline}`,
  storyName: (headline) => `«${headline}»`,
  creditText: (p) =>
    `رسم بياني: ${p.organisation}، ${p.story}. المصدر: ويكيبيديا، «${p.source}»، بنصّها كما كان في ${p.date}، ${p.licence}.`,
  creditHtml: (p) =>
    html`رسم بياني: ${p.organisation}، ${p.story}. المصدر: ويكيبيديا، «${p.source}»، بنصّها كما كان في ${p.date}، ${p.licence}.`,
  cardCredit: "المصدر: ويكيبيديا، CC BY-SA 4.0",
  momentName: (when, hed) => `${when}: ${hed}`,
  momentTitle: (name, headline) => `${name} — ${headline}`,
  readInStory: "اقرأ هذه اللحظة في القصة",
  editors: {
    title: (headline) => `للمحررين: ${headline}`,
    description: (headline) => `شيفرة التضمين والصور والبيانات لكل رسم بياني في «${headline}».`,
    skipToGraphics: "انتقل إلى الرسوم البيانية",
    kicker: "للمحررين",
    heading: (headline) => `تضمين «${headline}»`,
    intro:
      "كل رسم بياني في القصة، في كل حالة يظهر فيها، مع الشيفرة اللازمة لتضمينه في صفحاتكم، وصوره، والبيانات التي بُني عليها.",
    backToStory: "العودة إلى القصة",
    addressesAbsolute: (base) => html`كل العناوين أدناه مطلقة، تحت <code>${base}</code>.`,
    addressesRelative: (setting) =>
      html`بُنيت هذه النسخة من دون <code>${setting}</code>، ولم تعمل شيفرتها بعد، فكل العناوين أدناه نسبية إلى مجلد القصة: افتحوا هذه الصفحة من العنوان المنشورة عليه القصة، مع تفعيل جافاسكربت، فتصبح مطلقة. تحتاج صفحات AMP إلى عناوين <code>https</code> مطلقة.`,
    contents: "في هذه الصفحة",
    republishingHead: "إعادة النشر",
    republishing: ({ source, date, licence }) => [
      html`ضمّنوا القصة كاملة أو أياً من رسومها البيانية في صفحاتكم بالشيفرة أدناه. تحمل التضمينات سطر النسبة الخاص بها: أبقوه كما هو.`,
      html`انشروا صور PNG وSVG وملفات CSV، مطبوعة أو على الإنترنت، مع سطر النسبة المرفق بكل صورة (يَنسخه زر «انسخ» الخاص به).`,
      html`الأرقام مأخوذة من مقالة ويكيبيديا «${source}»، بنصّها كما كان في ${date}، بأقلام المساهمين فيها، وهي مرخّصة بموجب ${licence}. الصور وملفات البيانات مستمدة منها ومتاحة بالترخيص نفسه: يحق لكم مشاركتها وتعديلها إن نسبتموها إلى المقالة وإلى هذه القصة، وذكرتم ما غيّرتم، ونشرتم ما تصنعونه منها بالترخيص نفسه.`,
      html`كل رقم ادعاءٌ: انقلوه منسوباً إلى الجهة التي أعلنته.`,
    ],
    storyHead: "القصة كاملة",
    storyIntro: (track) =>
      html`تتمرّر القصة داخل صفحتكم: تتابع pym.js تمرير القارئ (<code>${track}</code>) وتُبقي القصة رسمها البياني ظاهراً. ومن دونها تظهر القصة قائمةً من اللحظات، لكل منها صورتها.`,
    headerNote: (max) =>
      html`إن كان في صفحتكم شريط علوي يبقى في أعلى النافذة أثناء التمرير، فاذكروا ارتفاعه أعلاه (أو أضيفوا <code>top=</code> والارتفاع بالبكسل إلى العنوان، <code>story.html?top=60</code>؛ أقصى ارتفاع له، من 0 إلى ${max}): عندها تُبقي القصة تاريخها وشريط التقدّم وزرَّي السابق والتالي تحت الشريط، ويُظهر السابق والتالي كل لحظة تحته. وإن تغيّر ارتفاع الشريط أثناء التمرير، فاذكروا أقصاه.`,
    loads: (path) => html`تُحمِّل <code>${path}</code>.`,
    storyCodeWhat: "شيفرة pym.js للقصة كاملة",
    chaptersHead: "القصة فصولاً",
    chaptersIntro:
      "القصة كاملة إطار واحد طويل يزيد ارتفاعه على 30,000 بكسل. ولوضعها في صفحتكم قسماً بعد قسم، بين نصوصكم، لكل قسم تضمين خاص به: الرسم البياني نفسه، والسابق والتالي، والشيفرة نفسها، مع لحظات ذلك القسم وحدها.",
    chapterHead: (title, id) =>
      html`${title} <span class="state-id">الفصل <code>${id}</code></span>`,
    chapterCodeWhat: (title) => `شيفرة pym.js لفصل «${title}»`,
    exploreHead: "يوماً بيوم",
    exploreIntro: (day) =>
      html`القسم الذي يلي القصة وحده: أداة لاختيار يوم بين 15 تشرين الثاني و22 كانون الأول 2016، تعرض لليوم المختار خريطة الأحياء، والنسبة المُبلَّغ عنها من الشرق تحت سيطرة القوات الحكومية، وأعداد من أُجلوا، وكل رقم منسوب إلى الجهة التي أعلنته. يضبط الإطار ارتفاعه على محتواه. أضيفوا <code>${day}</code> إلى العنوان لفتحه على يوم بعينه؛ ومن دون جافاسكريبت يعرض جدولاً بالأيام المفصلية.`,
    exploreCodeWhat: "شيفرة pym.js لقسم «يوماً بيوم»",
    exploreTitle: (headline) => `${headline}: يوماً بيوم`,
    choicesHead: "صفحتكم",
    choicesIntro: "تتبع الشيفرة أدناه ما تختارونه هنا.",
    themeLegend: "مظهر الإطارات",
    themes: { light: "فاتح", dark: "داكن", auto: "إعداد نظام القارئ" },
    transparent: "خلفية شفافة: يظهر لون صفحتكم من خلالها (اختاروا المظهر الذي يناسبه)",
    columnLabel: "إطار iframe البسيط: عرض عمودكم",
    anyWidth: "أي عرض (أقصى ما يحتاج إليه)",
    pixels: (n) => `${n} بكسل`,
    headerLabel: "القصة كاملة: ارتفاع الشريط العلوي الثابت في صفحتكم، بالبكسل",
    headerNone: "لا شيء",
    comma: "، ",
    copy: "انسخ",
    copyWhat: (kind, name) => `${kind} لـ${name}`,
    kinds: {
      alt: "النص البديل",
      credit: "سطر النسبة",
      pym: "شيفرة pym.js",
      amp: "شيفرة AMP",
      iframe: "إطار iframe البسيط",
    },
    stateLabel: "الحالة",
    preview: (name) => `معاينة: ${name}`,
    altHead: "النص البديل",
    creditHead: "سطر النسبة",
    picturesHead: "الصور",
    png: "PNG للطباعة والنشرات البريدية وApple News",
    svg: {
      phone: "SVG للهاتف",
      column: "SVG لعمود مقالة",
      wide: "SVG لصفحة عريضة",
    },
    pymNote:
      "لمعظم أنظمة إدارة المحتوى: يأخذ الإطار ارتفاع محتواه في أي عرض، ويتنقّل القرّاء بين الحالات.",
    ampNote: html`لصفحات AMP: يأخذ <code>amp-iframe</code> الحجم الذي يطلبه التضمين؛ وتظهر الصورة كاملةً حتى يكتمل تحميله. <strong>تحتاج AMP إلى عناوين https</strong>: انشروا القصة عبر https. وترفض AMP هذا الإطار أيضاً إن قُدّمت القصة من نطاق صفحة AMP نفسه (يُبقي صندوق العزل <code>allow-same-origin</code>): انشروا القصة على نطاق أو نطاق فرعي خاص بها (<code>graphics.example.org</code> لصفحات على <code>www.example.org</code>). وحذف <code>allow-same-origin</code> ليس حلاً: يصبح الإطار بلا نطاق، فيمنعه المتصفح من شيفرة القصة وخطوطها، ولا يُظهر إلا صورة الحالة الأولى للرسم البياني والبيانات، بخطوط أخرى، بالارتفاع الأولي، بلا سابق ولا تالٍ.`,
    iframeHead: "إطار iframe بسيط",
    iframeNote: ({ fixed, from, to, columns }) =>
      html`لنظام إدارة محتوى يحذف الشيفرات: ثابت عند هذه الحالة وبارتفاع واحد، ${fixed} بكسل، هو ما يحتاج إليه في أي عرض من ${from} إلى ${to} بكسل (${columns}: اختاروا عمودكم أعلاه). يتمرّر جدول البيانات داخله إن فُتح.`,
    columnHeight: (height, width) => `${height} بكسل في عمود عرضه ${width} بكسل`,
    graphicIntro: (states) =>
      `عدد الحالات: ${states}. البيانات التي يعرضها، كما يسردها جدوله (كل صف مع الجهة التي أعلنته)، في ملف CSV تفتحه برامج الجداول بترميز UTF-8:`,
    sourceTables: (list) =>
      html`كل حقل، مع ملاحظة كل صف وقسم المقالة الذي أُخذ منه، موجود في جداول المصدر التي بُني عليها: ${list}.`,
    beats: {
      summary: (count) => `لحظاته في القصة (${count}): الشيفرة والصور وصفحات المشاركة`,
      note: "تُضمِّن الشيفرة الرسم البياني كما تعرضه القصة في تلك اللحظة (التاريخ نفسه والأحياء المميَّزة نفسها)، مع السابق والتالي بين لحظاته الأخرى بترتيب القصة. صفحة المشاركة هي الرابط الذي يُنشر: تُظهر معاينته صورة اللحظة.",
      forBeat: (date, _id, hed) => ` ليوم ${date}: ${hed}`,
      copyCode: " شيفرة pym.js",
      png: "PNG",
      sharePage: "صفحة المشاركة",
      showCode: "اعرض الشيفرة",
    },
  },
};
