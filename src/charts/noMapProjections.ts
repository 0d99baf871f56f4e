import { unavailable } from "./unavailable.ts";

/**
 * Stands in for d3-geo in the build (vite.config.ts). Observable Plot imports every map
 * projection d3-geo has and picks one by name as it draws, so the bundler cannot drop any:
 * 5.5 kB of gzipped code for a story that projects no part of the globe. The district map
 * is drawn in screen coordinates with Plot's "identity" projection, which needs only
 * d3-geo's planar parts: the GeoJSON stream, point transforms, the path generator and the
 * clip to the frame. Those are d3-geo's own, passed on; everything else Plot imports
 * throws, naming itself (unavailable.ts).
 */
export { geoClipRectangle, geoPath, geoStream, geoTransform } from "d3-geo";

const noGeo =
  (name: string) =>
  (..._args: unknown[]): never =>
    unavailable(
      `d3-geo's ${name}`,
      'charts here draw no maps with projections (the district map is drawn in screen coordinates, projection "identity")',
    );

export const geoAlbers = noGeo("geoAlbers");
export const geoAlbersUsa = noGeo("geoAlbersUsa");
export const geoAzimuthalEqualArea = noGeo("geoAzimuthalEqualArea");
export const geoAzimuthalEquidistant = noGeo("geoAzimuthalEquidistant");
export const geoCentroid = noGeo("geoCentroid");
export const geoConicConformal = noGeo("geoConicConformal");
export const geoConicEqualArea = noGeo("geoConicEqualArea");
export const geoConicEquidistant = noGeo("geoConicEquidistant");
export const geoEqualEarth = noGeo("geoEqualEarth");
export const geoEquirectangular = noGeo("geoEquirectangular");
export const geoGnomonic = noGeo("geoGnomonic");
export const geoGraticule10 = noGeo("geoGraticule10");
export const geoMercator = noGeo("geoMercator");
export const geoOrthographic = noGeo("geoOrthographic");
export const geoStereographic = noGeo("geoStereographic");
export const geoTransverseMercator = noGeo("geoTransverseMercator");
