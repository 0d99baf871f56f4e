import { type EmbedBeat, resolveBeat } from "./embedBeats.ts";

/** What the host may ask of an embed in its address. */
export interface EmbedParams {
  state: string;
  /**
   * The beat it opens at (an old id read as the beat that holds it now), or null: then it
   * steps through the graphic's beats in story order instead of its states in date order.
   */
  beat: string | null;
  /** A forced theme, or null to follow the reader's setting (`auto`, or none asked). */
  theme: "light" | "dark" | null;
  /** The host's page shows through the frame (`background=transparent`). */
  transparent: boolean;
  steps: boolean;
  /** The pym parent's id for this frame, or null when there is none (or it is malformed). */
  childId: string | null;
}

const THEMES = ["light", "dark", "auto"] as const;
const BACKGROUNDS = ["paper", "transparent"] as const;
/** What pym.js's parent adds to a frame's address, besides `childId`. */
const FROM_PYM = ["initialWidth", "parentTitle", "parentUrl"];
const KNOWN = ["state", "beat", "theme", "background", "steps", "childId", ...FROM_PYM];
/** pym names a frame after its container's id; anything else is not from a pym parent. */
const CHILD_ID = /^[A-Za-z][\w-]{0,63}$/;

/** A value from the address as the page may show it: quoted, and cut short. */
const quoted = (value: string) => JSON.stringify(value.slice(0, 40));

/**
 * The address's parameters, with `amp;` taken off a name: an address copied out of HTML
 * source keeps the `&amp;` that stood for `&` (`?state=x&amp;steps=0`).
 */
function readQuery(search: string): URLSearchParams {
  const query = new URLSearchParams();
  for (const [name, value] of new URLSearchParams(search))
    query.append(name.replace(/^(amp;)+/, ""), value);
  return query;
}

/** One choice among `known`, or null (with the reason added to `problems`). */
function readChoice<T extends string>(
  query: URLSearchParams,
  name: string,
  known: readonly T[],
  problems: string[],
): T | null {
  const asked = query.get(name);
  if (asked === null) return null;
  const found = known.find((k) => k === asked);
  if (found === undefined) problems.push(`${name} ${quoted(asked)} is not ${known.join(" or ")}`);
  return found ?? null;
}

/**
 * Reads the embed's address strictly: each unknown or malformed value falls back to its
 * default, and the reasons come back for the page to show and the console to log, as do
 * the names it does not know (a mistyped `stat=`). Nothing read here is ever markup: a
 * state or a beat is one of the graphic's own names or it is not used. A beat, when given,
 * decides what is shown: its state, date and highlight.
 */
export function embedParams(
  search: string,
  states: readonly string[],
  beats: readonly Pick<EmbedBeat, "id" | "formerly">[] = [],
): { params: EmbedParams; problems: string[] } {
  const query = readQuery(search);
  const problems: string[] = [];

  const askedState = query.get("state");
  let state = states[0] ?? "";
  if (askedState !== null) {
    if (states.includes(askedState)) state = askedState;
    else problems.push(`state ${quoted(askedState)} is not one of ${states.join(", ")}`);
  }
  const beat = readBeat(query, beats, problems);
  if (beat !== null && askedState !== null)
    problems.push(`state ${quoted(askedState)} gives way to beat ${quoted(beat)}`);
  const theme = readChoice(query, "theme", THEMES, problems);
  const background = readChoice(query, "background", BACKGROUNDS, problems);
  const steps = readChoice(query, "steps", ["0", "1"], problems);
  const childId = readChildId(query, problems);
  const unknown = [...new Set(query.keys())].filter((name) => !KNOWN.includes(name));
  for (const name of unknown) problems.push(`${quoted(name)} is not a setting it knows`);
  return {
    params: {
      state,
      beat,
      theme: theme === "auto" ? null : theme,
      transparent: background === "transparent",
      steps: steps !== "0",
      childId,
    },
    problems,
  };
}

/**
 * The beat the address names (`beat=`), as the graphic's beats know it, or null (with the
 * reason added to `problems` when it names none of them: the embed then shows its states).
 */
function readBeat(
  query: URLSearchParams,
  beats: readonly Pick<EmbedBeat, "id" | "formerly">[],
  problems: string[],
): string | null {
  const asked = query.get("beat");
  if (asked === null) return null;
  const found = resolveBeat(asked, beats);
  if (found === undefined)
    problems.push(`beat ${quoted(asked)} is not one of ${beats.map((b) => b.id).join(", ")}`);
  return found ?? null;
}

/**
 * The pym parent's id for this frame from the embed's address, or null (with the reason
 * added to `problems` when the value is malformed).
 */
export function readChildId(query: URLSearchParams, problems: string[]): string | null {
  const asked = query.get("childId");
  if (asked === null) return null;
  if (CHILD_ID.test(asked)) return asked;
  problems.push(`childId ${quoted(asked)} is not an element id`);
  return null;
}

/** The tallest sticky header a host may sensibly have over the story, in px. */
export const HEADER_TOP_MAX = 400;

/**
 * The height of the host's sticky header, in px, from `top=` in the whole story's address
 * (0 when none is asked; 0 with the reason added to `problems` for anything but a whole
 * number of pixels up to HEADER_TOP_MAX): the story keeps its controls below it.
 */
export function readHeaderTop(query: URLSearchParams, problems: string[]): number {
  const asked = query.get("top");
  if (asked === null) return 0;
  const top = /^\d{1,3}$/.test(asked) ? Number(asked) : Number.NaN;
  if (top <= HEADER_TOP_MAX) return top;
  problems.push(`top ${quoted(asked)} is not a whole number of pixels from 0 to ${HEADER_TOP_MAX}`);
  return 0;
}
