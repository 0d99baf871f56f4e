import { html } from "../../../html.ts";
import type { KitWords } from "./types.ts";

/** The editors' kit in British English, as it has always been written. */
export const enKit: KitWords = {
  embedTitle: (graphic, headline) => `${graphic}: ${headline}`,
  storyName: (headline) => `‘${headline}’`,
  creditText: (p) =>
    `Graphic: ${p.organisation}, ${p.story}. Source: Wikipedia, ‘${p.source}’, text as of ${p.date}, ${p.licence}.`,
  creditHtml: (p) =>
    html`Graphic: ${p.organisation}, ${p.story}. Source: Wikipedia, ‘${p.source}’, text as of ${p.date}, ${p.licence}.`,
  cardCredit: "Source: Wikipedia, CC BY-SA 4.0",
  momentName: (when, hed) => `${when}: ${hed}`,
  momentTitle: (name, headline) => `${name} — ${headline}`,
  readInStory: "Read this moment in the story",
  editors: {
    title: (headline) => `For editors: ${headline}`,
    description: (headline) => `Embed code, pictures and data for every graphic of ${headline}.`,
    skipToGraphics: "Skip to the graphics",
    kicker: "For editors",
    heading: (headline) => `Embedding “${headline}”`,
    intro:
      "Every graphic of the story, at every state it shows, with the code to embed it in your own pages, its pictures and the data behind it.",
    backToStory: "Back to the story",
    addressesAbsolute: (base) => html`Every address below is absolute, under <code>${base}</code>.`,
    addressesRelative: (setting) =>
      html`This copy was built without <code>${setting}</code>, and its script has not run, so every address below is relative to the story’s folder: open this page from the address the story is published at, with JavaScript on, and they become absolute. AMP needs absolute <code>https</code> addresses.`,
    contents: "On this page",
    republishingHead: "Republishing",
    republishing: ({ source, date, licence }) => [
      html`Embed the whole story or any of its graphics in your own pages with the code below. The embeds carry their credit: leave it in.`,
      html`Publish the PNG and SVG pictures and the CSV files, in print or online, with the credit line given with each picture (its Copy button copies it).`,
      html`The figures come from the Wikipedia article “${source}”, text as of ${date}, written by its contributors and licensed ${licence}. The pictures and data files are drawn from it and shared under the same licence: you may share and adapt them if you credit the article and this story, say what you changed, and share what you make from them under the same licence.`,
      html`Every figure is a claim: quote it with whoever made it.`,
    ],
    storyHead: "The whole story",
    storyIntro: (track) =>
      html`The story scrolls inside your page: pym.js follows your reader’s scroll (<code>${track}</code>) and the story keeps its graphic in view. Without it, the story shows as a list of moments, each with its picture.`,
    headerNote: (max) =>
      html`If your page has a header that stays at the top of the window as the reader scrolls, give its height above (or add <code>top=</code> and the height in pixels to the address, <code>story.html?top=60</code>; the tallest it is, from 0 to ${max}): the story then keeps its date, progress bar, Previous and Next below the header, and Previous and Next bring each moment into view below it. A header that changes height as the reader scrolls: give its tallest.`,
    loads: (path) => html`Loads <code>${path}</code>.`,
    storyCodeWhat: "the pym.js code for the whole story",
    chaptersHead: "The story in chapters",
    chaptersIntro:
      "The whole story is one long frame, over 30,000 px tall. To set it in your page a section at a time, between your own text, each section is an embed of its own: the same graphic, Previous and Next, and the same code, with that section’s moments alone.",
    chapterHead: (title, id) =>
      html`${title} <span class="state-id">chapter <code>${id}</code></span>`,
    chapterCodeWhat: (title) => `the pym.js code for the chapter ${title}`,
    exploreHead: "Day by day",
    exploreIntro: (day) =>
      html`The section after the story on its own: a date control over 15 November – 22 December 2016 with, for the chosen day, the district map, the share of the east reported under government control and the evacuation counts, each figure with its claimant. It sizes itself to its content. Add <code>${day}</code> to the address to open it on a day; without JavaScript it shows a table of the key days.`,
    exploreCodeWhat: "the pym.js code for the day-by-day section",
    exploreTitle: (headline) => `${headline}: day by day`,
    choicesHead: "Your page",
    choicesIntro: "The code below follows what you choose here.",
    themeLegend: "Theme of the frames",
    themes: { light: "Light", dark: "Dark", auto: "The reader’s system setting" },
    transparent:
      "Transparent background: your page’s own colour shows through (choose the theme that matches it)",
    columnLabel: "Plain iframe: your column’s width",
    anyWidth: "Any width (the tallest it needs)",
    pixels: (n) => `${n} px`,
    headerLabel: "The whole story: your page’s sticky header, in px",
    headerNone: "none",
    comma: ", ",
    copy: "Copy",
    copyWhat: (kind, name, state) => `${kind} for ${name}, state ${state}`,
    kinds: {
      alt: "the text alternative",
      credit: "the credit",
      pym: "the pym.js code",
      amp: "the AMP code",
      iframe: "the plain iframe",
    },
    stateLabel: "state",
    preview: (name) => `Preview: ${name}`,
    altHead: "Text alternative",
    creditHead: "Credit",
    picturesHead: "Pictures",
    png: "PNG for print, newsletters and Apple News",
    svg: {
      phone: "SVG for a phone",
      column: "SVG for an article’s column",
      wide: "SVG for a wide page",
    },
    pymNote:
      "For most CMSes: the frame takes its content’s height at any width, and readers step through the states.",
    ampNote: html`For AMP pages: <code>amp-iframe</code> takes the size the embed asks for; the picture shows, whole, until it loads. <strong>AMP needs https addresses</strong>: publish the story over https. AMP also refuses this frame when the story is served from your AMP page’s own origin (the sandbox keeps <code>allow-same-origin</code>): publish the story on a domain or subdomain of its own (<code>graphics.example.org</code> for pages on <code>www.example.org</code>). Taking <code>allow-same-origin</code> out is no cure: the frame then has no origin, the browser refuses it the story’s script and fonts, and it shows only the picture of the graphic’s first state and the data, in other fonts, at the starting height, with no Previous or Next.`,
    iframeHead: "Plain iframe",
    iframeNote: ({ fixed, from, to, columns }) =>
      html`For a CMS that strips scripts: fixed at this state and at one height, ${fixed} px, what it needs at any width from ${from} to ${to} px (${columns}: choose your column above). An opened data table scrolls inside.`,
    columnHeight: (height, width) => `${height} px in a ${width} px column`,
    graphicIntro: (states) =>
      `${states} states. The data it shows, as its table lists it (every row with its claimant), as a CSV file that spreadsheet programs open as UTF-8:`,
    sourceTables: (list) =>
      html`Every field, with each row’s note and the article’s section, is in the source tables it is drawn from: ${list}.`,
    beats: {
      summary: (count) => `Its ${count} moments in the story: code, pictures, pages to share`,
      note: "The code embeds the graphic as the story shows it at that moment (the same date and districts singled out), with Previous and Next through its other moments in the story’s order. The share page is the link to post: its preview shows the moment’s picture.",
      forBeat: (date, id) => ` for ${date}, moment ${id}`,
      copyCode: " the pym.js code",
      png: "PNG",
      sharePage: "Share page",
      showCode: "Show the code",
    },
  },
};
