import { LANGUAGE_SWITCH } from "../pageContract.ts";
import { whenScrollSettles } from "./settle.ts";

/** A page's address at a beat: `ar/` and "the-dead" → `ar/#the-dead`. */
export const atBeat = (href: string, beatId: string) => `${href.split("#")[0]}#${beatId}`;

/** Whether any of `links` is on screen, as an IntersectionObserver last reported it. */
function watchInView(links: readonly Element[]): () => boolean {
  if (links.length === 0 || typeof IntersectionObserver !== "function") return () => false;
  const seen = new Set<Element>();
  const observer = new IntersectionObserver((entries) => {
    for (const e of entries) {
      if (e.isIntersecting) seen.add(e.target);
      else seen.delete(e.target);
    }
  });
  for (const a of links) observer.observe(a);
  return () => seen.size > 0;
}

/**
 * Keeps the links to the other editions on the beat being read, so a reader who switches
 * language lands where they were (the beats' ids are the same in every edition). The links
 * are in the masthead, so the reader scrolls up to reach them, past other beats: a link
 * takes the active beat only once scrolling settles with the link off screen, and keeps the
 * beat read last while it is on screen. Without script, the links go to the other
 * edition's top.
 */
export function keepLanguageSwitchAtBeat(doc: Document) {
  const links = [...doc.querySelectorAll<HTMLAnchorElement>(LANGUAGE_SWITCH.selector)];
  const plain = links.map((a) => a.getAttribute("href") ?? "");
  const inView = watchInView(links);
  let reading: string | null = null;
  const settle = whenScrollSettles(() => {
    if (reading === null || inView()) return;
    for (const [i, a] of links.entries()) a.setAttribute("href", atBeat(plain[i] ?? "", reading));
  });
  return (beatId: string) => {
    if (links.length === 0) return;
    reading = beatId;
    settle.wait();
  };
}
