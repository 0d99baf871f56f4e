/**
 * The parts of d3-geo that d3GeoStandIn.ts passes on to Plot, typed only as far as that
 * file and its test need (charts do not call d3-geo themselves).
 */
declare module "d3-geo" {
  interface GeoStream {
    point(x: number, y: number, z?: number): void;
    lineStart(): void;
    lineEnd(): void;
    polygonStart(): void;
    polygonEnd(): void;
    sphere?(): void;
  }
  type StreamWrapper = (stream: GeoStream) => GeoStream;
  export function geoClipRectangle(x0: number, y0: number, x1: number, y1: number): StreamWrapper;
  export function geoPath(projection?: { stream: StreamWrapper } | null): {
    (object: object): string | null;
    pointRadius(radius: number): unknown;
    area(object: object): number;
    bounds(object: object): [[number, number], [number, number]];
  };
  export function geoStream(object: object, stream: GeoStream): void;
  export function geoTransform(methods: Partial<GeoStream>): { stream: StreamWrapper };
}
