import { escapeHtml } from "../../src/escapeHtml.ts";
import { type HtmlValue, joinHtml, type SafeHtml } from "../../src/html.ts";

export { type HtmlValue, html, raw, SafeHtml } from "../../src/html.ts";

/** Escapes text for HTML content and attribute values (SVG text: `scripts/pictures`). */
export const esc = escapeHtml;

/** A page's lines, one to a line (or `separator` apart), empty ones dropped; text escaped. */
export const lines = (parts: readonly HtmlValue[], separator = "\n"): SafeHtml =>
  joinHtml(parts, separator);
