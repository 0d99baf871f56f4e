import { LANGUAGE_SWITCH } from "../pageContract.ts";

/** A page's address at a beat: `ar/` and "the-dead" → `ar/#the-dead`. */
export const atBeat = (href: string, beatId: string) => `${href.split("#")[0]}#${beatId}`;

/**
 * Keeps the links to the other editions on the active beat, so a reader who switches
 * language lands where they were (the beats' ids are the same in every edition). Without
 * script, the links go to the other edition's top.
 */
export function keepLanguageSwitchAtBeat(doc: Document) {
  const links = [...doc.querySelectorAll<HTMLAnchorElement>(LANGUAGE_SWITCH.selector)];
  const plain = links.map((a) => a.getAttribute("href") ?? "");
  return (beatId: string) => {
    for (const [i, a] of links.entries()) a.setAttribute("href", atBeat(plain[i] ?? "", beatId));
  };
}
