import { createHash } from "node:crypto";
import { graphic } from "../../src/charts/registry.ts";
import type { ChartRecords, GraphicState } from "../../src/charts/types.ts";
import { storyChapters } from "../../src/content/chapters.ts";
import type { Story } from "../../src/content/story.ts";
import { longDate } from "../../src/dates.ts";
import { embedStates, embedUrl } from "../../src/embed/embedStates.ts";
import { EDITORS_PATH } from "../editors/editorsKit.ts";
import { chapterEmbedPath, STORY_EMBED_PATH } from "../embed/storyEmbedPage.ts";
import { CARD_SIZE, cardSvg } from "../pictures/card.ts";
import { pictureSvg } from "../pictures/picture.ts";
import { lines, raw } from "../prerender/html.ts";
import type { StaticGraphic } from "../prerender/staticGraphics.ts";
import type { EmbedsManifest } from "./manifest.ts";
import { type Moment, momentPage, previewText } from "./momentPage.ts";
import { addressFrom, momentPath, momentUrl } from "./publicUrl.ts";
import { ICON_SIZES, iconLinks, iconPath, shareTags } from "./shareTags.ts";
import { jsonLdScript, newsArticle } from "./structuredData.ts";

/** An SVG the build rasterises to a PNG this many pixels wide. */
export interface Raster {
  svg: string;
  width: number;
}

const hash = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 10);
const CARD_CREDIT = "Source: Wikipedia, CC BY-SA 4.0";

/**
 * The editors' kit, planned without drawing a pixel: a picture of every distinct graphic
 * state, a share card and card page for every beat, the story's own card, share tags and
 * icons, and the manifest that lists them. `base` is the public address (or undefined: then
 * every address is relative). The build rasterises `rasters`; everything else is text, and
 * the card pages wait for the name of the script they load (`momentPages`).
 */
export function shareKit(
  story: Story,
  records: ChartRecords,
  graphics: ReadonlyMap<string, StaticGraphic>,
  base: string | undefined,
  iconSvg: string,
) {
  const rasters = new Map<string, Raster>();
  const files = new Map<string, string>();
  const storyLink = base ?? story.headline;
  const stateOf = (beat: Story["beats"][number]): GraphicState => ({
    state: beat.state,
    date: beat.date,
    highlight: beat.highlight,
  });

  const pictures = new Map<string, EmbedsManifest["pictures"][number]>();
  for (const beat of story.beats) {
    const drawn = pictureSvg(graphic(beat.graphic), records, stateOf(beat), {
      headline: story.headline,
      storyLink,
    });
    const image = `pictures/${beat.graphic}-${beat.state}-${hash(drawn.svg)}.png`;
    const known = pictures.get(image);
    if (known) {
      known.beats.push(beat.id);
      continue;
    }
    rasters.set(image, { svg: drawn.svg, width: drawn.width });
    pictures.set(image, {
      graphic: beat.graphic,
      state: beat.state,
      date: beat.date,
      image,
      width: drawn.width,
      height: drawn.height,
      description: (graphics.get(beat.id) as StaticGraphic).description,
      beats: [beat.id],
    });
  }

  const card = (beat: Story["beats"][number], when: string, name: string) => {
    const g = graphics.get(beat.id) as StaticGraphic;
    const svg = cardSvg(graphic(beat.graphic), records, stateOf(beat), {
      headline: story.headline,
      when,
      title: g.title,
      credit: CARD_CREDIT,
    });
    const path = `cards/${name}-${hash(svg)}.png`;
    rasters.set(path, { svg, width: CARD_SIZE.width });
    return path;
  };

  const moments = story.beats.map((beat) => {
    const when = longDate(beat.date);
    const image = card(beat, when, beat.id);
    return momentPlan(beat, { when, image, headline: story.headline, graphics, base });
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
    }),
    // Its own escaping: JSON with <, > and & as \u escapes.
    raw(jsonLdScript(newsArticle(story, { url: base, image: storyImage }))),
    iconLinks(""),
  ]).text;

  files.set(iconPath("svg"), iconSvg);
  for (const size of ICON_SIZES) rasters.set(iconPath(size), { svg: iconSvg, width: size });

  const manifest: EmbedsManifest = {
    publicUrl: base ?? null,
    editors: EDITORS_PATH,
    story: {
      url: "index.html",
      embed: STORY_EMBED_PATH,
      chapters: storyChapters(story.beats).map((c) => ({
        id: c.id,
        title: c.title,
        embed: chapterEmbedPath(c.id),
      })),
      title: story.headline,
      description: story.standfirst,
      image: storyCard,
      icon: iconPath(180),
    },
    moments: moments.map((m) => m.entry),
    pictures: [...pictures.values()],
    embeds: [...embedStates(story.beats).values()].flat().map((s) => ({
      id: s.id,
      title: `${graphic(s.graphic).title}, ${longDate(s.date)}`,
      url: embedUrl(s),
      image: [...pictures.values()].find((p) => p.beats.includes(s.beat))?.image ?? null,
    })),
  };
  files.set("embeds.json", `${JSON.stringify(manifest, null, 2)}\n`);

  /** The card pages, given their script's built file (from the story's folder). */
  const momentPages = (script: string) =>
    new Map(moments.map(({ page, moment }) => [page, momentPage(moment(script))]));
  return { head, files, momentPages, rasters, manifest };
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
  },
) {
  const { when, image, graphics, base } = at;
  const page = momentPath(beat.id);
  const localStory = addressFrom(page, "index.html", undefined);
  const moment = (script: string): Moment => ({
    beatId: beat.id,
    headline: at.headline,
    when,
    text: beat.text,
    description: (graphics.get(beat.id) as StaticGraphic).description,
    image: addressFrom(page, image, base),
    localImage: addressFrom(page, image, undefined),
    url: base && momentUrl(beat.id, base),
    story: base ?? localStory,
    localStory,
    script: addressFrom(page, script, undefined),
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
