/**
 * dist/embeds.json: what a CMS integration reads to find the story's share card, a card
 * page per beat, a picture per beat, an embed per graphic state and per beat. Every path
 * is relative to dist/.
 */
export interface EmbedsManifest {
  /** The STORY_PUBLIC_URL the build was given, or null (then share tags are relative). */
  publicUrl: string | null;
  /** The editors' page: every graphic state's embed code, pictures and data. */
  editors: string;
  story: {
    url: string;
    /** The whole story, made to embed in a pym.js frame with trackscroll. */
    embed: string;
    /** Each section of the story on its own, made to embed the same way. */
    chapters: { id: string; title: string; embed: string }[];
    /** The explore section after the story, made to embed, in each edition (#22). */
    explore?: { lang: string; embed: string }[];
    title: string;
    description: string;
    image: string;
    icon: string;
  };
  moments: {
    beat: string;
    date: string;
    /** The share card page: link here to share this moment. */
    url: string;
    /** Its 1200×630 card. */
    image: string;
    /** The story, opened at the beat. */
    story: string;
  }[];
  /** The distinct pictures among the beats' (beats that show the same share one entry). */
  pictures: {
    graphic: string;
    state: string;
    date: string;
    image: string;
    width: number;
    height: number;
    /** The picture in one sentence, for alt text. */
    description: string;
    /** The beats that show this picture; `image` is the first one's file. */
    beats: string[];
    /** The same picture as SVG, its faces inside, laid out for a phone, a column, a wide page. */
    svgs: { use: "phone" | "column" | "wide"; path: string; width: number; height: number }[];
  }[];
  /** A page per graphic state, made to embed (see the README's "Embedding a graphic"). */
  embeds: {
    /** `<graphic>-<state>`. */
    id: string;
    title: string;
    url: string;
    /** The state's picture, from `pictures`. */
    image: string | null;
  }[];
  /** Every graphic, with each beat of the story that shows it, in story order. */
  graphics: {
    graphic: string;
    title: string;
    /** Its embed page, which opens at its first state. */
    embed: string;
    beats: {
      /** The beat's id in the story. */
      id: string;
      state: string;
      date: string;
      /** The beat's first words, to tell it from the others. */
      title: string;
      /** The embed opened at this beat (`?beat=`): Previous/Next step the graphic's beats. */
      embed: string;
      /** Its picture, `pictures/<graphic>-<beat>.png` (beats with the same picture: same bytes). */
      image: string;
      /** Changes when the picture does: link to `image?v=<version>` to get past caches. */
      version: string;
      width: number;
      height: number;
      /** The picture in one sentence, for alt text. */
      description: string;
      /** Its share card page: link here to share this moment. */
      moment: string;
    }[];
  }[];
  /**
   * Every edition the build writes, English first, each with its pages' paths inside dist/
   * (absent when there is only English). An editor's integration picks one by `lang`.
   */
  editions?: EditionEntry[];
}

/** One edition in the manifest: its language, direction, and where its pages are. */
export interface EditionEntry {
  lang: string;
  dir: "ltr" | "rtl";
  story: string;
  list: string;
  editors: string;
  embeds: {
    /** Each graphic's embed, opened at its first state; `?beat=<id>` opens it at a beat. */
    graphics: { graphic: string; title: string; embed: string }[];
    story: string;
    chapters: { id: string; title: string; embed: string }[];
    /** The explore section after the story (#22), `?day=<yyyy-mm-dd>` to open it on a day. */
    explore?: string;
  };
  /** Each beat's share card page and its card. */
  moments: { beat: string; url: string; image: string }[];
}
