import { unavailable } from "./unavailable.ts";

/**
 * Stands in for d3-scale-chromatic in the build (vite.config.ts). Observable Plot imports
 * every colour scheme for its colour scales, 6.5 kB of gzipped code the bundler cannot
 * drop; this story sets every colour itself (src/styles/tokens.ts) and never asks Plot for
 * a scheme. Every name d3-scale-chromatic exports is here
 * (tests/unit/vendor/exportLists.test.ts), and should a chart ever read one, its drawing
 * throws (unavailable.ts) instead of the chart quietly drawing in colours nobody chose.
 */
const noScheme = (name: string): never =>
  unavailable(`the colour scheme ${name}`, "charts must set their colours from tokens.ts");
const scheme = (name: string) =>
  new Proxy([], { get: () => noScheme(name) }) as unknown as readonly string[];
const interpolator =
  (name: string) =>
  (_t: number): string =>
    noScheme(name);

export const interpolateBlues = interpolator("interpolateBlues");
export const interpolateBrBG = interpolator("interpolateBrBG");
export const interpolateBuGn = interpolator("interpolateBuGn");
export const interpolateBuPu = interpolator("interpolateBuPu");
export const interpolateCividis = interpolator("interpolateCividis");
export const interpolateCool = interpolator("interpolateCool");
export const interpolateCubehelixDefault = interpolator("interpolateCubehelixDefault");
export const interpolateGnBu = interpolator("interpolateGnBu");
export const interpolateGreens = interpolator("interpolateGreens");
export const interpolateGreys = interpolator("interpolateGreys");
export const interpolateInferno = interpolator("interpolateInferno");
export const interpolateMagma = interpolator("interpolateMagma");
export const interpolateOrRd = interpolator("interpolateOrRd");
export const interpolateOranges = interpolator("interpolateOranges");
export const interpolatePRGn = interpolator("interpolatePRGn");
export const interpolatePiYG = interpolator("interpolatePiYG");
export const interpolatePlasma = interpolator("interpolatePlasma");
export const interpolatePuBu = interpolator("interpolatePuBu");
export const interpolatePuBuGn = interpolator("interpolatePuBuGn");
export const interpolatePuOr = interpolator("interpolatePuOr");
export const interpolatePuRd = interpolator("interpolatePuRd");
export const interpolatePurples = interpolator("interpolatePurples");
export const interpolateRainbow = interpolator("interpolateRainbow");
export const interpolateRdBu = interpolator("interpolateRdBu");
export const interpolateRdGy = interpolator("interpolateRdGy");
export const interpolateRdPu = interpolator("interpolateRdPu");
export const interpolateRdYlBu = interpolator("interpolateRdYlBu");
export const interpolateRdYlGn = interpolator("interpolateRdYlGn");
export const interpolateReds = interpolator("interpolateReds");
export const interpolateSinebow = interpolator("interpolateSinebow");
export const interpolateSpectral = interpolator("interpolateSpectral");
export const interpolateTurbo = interpolator("interpolateTurbo");
export const interpolateViridis = interpolator("interpolateViridis");
export const interpolateWarm = interpolator("interpolateWarm");
export const interpolateYlGn = interpolator("interpolateYlGn");
export const interpolateYlGnBu = interpolator("interpolateYlGnBu");
export const interpolateYlOrBr = interpolator("interpolateYlOrBr");
export const interpolateYlOrRd = interpolator("interpolateYlOrRd");
export const schemeAccent = scheme("schemeAccent");
export const schemeBlues = scheme("schemeBlues");
export const schemeBrBG = scheme("schemeBrBG");
export const schemeBuGn = scheme("schemeBuGn");
export const schemeBuPu = scheme("schemeBuPu");
export const schemeCategory10 = scheme("schemeCategory10");
export const schemeDark2 = scheme("schemeDark2");
export const schemeGnBu = scheme("schemeGnBu");
export const schemeGreens = scheme("schemeGreens");
export const schemeGreys = scheme("schemeGreys");
export const schemeObservable10 = scheme("schemeObservable10");
export const schemeOrRd = scheme("schemeOrRd");
export const schemeOranges = scheme("schemeOranges");
export const schemePRGn = scheme("schemePRGn");
export const schemePaired = scheme("schemePaired");
export const schemePastel1 = scheme("schemePastel1");
export const schemePastel2 = scheme("schemePastel2");
export const schemePiYG = scheme("schemePiYG");
export const schemePuBu = scheme("schemePuBu");
export const schemePuBuGn = scheme("schemePuBuGn");
export const schemePuOr = scheme("schemePuOr");
export const schemePuRd = scheme("schemePuRd");
export const schemePurples = scheme("schemePurples");
export const schemeRdBu = scheme("schemeRdBu");
export const schemeRdGy = scheme("schemeRdGy");
export const schemeRdPu = scheme("schemeRdPu");
export const schemeRdYlBu = scheme("schemeRdYlBu");
export const schemeRdYlGn = scheme("schemeRdYlGn");
export const schemeReds = scheme("schemeReds");
export const schemeSet1 = scheme("schemeSet1");
export const schemeSet2 = scheme("schemeSet2");
export const schemeSet3 = scheme("schemeSet3");
export const schemeSpectral = scheme("schemeSpectral");
export const schemeTableau10 = scheme("schemeTableau10");
export const schemeYlGn = scheme("schemeYlGn");
export const schemeYlGnBu = scheme("schemeYlGnBu");
export const schemeYlOrBr = scheme("schemeYlOrBr");
export const schemeYlOrRd = scheme("schemeYlOrRd");
