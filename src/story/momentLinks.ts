import { BEAT_ANCHOR } from "../pageContract.ts";
/**
 * "Link to this moment" points at the moment's share page: what a reader copies or shares
 * (its preview shows the beat's picture) and what a crawler follows. A plain click in the
 * story stays on the page instead, going to the beat as an in-page anchor would and
 * putting `#<beat>` in the address bar. A click with a modifier (a new tab, a download) is
 * the browser's.
 */
export function keepMomentLinksInPage(doc: Document): void {
  doc.addEventListener("click", (event) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>(
      `a${BEAT_ANCHOR.selector}`,
    );
    const beat = link ? BEAT_ANCHOR.read(link) : undefined;
    if (!beat) return;
    event.preventDefault();
    window.location.hash = beat;
  });
}
