const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text made safe for HTML content and attribute values: the build's and the browser's. */
export const escapeHtml = (value: string | number): string =>
  String(value).replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

/**
 * An address in an attribute: `&` stays `&` (valid HTML, where no `name;` follows it), so
 * an address copied from a snippet works as it is; anything else is escaped.
 */
export const escapeAddress = (value: string): string =>
  value.replace(/&(?=\w+;)|[<>"']/g, (c) => ESCAPES[c] ?? c);
