import { graphic } from "../../src/charts/registry.ts";
import type { ChartRecords, GraphicState } from "../../src/charts/types.ts";
import { storyChapters } from "../../src/content/chapters.ts";
import type { Story } from "../../src/content/story.ts";
import { embedStates, embedUrl } from "../../src/embed/embedStates.ts";
import { EDITORS_PATH } from "../editors/editorsKit.ts";
import { exploreEmbedList } from "../embed/exploreEmbedPage.ts";
import { chapterEmbedPath, STORY_EMBED_PATH } from "../embed/storyEmbedPage.ts";
import { pageAlternates, pageSwitches } from "../page/languageLinks.ts";
import { CARD_SIZE, cardSvg } from "../pictures/card.ts";
import { creditLine } from "../pictures/credit.ts";
import { lines, raw } from "../prerender/html.ts";
import { ENGLISH_EDITION, editionRoot, type KitEditions } from "../prerender/pageEditions.ts";
import type { StaticGraphic } from "../prerender/staticGraphics.ts";
import { beatPictures, contentHash, type Raster } from "./beatPictures.ts";
import { graphicBeats } from "./graphicBeats.ts";
import type { EmbedsManifest } from "./manifest.ts";
import { type Moment, momentPage, previewText } from "./momentPage.ts";
import { organisation } from "./organisation.ts";
import { addressFrom, momentPath, momentUrl } from "./publicUrl.ts";
import { ICON_SIZES, iconLinks, iconPath, shareTags } from "./shareTags.ts";
import { jsonLdScript, newsArticle } from "./structuredData.ts";

export type { Raster };

/**
 * The editors' kit, planned without drawing a pixel: a picture of every beat's graphic
 * (`beatPictures`), a share card and card page for every beat, the story's own card, share
 * tags and icons, and the manifest that lists them. `base` is the public address (or undefined: then
 * every address is relative); `siteName`, who publishes it (organisation.ts), as the credit
 * names it too. The build rasterises `rasters`; everything else is text, and
 * the card pages wait for the name of the script they load (`momentPages`). An edition's
 * kit (`editions`) is written in its words, its paths inside its folder (ar/) and `base`
 * that folder's address; the icons are English's, at dist/'s root.
 */
