import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { PICTURE_ARABIC_SANS, PICTURE_ARABIC_SERIF, PICTURE_SANS, PICTURE_SERIF } from "./fonts.ts";

const require = createRequire(import.meta.url);

interface Face {
  family: string;
  weight: 400 | 600 | 700;
  file: string;
}

/**
 * The page's own faces (Latin subset, woff2), for an SVG a browser or an editor's program
 * opens on its own: it cannot fetch the page's fonts, so they travel inside it. (resvg
 * reads no woff2: the PNG is drawn from the static TTFs of `fonts.ts`, the same faces.)
 */
const FACES: readonly Face[] = [
  { family: PICTURE_SANS, weight: 400, file: "source-sans-3/files/source-sans-3-latin-400-normal" },
  { family: PICTURE_SANS, weight: 600, file: "source-sans-3/files/source-sans-3-latin-600-normal" },
  { family: PICTURE_SANS, weight: 700, file: "source-sans-3/files/source-sans-3-latin-700-normal" },
  {
    family: PICTURE_SERIF,
    weight: 400,
    file: "source-serif-4/files/source-serif-4-latin-400-normal",
  },
  // The Arabic edition's (Arabic subsets), for its pictures only: named nowhere else.
  ...([400, 600, 700] as const).map((weight) => ({
    family: PICTURE_ARABIC_SANS,
    weight,
    file: `noto-sans-arabic/files/noto-sans-arabic-arabic-${weight}-normal`,
  })),
  {
    family: PICTURE_ARABIC_SERIF,
    weight: 400,
    file: "noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal",
  },
];

/** The sans faces, whose weights follow the text's; the others are embedded where named. */
const SANS = new Set([PICTURE_SANS, PICTURE_ARABIC_SANS]);

const dataUrls = new Map<string, string>();
function dataUrl(face: Face): string {
  let url = dataUrls.get(face.file);
  if (!url) {
    const bytes = readFileSync(require.resolve(`@fontsource/${face.file}.woff2`));
    url = `data:font/woff2;base64,${bytes.toString("base64")}`;
    dataUrls.set(face.file, url);
  }
  return url;
}

/** The weights an SVG asks for, as attributes or styles; 400 is always among them. */
export function weightsUsed(svg: string): Set<number> {
  const named: Record<string, number> = { normal: 400, bold: 700 };
  const weights = new Set([400]);
  for (const [, value] of svg.matchAll(/font-weight(?:="|:\s*)(\d{3}|normal|bold)/g)) {
    weights.add(named[value as string] ?? Number(value));
  }
  return weights;
}

/**
 * The faces an SVG's text is set in: the sans at the weights it uses, the serif if named;
 * the Arabic faces only where the SVG names them (the Arabic edition's pictures).
 */
export function facesUsed(svg: string): Face[] {
  const weights = weightsUsed(svg);
  return FACES.filter((f) =>
    f.family === PICTURE_SANS
      ? weights.has(f.weight)
      : SANS.has(f.family)
        ? svg.includes(f.family) && weights.has(f.weight)
        : svg.includes(f.family),
  );
}

/**
 * The SVG with the faces its text is set in embedded as `@font-face` data, so it draws in
 * the story's type wherever it is opened, not in a fallback.
 */
export function withEmbeddedFaces(svg: string): string {
  const rules = facesUsed(svg).map(
    (f) =>
      `@font-face{font-family:"${f.family}";font-style:normal;font-weight:${f.weight};src:url(${dataUrl(f)}) format("woff2")}`,
  );
  return svg.replace(/^(<svg\b[^>]*>)/, `$1<defs><style>${rules.join("")}</style></defs>`);
}
