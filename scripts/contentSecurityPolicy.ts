import { DOWNLOADS_DIR } from "./pictures/downloadsDir.ts";

/**
 * The policy the story runs under, as a newsroom's platform would set it: nothing inline
 * but styles (Plot sets `style` attributes on its drawings), nothing from another origin.
 * The build writes it for static hosts (`_headers`); the browser tests serve it.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
].join("; ");

/**
 * The policy for the pictures editors download, opened on their own: an SVG whose faces
 * travel inside it as data (`scripts/pictures/embeddedFaces.ts`), and nothing else loads.
 */
export const DOWNLOADS_POLICY = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  "font-src data:",
  "img-src data:",
].join("; ");

/**
 * `_headers` for hosts that read it (Netlify, Cloudflare Pages): the policy on every path,
 * and after it the downloads' own, which a host that lets a later rule's header replace an
 * earlier one's (Netlify) serves for them; one that sends both (Cloudflare) enforces both,
 * and the SVGs opened from it draw in a fallback face (a downloaded file is not affected).
 */
export function headersFile(): string {
  return [
    `/*\n  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}`,
    `/${DOWNLOADS_DIR}/*\n  Content-Security-Policy: ${DOWNLOADS_POLICY}`,
    "",
  ].join("\n");
}
