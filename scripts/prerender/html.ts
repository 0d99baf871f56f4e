import { escapeHtml } from "../../src/escapeHtml.ts";

/** Escapes text for HTML content and attribute values. */
export const esc = escapeHtml;

/** Joins the parts of a template, dropping empty ones. */
export function html(parts: (string | false | null | undefined)[]): string {
  return parts.filter(Boolean).join("\n");
}
