import { parseHTML } from "linkedom";
import { measure } from "../../../src/charts/measure.ts";
import { textWidth } from "../../../src/charts/textMetrics.ts";

/** A box in the drawing's pixels. */
export interface Extent {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** What a drawing puts on its frame: the box round its marks and text, and its text sizes. */
export interface DrawnArea {
  box: Extent | undefined;
  /** Every piece of text with the size it is drawn at, in px, and its box. */
  texts: { text: string; fontSize: number; box: Extent }[];
}

// Gridlines span the frame whatever the data: they are the frame's furniture, not a mark.
const FURNITURE = /^(x|y|fx|fy)-grid$/;

type El = Element & { children: HTMLCollection };

/**
 * Measures an SVG as Plot writes it: only translate transforms, text placed by its anchor
 * read in its direction (the SVG's `direction`, else `pageDir`, the page's it inherits),
 * `y`/`dy` in em and lines in tspans; glyph boxes from Source Sans 3's letter widths. Paths
 * count every point they pass through (an arc's end with its radius round it).
 */
export function drawnArea(svg: string, pageDir: "ltr" | "rtl" = "ltr"): DrawnArea {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  const root = document.querySelector("svg") as unknown as El;
  const boxes: Extent[] = [];
  const texts: DrawnArea["texts"] = [];
  const walk = (el: El, dx: number, dy: number) => {
    if (FURNITURE.test(el.getAttribute("data-mark") ?? "")) return;
    if (el.tagName.toLowerCase() === "style") return;
    const [tx, ty] = translate(el.getAttribute("transform"));
    const x = dx + tx;
    const y = dy + ty;
    const tag = el.tagName.toLowerCase();
    if (tag === "text") {
      const drawn = textBoxes(el, x, y, pageDir);
      boxes.push(...drawn.boxes);
      texts.push(...drawn.texts);
      return;
    }
    boxes.push(...shapeBoxes(el, tag, x, y));
    for (const child of Array.from(el.children)) walk(child as El, x, y);
  };
  walk(root, 0, 0);
  return { box: union(boxes), texts };
}

function translate(transform: string | null): [number, number] {
  const m = transform?.match(/translate\(\s*([-\d.e]+)[\s,]+([-\d.e]+)\s*\)/);
  return m ? [Number(m[1]), Number(m[2])] : [0, 0];
}

const num = (el: Element, name: string) => Number(el.getAttribute(name) ?? 0);

function shapeBoxes(el: Element, tag: string, x: number, y: number): Extent[] {
  if (tag === "line")
    return [box([x + num(el, "x1"), x + num(el, "x2")], [y + num(el, "y1"), y + num(el, "y2")])];
  if (tag === "rect")
    return [
      box(
        [x + num(el, "x"), x + num(el, "x") + num(el, "width")],
        [y + num(el, "y"), y + num(el, "y") + num(el, "height")],
      ),
    ];
  if (tag === "circle") {
    const [cx, cy, r] = [x + num(el, "cx"), y + num(el, "cy"), num(el, "r")];
    return [box([cx - r, cx + r], [cy - r, cy + r])];
  }
  if (tag === "path") return pathBoxes(el.getAttribute("d") ?? "", x, y);
  return [];
}

function box(xs: number[], ys: number[]): Extent {
  return { x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) };
}

/** The points of a path (absolute commands, as d3-path writes them), each arc's end padded by its radius. */
function pathBoxes(d: string, x: number, y: number): Extent[] {
  const out: Extent[] = [];
  for (const [, command, args] of d.matchAll(/([MLHVCSQTAZ])([^MLHVCSQTAZ]*)/gi)) {
    const n = (args?.match(/-?[\d.]+(?:e-?\d+)?/g) ?? []).map(Number);
    const c = (command ?? "").toUpperCase();
    if (c === "A") {
      for (let i = 0; i + 6 < n.length; i += 7) {
        const [rx, ry, ex, ey] = [n[i] ?? 0, n[i + 1] ?? 0, n[i + 5] ?? 0, n[i + 6] ?? 0];
        out.push(box([x + ex - rx, x + ex + rx], [y + ey - ry, y + ey + ry]));
      }
    } else if (c !== "H" && c !== "V" && c !== "Z") {
      for (let i = 0; i + 1 < n.length; i += 2)
        out.push(box([x + (n[i] ?? 0)], [y + (n[i + 1] ?? 0)]));
    }
  }
  return out;
}

/** The size a text is drawn at: its own or its nearest ancestor's, a style before an attribute. */
function fontSizeOf(el: Element | null): number {
  for (let at = el; at; at = at.parentElement) {
    const style = at.getAttribute("style")?.match(/font-size:\s*([\d.]+)px/);
    if (style) return Number(style[1]);
    const attribute = at.getAttribute("font-size");
    if (attribute) return Number.parseFloat(attribute);
  }
  return 16;
}

function inherited(el: Element | null, name: string): string | undefined {
  for (let at = el; at; at = at.parentElement) {
    const value = at.getAttribute(name);
    if (value) return value;
  }
  return undefined;
}

const em = (value: string | null, size: number) =>
  value?.endsWith("em") ? Number.parseFloat(value) * size : Number(value ?? 0);

/**
 * A text's visual anchor: SVG's `text-anchor` reads in the text's direction (its own or an
 * ancestor's `direction`, else the page's), so right to left "start" is the right end.
 */
function visualAnchor(el: Element, pageDir: "ltr" | "rtl"): string {
  const anchor = inherited(el, "text-anchor") ?? "start";
  const rtl = (inherited(el, "direction") ?? pageDir) === "rtl";
  if (!rtl || anchor === "middle") return anchor;
  return anchor === "start" ? "end" : "start";
}

function textBoxes(el: El, x: number, y: number, pageDir: "ltr" | "rtl") {
  const size = fontSizeOf(el);
  const bold = /^(bold|[6-9]00)$/.test(inherited(el, "font-weight") ?? "");
  const anchor = visualAnchor(el, pageDir);
  const spans = el.children.length > 0 ? Array.from(el.children) : [el];
  let baseline = y + em(el.getAttribute("y"), size);
  const boxes: Extent[] = [];
  const texts: DrawnArea["texts"] = [];
  for (const span of spans) {
    if (span !== el)
      baseline = span.hasAttribute("y")
        ? y + em(span.getAttribute("y"), size)
        : baseline + em(span.getAttribute("dy"), size);
    const words = span.textContent ?? "";
    const w = textWidth(words, measure(size, undefined, bold ? 700 : 400));
    const left = anchor === "middle" ? x - w / 2 : anchor === "end" ? x - w : x;
    const box = { x0: left, x1: left + w, y0: baseline - 0.75 * size, y1: baseline + 0.25 * size };
    boxes.push(box);
    texts.push({ text: words, fontSize: size, box });
  }
  return { boxes, texts };
}

function union(boxes: Extent[]): Extent | undefined {
  if (boxes.length === 0) return undefined;
  return {
    x0: Math.min(...boxes.map((b) => b.x0)),
    y0: Math.min(...boxes.map((b) => b.y0)),
    x1: Math.max(...boxes.map((b) => b.x1)),
    y1: Math.max(...boxes.map((b) => b.y1)),
  };
}
