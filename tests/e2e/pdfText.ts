/**
 * The text of a PDF that Chromium printed (Skia's PDF writer), in reading order, with no
 * library: nothing in the project reads PDFs, and the few things these PDFs use are simple.
 * Skia writes every object uncompressed but its streams (Flate), names each font by its
 * object (`/F12` is object 12) with a `/ToUnicode` map, draws glyphs with `Tj`/`TJ`, gives
 * a cluster's characters as `/Span <</ActualText …>> BDC … EMC` where glyphs do not map one
 * to one (Arabic letters in their joined forms, marks), and wraps a right-to-left run,
 * drawn in visual order, in `/ReversedChars BMC … EMC`. This reads exactly that: each page's
 * content stream, fonts through their maps, ActualText in place of the glyphs it covers,
 * reversed runs turned back to logical order, a line break at each text object's end.
 * Form XObjects (the SVG pictures' own text) are not read: the story's text is on the page.
 */
import { inflateSync } from "node:zlib";

type CMap = { bytes: number; map: Map<number, string> };

/** Every `n 0 obj … endobj` of the file, by number, as latin1 text (streams raw). */
function objects(pdf: Buffer): Map<number, { text: string; start: number }> {
  const source = pdf.toString("latin1");
  const found = new Map<number, { text: string; start: number }>();
  for (const m of source.matchAll(/(\d+) 0 obj\b([\s\S]*?)endobj/g)) {
    found.set(Number(m[1]), { text: m[2] ?? "", start: (m.index ?? 0) + m[0].indexOf("obj") + 3 });
  }
  return found;
}

/** An object's stream, inflated. */
function stream(pdf: Buffer, object: { text: string; start: number }): string {
  const at = object.text.indexOf("stream");
  const length = /\/Length (\d+)/.exec(object.text.slice(0, at));
  let begin = object.start + at + "stream".length;
  if (pdf[begin] === 0x0d) begin++;
  if (pdf[begin] === 0x0a) begin++;
  const raw = pdf.subarray(begin, begin + Number(length?.[1] ?? 0));
  return /\/FlateDecode/.test(object.text.slice(0, at))
    ? inflateSync(raw).toString("latin1")
    : raw.toString("latin1");
}

const utf16 = (hex: string) => Buffer.from(hex, "hex").swap16().toString("utf16le");

/** A `/ToUnicode` CMap: code → text, and how many bytes a code takes. */
function parseCMap(text: string): CMap {
  const range = /begincodespacerange\s*<([0-9A-Fa-f]+)>/.exec(text);
  const map = new Map<number, string>();
  for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, to] of (block[1] ?? "").matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>/g)) {
      map.set(Number.parseInt(code ?? "0", 16), utf16(to ?? ""));
    }
  }
  for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, to] of (block[1] ?? "").matchAll(
      /<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g,
    )) {
      const first = Number.parseInt(lo ?? "0", 16);
      const base = Number.parseInt(to ?? "0", 16);
      for (let code = first; code <= Number.parseInt(hi ?? "0", 16); code++) {
        map.set(code, String.fromCodePoint(base + code - first));
      }
    }
  }
  return { bytes: (range?.[1]?.length ?? 4) / 2, map };
}

/** Every font the file names, by its resource name: `F12` → its ToUnicode map. */
function fonts(pdf: Buffer, objs: ReturnType<typeof objects>): Map<string, CMap> {
  const found = new Map<string, CMap>();
  for (const { text } of objs.values()) {
    for (const dict of text.matchAll(/\/Font\s*<<([^>]*)>>/g)) {
      for (const [, name, ref] of (dict[1] ?? "").matchAll(/\/(\w+)\s+(\d+) 0 R/g)) {
        const font = objs.get(Number(ref))?.text ?? "";
        const unicode = /\/ToUnicode (\d+) 0 R/.exec(font)?.[1];
        const cmap = unicode && objs.get(Number(unicode));
        if (name && cmap) found.set(name, parseCMap(stream(pdf, cmap)));
      }
    }
  }
  return found;
}

/** A PDF string operand's bytes: `<hex>` or `(literal)`. */
function stringBytes(token: string): number[] {
  if (token.startsWith("<")) {
    const hex = token.slice(1, -1).replace(/\s/g, "");
    return [...Buffer.from(hex.length % 2 ? `${hex}0` : hex, "hex")];
  }
  const body = token.slice(1, -1).replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, e: string) => {
    const named: Record<string, string> = { n: "\n", r: "\r", t: "\t", b: "\b", f: "\f" };
    return /^[0-7]/.test(e) ? String.fromCharCode(Number.parseInt(e, 8)) : (named[e] ?? e);
  });
  return [...Buffer.from(body, "latin1")];
}

