import { createHash } from "node:crypto";
import { BACKGROUND, THEME } from "../../src/pageContract.ts";

/**
 * Sets what a host asks of the frame's look before its first paint, so a dark host page
 * never flashes a light frame: `?theme=light|dark` (anything else, or `auto`, leaves the
 * reader's own setting) and `?background=transparent` (the host's paper shows through).
 * A classic script of its own, not inline, for a policy of `script-src 'self'`; the
 * embed's module script reports anything it does not know. An address copied out of HTML
 * source keeps `&amp;` for `&`: read as `&`.
 */
const SOURCE =
  'var q=new URLSearchParams(location.search.replace(/([?&])(amp;)+/g,"$1")),' +
  'r=document.documentElement,t=q.get("theme");' +
  `if(t==="light"||t==="dark")r.setAttribute("${THEME.name}",t);` +
  `if(q.get("background")==="transparent")r.setAttribute("${BACKGROUND.name}","transparent");\n`;

export function themeScript() {
  const hash = createHash("sha256").update(SOURCE).digest("hex").slice(0, 10);
  return { path: `assets/embed-theme-${hash}.js`, source: SOURCE };
}

/**
 * A framed page's colour tokens for each theme, as CSS: the light ones, the dark ones where
 * the host forces dark (`THEME`, set by the theme script) or, when it forces nothing,
 * where the reader's system is dark; and no paper of its own where the host asks for a
 * transparent background. `color-scheme` follows the theme: a browser lets the host's
 * page show through a frame only when the two schemes agree.
 */
export function themeCss(light: readonly string[], dark: readonly string[]): string {
  const rule = (vars: readonly string[], scheme: string) =>
    `${vars.join(";")};color-scheme:${scheme}`;
  return [
    `:root{${rule(light, "light")}}`,
    `:root[${THEME.name}=dark]{${rule(dark, "dark")}}`,
    `@media (prefers-color-scheme: dark){:root:not([${THEME.name}=light]){${rule(dark, "dark")}}}`,
    `:root[${BACKGROUND.name}=transparent],:root[${BACKGROUND.name}=transparent] body{background:transparent}`,
  ].join("");
}
