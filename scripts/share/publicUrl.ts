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
