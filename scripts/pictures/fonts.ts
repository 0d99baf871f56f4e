import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/**
 * The faces a picture is set in, as static TTFs. resvg reads neither woff nor woff2 (text in
 * such a face is silently left out) and draws a variable font at its default weight only,
 * so the page's own @fontsource files will not do. These are the weights the charts and
 * cards ask for.
 */
export const PICTURE_FONT_FILES: readonly string[] = [
  "@expo-google-fonts/source-sans-3/400Regular/SourceSans3_400Regular.ttf",
  "@expo-google-fonts/source-sans-3/600SemiBold/SourceSans3_600SemiBold.ttf",
  "@expo-google-fonts/source-sans-3/700Bold/SourceSans3_700Bold.ttf",
  "@expo-google-fonts/source-serif-4/400Regular/SourceSerif4_400Regular.ttf",
  // The Arabic edition's (#21): Noto Sans Arabic as the charts' and titles' sans, Noto
  // Naskh Arabic as the cards' text face, as the page sets them (src/styles/arabic.css).
  "@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf",
  "@expo-google-fonts/noto-sans-arabic/600SemiBold/NotoSansArabic_600SemiBold.ttf",
  "@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf",
  "@expo-google-fonts/noto-naskh-arabic/400Regular/NotoNaskhArabic_400Regular.ttf",
].map((file) => require.resolve(file));

/** The family names inside those files, as an SVG's font-family must spell them. */
export const PICTURE_SANS = "Source Sans 3";
export const PICTURE_SERIF = "Source Serif 4";
export const PICTURE_ARABIC_SANS = "Noto Sans Arabic";
export const PICTURE_ARABIC_SERIF = "Noto Naskh Arabic";
