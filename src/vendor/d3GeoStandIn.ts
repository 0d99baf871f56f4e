import { unavailable } from "./unavailable.ts";

/**
 * Stands in for d3-geo in the build (vite.config.ts). Observable Plot imports every map
 * projection d3-geo has and picks one by name as it draws, so the bundler cannot drop any:
 * 5.5 kB of gzipped code for a story that projects no part of the globe. The district map
 * is drawn in screen coordinates with Plot's "identity" projection, which needs only
 * d3-geo's planar parts: the GeoJSON stream, point transforms, the path generator and the
 * clip to the frame. Those are d3-geo's own, passed on; every other name d3-geo exports is
 * here too, so the d3 bundle offers the same names as with the real module
 * (tests/unit/vendor/exportLists.test.ts), and throws, naming itself (unavailable.ts).
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
export const geoArea = noGeo("geoArea");
export const geoAzimuthalEqualArea = noGeo("geoAzimuthalEqualArea");
export const geoAzimuthalEqualAreaRaw = noGeo("geoAzimuthalEqualAreaRaw");
export const geoAzimuthalEquidistant = noGeo("geoAzimuthalEquidistant");
export const geoAzimuthalEquidistantRaw = noGeo("geoAzimuthalEquidistantRaw");
export const geoBounds = noGeo("geoBounds");
export const geoCentroid = noGeo("geoCentroid");
export const geoCircle = noGeo("geoCircle");
export const geoClipAntimeridian = noGeo("geoClipAntimeridian");
export const geoClipCircle = noGeo("geoClipCircle");
export const geoClipExtent = noGeo("geoClipExtent");
export const geoConicConformal = noGeo("geoConicConformal");
export const geoConicConformalRaw = noGeo("geoConicConformalRaw");
export const geoConicEqualArea = noGeo("geoConicEqualArea");
export const geoConicEqualAreaRaw = noGeo("geoConicEqualAreaRaw");
export const geoConicEquidistant = noGeo("geoConicEquidistant");
export const geoConicEquidistantRaw = noGeo("geoConicEquidistantRaw");
export const geoContains = noGeo("geoContains");
export const geoDistance = noGeo("geoDistance");
export const geoEqualEarth = noGeo("geoEqualEarth");
export const geoEqualEarthRaw = noGeo("geoEqualEarthRaw");
export const geoEquirectangular = noGeo("geoEquirectangular");
export const geoEquirectangularRaw = noGeo("geoEquirectangularRaw");
export const geoGnomonic = noGeo("geoGnomonic");
export const geoGnomonicRaw = noGeo("geoGnomonicRaw");
export const geoGraticule = noGeo("geoGraticule");
export const geoGraticule10 = noGeo("geoGraticule10");
export const geoIdentity = noGeo("geoIdentity");
export const geoInterpolate = noGeo("geoInterpolate");
export const geoLength = noGeo("geoLength");
export const geoMercator = noGeo("geoMercator");
export const geoMercatorRaw = noGeo("geoMercatorRaw");
export const geoNaturalEarth1 = noGeo("geoNaturalEarth1");
export const geoNaturalEarth1Raw = noGeo("geoNaturalEarth1Raw");
export const geoOrthographic = noGeo("geoOrthographic");
export const geoOrthographicRaw = noGeo("geoOrthographicRaw");
export const geoProjection = noGeo("geoProjection");
export const geoProjectionMutator = noGeo("geoProjectionMutator");
export const geoRotation = noGeo("geoRotation");
export const geoStereographic = noGeo("geoStereographic");
export const geoStereographicRaw = noGeo("geoStereographicRaw");
export const geoTransverseMercator = noGeo("geoTransverseMercator");
export const geoTransverseMercatorRaw = noGeo("geoTransverseMercatorRaw");
