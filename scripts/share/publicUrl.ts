import { inspect } from "node:util";

/** The one setting for where the story is published: the address of the folder `dist/` goes to. */
export const PUBLIC_URL_SETTING = "STORY_PUBLIC_URL";

/**
 * The story's public address from the environment, as a folder URL ending in "/", or
 * undefined when it is not set (then every share link is relative). Anything but an http(s)
 * address stops the build: a crawler could do nothing with it.
 */
export function publicUrl(env: Record<string, string | undefined> = process.env) {
  const value = env[PUBLIC_URL_SETTING]?.trim();
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${PUBLIC_URL_SETTING}="${value}" is not an address`);
  }
  if (!/^https?:$/.test(url.protocol))
    throw new Error(`${PUBLIC_URL_SETTING}="${value}" must start with http:// or https://`);
  url.search = "";
  url.hash = "";
  url.pathname = url.pathname.replace(/\/index\.html$/, "/").replace(/\/?$/, "/");
  return url.href;
}

/** A beat's share card page, relative to the story's folder. */
export const momentPath = (beatId: string) => `moments/${beatId}.html`;

/**
 * The address "Link to this moment" should offer: the beat's share card page, which shows
 * its picture in link previews and sends readers on to the story at the beat. Absolute
 * when the public address is known, else relative to the story page.
 */
export function momentUrl(beatId: string, base: string | undefined): string {
  return base ? new URL(momentPath(beatId), base).href : momentPath(beatId);
}

/** A path inside dist/, as a page at `from` (also inside dist/) must write it. */
export function addressFrom(from: string, path: string, base: string | undefined): string {
  if (base) return new URL(path, base).href;
  const depth = from.split("/").length - 1;
  return "../".repeat(depth) + path;
}

/** The setting that marks a build meant for publishing (`npm run build:publish` sets it). */
export const PUBLISH_SETTING = "STORY_PUBLISH";

/** The one line a publishing build refuses with when it has no public address. */
export const NO_PUBLIC_URL = `${PUBLIC_URL_SETTING} is not set: a publishing build needs the story's public address, e.g. ${PUBLIC_URL_SETTING}=https://example.org/aleppo/ npm run build:publish`;

/** Whether the build is meant for publishing: `STORY_PUBLISH=1`; unset, blank or 0, not. */
export function isPublishing(env: Record<string, string | undefined> = process.env): boolean {
  const value = env[PUBLISH_SETTING]?.trim() ?? "";
  if (value === "" || value === "0") return false;
  if (value === "1") return true;
  throw new Error(`${PUBLISH_SETTING}="${value}" must be 1 (a publishing build) or 0`);
}

/**
 * The public address a build writes its share tags with. A publishing build refuses to go
 * on without one, before it reads or writes anything: relative share tags are useless to
 * crawlers. Any other build may leave it unset (every address is then relative).
 */
export function buildPublicUrl(env: Record<string, string | undefined> = process.env) {
  const publishing = isPublishing(env);
  const base = publicUrl(env);
  if (!base && publishing) throw oneLineError(NO_PUBLIC_URL);
  return base;
}

/** An error Vite's report prints as its message alone: the line says everything, a stack
 * would bury it. */
function oneLineError(message: string): Error {
  return Object.assign(new Error(message), { [inspect.custom]: () => message });
}
