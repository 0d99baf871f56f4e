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

/** `_headers` for hosts that read it (Netlify, Cloudflare Pages): the policy on every path. */
export function headersFile(): string {
  return `/*\n  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}\n`;
}