export function shareKit(
  story: Story,
  records: ChartRecords,
  graphics: ReadonlyMap<string, StaticGraphic>,
  base: string | undefined,
  iconSvg: string,
  siteName: string = organisation(),
  editions: KitEditions = { edition: ENGLISH_EDITION, editions: [ENGLISH_EDITION] },
) {
  const files = new Map<string, string>();
  const { words } = editions.edition.language;
  const credit = creditLine(
    { organisation: siteName, headline: story.headline, address: base },
    words,
  );

  const drawn = beatPictures(story, records, graphics, { headline: story.headline, credit });
  const rasters = new Map<string, Raster>(drawn.rasters);
  for (const [path, svg] of drawn.files) files.set(path, svg);
  const stateOf = (beat: Story["beats"][number]): GraphicState => ({
    state: beat.state,
    date: beat.date,
    highlight: beat.highlight,
  });

  const card = (beat: Story["beats"][number], when: string, name: string) => {
    const g = graphics.get(beat.id) as StaticGraphic;
    const svg = cardSvg(graphic(beat.graphic), records, stateOf(beat), {
      headline: story.headline,
      when,
      title: g.title,
      credit: words.kit.cardCredit,
    });
    const path = `cards/${name}-${contentHash(svg)}.png`;
    rasters.set(path, { svg, width: CARD_SIZE.width });
    return path;
  };

  const moments = story.beats.map((beat) => {
    const when = words.longDate(beat.date);
    const image = card(beat, when, beat.id);
    const at = { when, image, headline: story.headline, graphics, base, siteName, editions };
    return momentPlan(beat, at);
  });

  const opening = story.beats[0] as Story["beats"][number];
  const storyCard = card(opening, story.dateline, "story");
  const storyImage = base ? new URL(storyCard, base).href : storyCard;
  const head = lines([
    shareTags({
      title: story.headline,
      description: previewText(story.standfirst, 300),
      image: storyImage,
      imageAlt: (graphics.get(opening.id) as StaticGraphic).description,
      url: base,
      siteName,
    }),
    // Its own escaping: JSON with <, > and & as \u escapes.
    raw(jsonLdScript(newsArticle(story, { url: base, image: storyImage }, siteName))),
    iconLinks(""),
  ]).text;

  if (editionRoot(editions.edition) === "") {
    files.set(iconPath("svg"), iconSvg);
    for (const size of ICON_SIZES) rasters.set(iconPath(size), { svg: iconSvg, width: size });
  }

  const manifest: EmbedsManifest = {
    publicUrl: base ?? null,
    editors: EDITORS_PATH,
    story: {
      url: "index.html",
      embed: STORY_EMBED_PATH,
      chapters: storyChapters(story.beats).map((c) => ({
        id: c.id,
        title: editions.edition.language.sectionTitle(c.title),
        embed: chapterEmbedPath(c.id),
      })),
      explore: exploreEmbedList([{ key: editions.edition.key, folder: "" }]),
      title: story.headline,
      description: story.standfirst,
      image: storyCard,
      icon: iconPath(180),
    },
    moments: moments.map((m) => m.entry),
    pictures: drawn.pictures,
    embeds: [...embedStates(story.beats).values()].flat().map((s) => ({
      id: s.id,
      title: `${graphic(s.graphic).title(records.edition)}, ${words.longDate(s.date)}`,
      url: embedUrl(s),
      image: drawn.byBeat.get(s.beat)?.path ?? null,
    })),
    graphics: graphicBeats(story, drawn.byBeat, graphics, records.edition),
  };
  if (editionRoot(editions.edition) === "") files.set("embeds.json", manifestJson(manifest));

  /** The card pages, given their script's built file (a path inside dist/). */
  const momentPages = (script: string) =>
    new Map(moments.map(({ page, moment }) => [page, momentPage(moment(script), words)]));
  return { head, files, momentPages, rasters, manifest, credit, words };
}

/** dist/embeds.json's text: the manifest, with every edition's addresses where there are more. */
export function manifestJson(manifest: EmbedsManifest, editions?: EmbedsManifest["editions"]) {
  const whole = editions && editions.length > 1 ? { ...manifest, editions } : manifest;
  return `${JSON.stringify(whole, null, 2)}\n`;
}

/**
 * One beat's card page, but for its script, and its entry in the manifest. The page shows
 * `image` (the card's path) and names the story both as crawlers and readers follow a link
 * (absolute with a public address) and as its script resolves it (always relative).
 */
function momentPlan(
  beat: Story["beats"][number],
  at: {
    when: string;
    image: string;
    headline: string;
    graphics: ReadonlyMap<string, StaticGraphic>;
    base: string | undefined;
    siteName: string;
    editions: KitEditions;
  },
) {
  const { when, image, graphics, base } = at;
  const { edition, editions } = at.editions;
  const page = momentPath(beat.id);
  const root = editionRoot(edition);
  const localStory = addressFrom(page, "index.html", undefined);
  const moment = (script: string): Moment => ({
    beatId: beat.id,
    headline: at.headline,
    hed: beat.hed,
    when,
    siteName: at.siteName,
    text: beat.text,
    description: (graphics.get(beat.id) as StaticGraphic).description,
    image: addressFrom(page, image, base),
    localImage: addressFrom(page, image, undefined),
    url: base && momentUrl(beat.id, base),
    story: base ?? localStory,
    localStory,
    script: addressFrom(page, `${root}${script}`, undefined),
    icons: addressFrom(page, root, undefined),
    alternates: pageAlternates(editions, edition, page, base && new URL(root, base).href),
    switches: pageSwitches(editions, edition, page, base && new URL(root, base).href),
  });
  const entry = {
    beat: beat.id,
    date: beat.date,
    url: page,
    image,
    story: `index.html#${beat.id}`,
  };
  return { page, moment, entry };
}
