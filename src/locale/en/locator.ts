import type { LocatorWords } from "../types.ts";

/** The locator map's words in English: `src/charts/locator/`. */
export const locator: LocatorWords = {
  title: "Where the story moves beyond Aleppo: Syria and its neighbours",
  shortTitle: "Locator map",
  placeName: (place) => place.name,
  countries: {
    syria: "SYRIA",
    turkey: "TURKEY",
    lebanon: "LEBANON",
    iraq: "IRAQ",
    jordan: "JORDAN",
  },
  idlibProvince: "Idlib province",
  notes: {
    where: (date) =>
      `The offensive on rebel-held east Aleppo, ${date("2016-11-15")} – ${date("2016-12-22")} 2016`,
    evacuation: (date) =>
      `Deal of ${date("2016-12-13")}: rebels and their families to leave for Aleppo's western outskirts, then Idlib province. Deal of ${date("2016-12-14")}: evacuations also from Foua and Kafriya, two villages in Idlib province besieged by rebels`,
    palmyra: () =>
      "Reported as a possible reason for the army's pause in Aleppo: ISIL's offensive against Palmyra drew troops away",
  },
  credit: [
    ["Boundaries: Natural Earth (de facto lines) · Places: GeoNames"],
    ["Boundaries: Natural Earth (de facto lines)", "Places: GeoNames"],
  ],
  describe: {
    marks: (countries, places) =>
      `A map of Syria and its neighbours, ${countries}, marking ${places}`,
    naming: (area) => `, and naming ${area}`,
  },
  headline: {
    marked: (names) => `On the map: ${names}`,
  },
  table: {
    title: "Places beyond the city: where the locator map marks them",
    name: "Places",
    caption:
      "Each place the locator map marks, at the GeoNames gazetteer's coordinates, and why the story names it",
    columns: ["Place", "Latitude", "Longitude", "In the story"],
    latitude: (degrees) => `${degrees}° N`,
    longitude: (degrees) => `${degrees}° E`,
    role: {
      aleppo: "The city of the offensive",
      idlib:
        "Seat of Idlib province, where the deal of 13 December sent rebels and their families; Foua and Kafriya are in the province",
      tadmur: "Palmyra: ISIL's offensive there was reported to have drawn troops from Aleppo",
      zabadani: "The deal of 18 December also allowed evacuation from here and from Madaya",
      damascus: "Syria's capital, for orientation",
    },
  },
};
