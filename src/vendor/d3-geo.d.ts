/**
 * The parts of d3-geo that d3GeoStandIn.ts passes on to Plot, typed only as far as that
 * file and its test need (charts do not call d3-geo themselves), and the few the locator
 * map's build step projects with (scripts/geography/, in Node only).
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

  /** A projection, as far as scripts/geography/ uses one. */
  interface GeoProjection {
    (point: [number, number]): [number, number] | null;
    stream: StreamWrapper;
    parallels(parallels: [number, number]): this;
    rotate(angles: [number, number]): this;
    fitWidth(width: number, object: object): this;
    clipExtent(extent: [[number, number], [number, number]]): this;
  }
  export function geoConicConformal(): GeoProjection;
  export function geoContains(object: object, point: [number, number]): boolean;
}
