/**
 * dist/embeds.json: what a CMS integration reads to find the story's share card, a card
 * page per beat and a picture per graphic state. Every path is relative to dist/.
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
  pictures: {
    graphic: string;
    state: string;
    date: string;
    image: string;
    width: number;
    height: number;
    /** The picture in one sentence, for alt text. */
    description: string;
    /** The beats that show this state. */
    beats: string[];
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
}
