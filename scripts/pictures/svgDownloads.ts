import { createHash } from "node:crypto";
import type { ChartRecords, GraphicDefinition, GraphicState } from "../../src/charts/types.ts";
import { DOWNLOADS_DIR } from "./downloadsDir.ts";
import { withEmbeddedFaces } from "./embeddedFaces.ts";
import { PICTURE_SCALE, type PictureCopy, pictureSvg } from "./picture.ts";
import { PICTURE_LAYOUTS, type PictureUse, WIDE_PICTURE } from "./pictureLayouts.ts";

/** One SVG picture to download: what it is laid out for, its path and size in px. */
export interface SvgDownload {
  use: PictureUse;
  path: string;
  width: number;
  height: number;
}

/**
 * A graphic state's picture as SVG files, one per layout (phone, column, wide): the same
 * composition as its PNG (title, date, chart, credit), the wide one the very picture the
 * PNG is drawn from, each with its faces inside. `wide` is that picture, if drawn already.
 */
export function svgDownloads(
  definition: GraphicDefinition,
  records: ChartRecords,
  state: GraphicState,
  copy: PictureCopy,
  wide?: ReturnType<typeof pictureSvg>,
): { entries: SvgDownload[]; files: Map<string, string> } {
  const files = new Map<string, string>();
  const entries = PICTURE_LAYOUTS.map((layout) => {
    const drawn =
      layout === WIDE_PICTURE && wide ? wide : pictureSvg(definition, records, state, copy, layout);
    const svg = withEmbeddedFaces(drawn.svg);
    const hash = createHash("sha256").update(svg).digest("hex").slice(0, 10);
    const path = `${DOWNLOADS_DIR}/${definition.name}-${state.state}-${layout.use}-${hash}.svg`;
    files.set(path, svg);
    return { use: layout.use, path, width: layout.width, height: drawn.height / PICTURE_SCALE };
  });
  return { entries, files };
}
