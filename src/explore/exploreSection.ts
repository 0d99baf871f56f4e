import { EXPLORE, EXPLORE_LIVE } from "../pageContract.ts";
import { dayFromHash } from "./dayHash.ts";

/**
 * Starts the explore section when the reader nears it (a screen's height before it comes
 * into view), or at once when the address links to one of its days (`#explore-<date>`),
 * which it then opens at. Its code and charts load only then (a dynamic import), so the
 * story's first load carries none of it.
 */
export function watchExplore(root: ParentNode = document, keepHash = true): void {
  const section = root.querySelector<HTMLElement>(EXPLORE.selector);
  if (!section) return;
  const linked = keepHash ? dayFromHash(window.location.hash) : null;
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
  if (linked) {
    section.scrollIntoView({ block: "start" });
    start();
  }
}
