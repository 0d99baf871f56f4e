import { EXPLORE, EXPLORE_LIVE } from "../pageContract.ts";
import { dayFromHash, dayHash } from "./dayHash.ts";

export interface ExploreOptions {
  /** Whether the address follows the day (`#explore-<date>`): the story page's, not an embed's. */
  keepHash?: boolean;
  /** The day to open at, where the address does not say (an embed's `?day=`). */
  day?: string | null;
}

/**
 * Starts the explore section when the reader nears it (a screen's height before it comes
 * into view), or at once when the address links to one of its days (`#explore-<date>`),
 * which it then opens at, or in an embed, which is the section alone. Its code and charts
 * load only then (a dynamic import), so the story's first load carries none of it.
 */
export function watchExplore(root: ParentNode = document, options: ExploreOptions = {}): void {
  const section = root.querySelector<HTMLElement>(EXPLORE.selector);
  if (!section) return;
  const keepHash = options.keepHash ?? true;
  const linked = keepHash
    ? dayFromHash(window.location.hash)
    : options.day
      ? dayFromHash(dayHash(options.day))
      : null;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    near.disconnect();
    import("./exploreLive.ts")
      .then(({ startExplore }) => startExplore(section, linked, keepHash))
      .catch(() => EXPLORE_LIVE.set(section, "error"));
  };
  const near = new IntersectionObserver(
    (entries) => {
      if (entries.some((e) => e.isIntersecting)) start();
    },
    { rootMargin: "100% 0px" },
  );
  near.observe(section);
  if (linked && keepHash) section.scrollIntoView({ block: "start" });
  if (linked || !keepHash) start();
}
