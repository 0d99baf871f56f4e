import { createHash } from "node:crypto";

/**
 * Sets the theme a host forces (`?theme=light|dark`) before the embed's first paint, so a
 * dark host page never flashes a light frame. A classic script of its own, not inline, for
 * a policy of `script-src 'self'`; any other value leaves the reader's own setting (the
 * embed's module script says so in the console).
 */
const SOURCE =
  'var t=new URLSearchParams(location.search).get("theme");' +
  'if(t==="light"||t==="dark")document.documentElement.setAttribute("data-theme",t);\n';

export function themeScript() {
  const hash = createHash("sha256").update(SOURCE).digest("hex").slice(0, 10);
  return { path: `assets/embed-theme-${hash}.js`, source: SOURCE };
}
