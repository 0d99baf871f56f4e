import { escapeHtml } from "./escapeHtml.ts";

/**
 * Markup that is already safe to write into a page: made by `html` (every value in it
 * escaped) or, for trusted markup built elsewhere (a drawing, a script), marked by `raw`.
 * Its text is the markup; it also reads as its text in a plain template string.
 */
export class SafeHtml {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

/** A value `html` may interpolate: text and numbers are escaped, safe markup is kept. */
export type HtmlValue =
  | SafeHtml
  | string
  | number
  | false
  | null
  | undefined
  | readonly HtmlValue[];

/** Trusted markup, written as it is: only for markup the build made itself. */
export const raw = (markup: string): SafeHtml => new SafeHtml(markup);

/** A value as markup: `false`, `null` and `undefined` write nothing, arrays are joined. */
function markup(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.text;
  if (Array.isArray(value)) return value.map(markup).join("");
  if (value === false || value === null || value === undefined) return "";
  return escapeHtml(value as string | number);
}

/**
 * HTML with every interpolated value escaped, unless it is already safe (`html` itself or
 * `raw`): an unescaped value cannot be written by mistake.
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let text = strings[0] ?? "";
  values.forEach((value, i) => {
    text += markup(value) + (strings[i + 1] ?? "");
  });
  return new SafeHtml(text);
}

/** Safe parts joined by a separator (a newline between a page's lines), empty ones dropped. */
export function joinHtml(parts: readonly HtmlValue[], separator = "\n"): SafeHtml {
  return raw(parts.map(markup).filter(Boolean).join(separator));
}
