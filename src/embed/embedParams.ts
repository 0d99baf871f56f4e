/** What the host may ask of an embed in its address. */
export interface EmbedParams {
  state: string;
  theme: "light" | "dark" | null;
  steps: boolean;
  /** The pym parent's id for this frame, or null when there is none (or it is malformed). */
  childId: string | null;
}

const THEMES = ["light", "dark"] as const;
/** pym names a frame after its container's id; anything else is not from a pym parent. */
const CHILD_ID = /^[A-Za-z][\w-]{0,63}$/;

/** A value from the address as the console may show it: quoted, and cut short. */
const quoted = (value: string) => JSON.stringify(value.slice(0, 40));

/**
 * Reads the embed's address strictly: each unknown or malformed value falls back to its
 * default, and the reasons come back for one warning. Nothing read here is ever markup:
 * a state is one of the graphic's own names or it is not used.
 */
export function embedParams(
  search: string,
  states: readonly string[],
): { params: EmbedParams; problems: string[] } {
  const query = new URLSearchParams(search);
  const problems: string[] = [];
  const read = (name: string) => query.get(name);

  const askedState = read("state");
  let state = states[0] ?? "";
  if (askedState !== null) {
    if (states.includes(askedState)) state = askedState;
    else problems.push(`state ${quoted(askedState)} is not one of ${states.join(", ")}`);
  }

  const askedTheme = read("theme");
  let theme: EmbedParams["theme"] = null;
  if (askedTheme !== null) {
    const known = THEMES.find((t) => t === askedTheme);
    if (known) theme = known;
    else problems.push(`theme ${quoted(askedTheme)} is not light or dark`);
  }

  const askedSteps = read("steps");
  let steps = true;
  if (askedSteps !== null) {
    if (askedSteps === "0" || askedSteps === "1") steps = askedSteps === "1";
    else problems.push(`steps ${quoted(askedSteps)} is not 0 or 1`);
  }

  const childId = readChildId(query, problems);
  return { params: { state, theme, steps, childId }, problems };
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
