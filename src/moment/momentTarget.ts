/**
 * Where a share card page sends a reader whose browser runs its script: the story, at the
 * beat. The story's address is resolved against the page's own, so a copy served from any
 * origin (a staging host, a mirror) keeps its readers there. Undefined, and the reader stays
 * with the page's visible link, when the page does not name both or names another origin.
 */
export function momentTarget(
  pageUrl: string,
  beat: string | undefined,
  story: string | undefined,
): string | undefined {
  if (!beat || !story) return undefined;
  const target = new URL(story, pageUrl);
  if (target.origin !== new URL(pageUrl).origin) return undefined;
  target.hash = beat;
  return target.href;
}
