import { parseHTML } from "linkedom";
import { PICTURE_ARABIC_SANS } from "./fonts.ts";

/** Directional marks resvg draws right: a right-to-left mark, a left-to-right mark. */
const RLM = "\u200f";
const LRM = "\u200e";
/** The isolates (LRI, RLI, FSI, PDI) the editions put round ranges for the browser. */
const ISOLATES = /[\u2066-\u2069]/g;
const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/;

/**
 * A chart's drawing as resvg must be given it. A left-to-right drawing passes unchanged.
 * resvg ignores `direction`: it anchors every text as if left to right and orders each line
 * from a left-to-right paragraph. So in a right-to-left drawing each `text-anchor` goes back
 * to its visual edge (start and end swap back, as `directSvg` swapped them) and the
 * attribute is dropped; each line of Arabic opens and closes with a right-to-left mark
 * (U+200F), which gives its paragraph the right direction ("15 ت2" with the day on the
 * right) and keeps a closing figure's "+" beside it ("أكثر من 34,000+"); the isolates
 * round a range, which resvg does not honour, become left-to-right marks; and a text of
 * several lines (Plot's tspans) becomes one text per line, since resvg reorders a text's
 * lines together and prints them over one another. The Arabic face is named first (resvg
 * picks one face for a run, and a Latin face's bold leaves Arabic letters as boxes).
 */
export function rtlForResvg(svg: string): string {
  if (!/^<svg\b[^>]*\bdirection="rtl"/.test(svg)) return svg;
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  const root = document.querySelector("svg") as unknown as Element;
  root.removeAttribute("direction");
  const style = root.getAttribute("style") ?? "";
  root.setAttribute(
    "style",
    style.replace(/font-family:/, `font-family:"${PICTURE_ARABIC_SANS}", `),
  );
  for (const el of [root, ...root.querySelectorAll("[text-anchor]")]) {
    const anchor = el.getAttribute("text-anchor");
    if (anchor === "start" || anchor === "end")
      el.setAttribute("text-anchor", anchor === "start" ? "end" : "start");
  }
  for (const text of [...root.querySelectorAll("text")]) oneTextPerLine(text);
  for (const text of [...root.querySelectorAll("text")]) text.textContent = line(text.textContent);
  return root.outerHTML;
}

/** A line as resvg orders it right: its isolates as marks, an Arabic line marked RTL. */
function line(content: string | null): string {
  const text = (content ?? "").replace(ISOLATES, LRM);
  return ARABIC.test(text) ? `${RLM}${text}${RLM}` : text;
}

/** Plot's tspans (x="0", a first y and then dy, in em) as texts of their own. */
function oneTextPerLine(text: Element): void {
  const spans = [...text.children].filter((c) => c.localName === "tspan");
  if (spans.length === 0) return;
  let y = 0;
  for (const span of spans) {
    const at = span.getAttribute("y");
    y = at !== null ? em(at) : y + em(span.getAttribute("dy") ?? "0");
    const own = text.cloneNode(false) as Element;
    own.setAttribute("y", `${Math.round(y * 100) / 100}em`);
    const x = span.getAttribute("x");
    if (x !== null && x !== "0") own.setAttribute("x", x);
    own.textContent = span.textContent;
    text.before(own);
  }
  text.remove();
}

function em(value: string): number {
  if (!value.endsWith("em")) throw new Error(`rtlForResvg: a tspan offset not in em: ${value}`);
  return Number.parseFloat(value);
}