const decode = (bytes: number[], cmap: CMap | undefined) => {
  if (!cmap) return "";
  let out = "";
  for (let i = 0; i + cmap.bytes <= bytes.length; i += cmap.bytes) {
    let code = 0;
    for (let b = 0; b < cmap.bytes; b++) code = code * 256 + (bytes[i + b] ?? 0);
    out += cmap.map.get(code) ?? "";
  }
  return out;
};

/** A PDF text string: UTF-16 after a byte order mark, else (near enough) latin1. */
const textString = (bytes: number[]) =>
  bytes[0] === 0xfe && bytes[1] === 0xff
    ? Buffer.from(bytes.slice(2)).swap16().toString("utf16le")
    : Buffer.from(bytes).toString("latin1");

const TOKEN = /\/[^\s/<>[\]()]+|<<|>>|<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\)|\[|\]|[^\s/<>[\]()]+/g;

/** One content stream's text, in reading order. */
function contentText(content: string, fontMap: Map<string, CMap>): string {
  // Marked-content sections: each collects its pieces, so a reversed run can be turned back.
  const stack: { pieces: string[]; actual?: string; reversed: boolean }[] = [
    { pieces: [], reversed: false },
  ];
  const top = () => stack[stack.length - 1] as (typeof stack)[number];
  const operands: string[] = [];
  let font: CMap | undefined;
  const show = (text: string) => {
    if (!stack.some((s) => s.actual !== undefined)) top().pieces.push(text);
  };
  for (const [token] of content.matchAll(TOKEN)) {
    if (/^[/<([\]]|^>>$|^-?[\d.]+$/.test(token) || token === "<<") {
      operands.push(token);
      continue;
    }
    if (token === "Tf") font = fontMap.get((operands.at(-2) ?? "").slice(1));
    else if (token === "Tj" || token === "'" || token === '"')
      show(decode(stringBytes(operands.at(-1) ?? "()"), font));
    else if (token === "TJ")
      show(
        operands
          .filter((o) => /^[<(]/.test(o) && o !== "<<")
          .map((o) => decode(stringBytes(o), font))
          .join(""),
      );
    else if (token === "BMC" || token === "BDC") {
      const actual = /\/ActualText\s*(<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\))/.exec(
        operands.join(" "),
      );
      const text = actual?.[1] === undefined ? undefined : textString(stringBytes(actual[1]));
      stack.push({
        pieces: [],
        reversed: operands.includes("/ReversedChars"),
        actual: text || undefined,
      });
    } else if (token === "EMC" && stack.length > 1) {
      const done = stack.pop() as (typeof stack)[number];
      const pieces = done.actual !== undefined ? [done.actual] : done.pieces;
      top().pieces.push(...(done.reversed ? [...pieces].reverse() : pieces));
    } else if (token === "ET") top().pieces.push("\n");
    operands.length = 0;
  }
  return stack.map((s) => s.pieces.join("")).join("");
}

/** The pages of a PDF, in order, each with its text. */
export function pdfPages(pdf: Buffer): string[] {
  const objs = objects(pdf);
  const fontMap = fonts(pdf, objs);
  const catalog = [...objs.values()].find((o) => /\/Type\s*\/Catalog/.test(o.text));
  const pages: string[] = [];
  const walk = (ref: number) => {
    const node = objs.get(ref);
    if (!node) return;
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(node.text);
    if (kids) for (const [, n] of (kids[1] ?? "").matchAll(/(\d+) 0 R/g)) walk(Number(n));
    else if (/\/Type\s*\/Page\b/.test(node.text)) {
      const refs = /\/Contents\s*(?:\[([^\]]*)\]|(\d+) 0 R)/.exec(node.text);
      const contents = [...(refs?.[1] ?? `${refs?.[2]} 0 R`).matchAll(/(\d+) 0 R/g)];
      pages.push(
        contents
          .map(([, n]) => objs.get(Number(n)))
          .map((o) => (o ? contentText(stream(pdf, o), fontMap) : ""))
          .join("\n"),
      );
    }
  };
  walk(Number(/\/Pages (\d+) 0 R/.exec(catalog?.text ?? "")?.[1]));
  return pages;
}
