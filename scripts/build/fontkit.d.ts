// The little of fontkit (a dev dependency, build time only) that the metrics generator uses.
declare module "fontkit" {
  interface GlyphPosition {
    xAdvance: number;
  }
  interface GlyphRun {
    positions: GlyphPosition[];
  }
  interface Font {
    unitsPerEm: number;
    hasGlyphForCodePoint(codePoint: number): boolean;
    layout(text: string): GlyphRun;
  }
  export function create(buffer: Uint8Array): Font;
}
