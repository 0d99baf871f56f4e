import { NO_SPACING, type TextSpacing } from "./measure.ts";

/**
 * The letter and word spacing a reader's style puts on the chart's text (WCAG 1.4.12), in
 * ems of the element's own size: a style such as the standard test's
 * `* { letter-spacing: 0.12em }` sets each text element's spacing by its own size.
 */
export function readTextSpacing(el: Element): TextSpacing {
  const style = getComputedStyle(el);
  const size = Number.parseFloat(style.fontSize);
  const ems = (value: string) => {
    const px = Number.parseFloat(value);
    return Number.isFinite(px) && size > 0 ? Math.max(0, px / size) : 0;
  };
  const spacing = { letter: ems(style.letterSpacing), word: ems(style.wordSpacing) };
  return spacing.letter === 0 && spacing.word === 0 ? NO_SPACING : spacing;
}

export const sameSpacing = (a: TextSpacing, b: TextSpacing) =>
  Math.abs(a.letter - b.letter) < 0.001 && Math.abs(a.word - b.word) < 0.001;

/**
 * Calls `changed` when a style may have been added or changed: a stylesheet put into or
 * edited in the head (as text-spacing bookmarklets and extensions do), or a class or style
 * set on the root or body. The caller reads the spacing again and redraws if it differs.
 */
export function watchStyles(changed: () => void): () => void {
  const observer = new MutationObserver(changed);
  observer.observe(document.head, { childList: true, subtree: true, characterData: true });
  for (const el of [document.documentElement, document.body]) {
    observer.observe(el, { attributes: true, attributeFilter: ["style", "class"] });
  }
  return () => observer.disconnect();
}
