export type LocatorNote = "where" | "evacuation" | "palmyra";

export interface LocatorState {
  /** The places marked and named (ids in data/places.csv), the first singled out. */
  places: readonly string[];
  /**
   * Idlib province named as an area, round its seat (IDLIB_SEAT): where the deal sent
   * rebels and their families, and the province of Foua and Kafriya, which the gazetteer
   * lacks, so no point is drawn for them.
   */
  namesIdlibProvince: boolean;
  /** An arrow from Aleppo towards Idlib province: where the deal of 13 December sent them. */
  showsEvacuation: boolean;
  /** The state's note, in the edition's words (`locator.notes`). */
  note: LocatorNote;
}

/** Every state the copy may name for the locator map. */
export const LOCATOR_STATES = {
  /** Where Aleppo is, with the capital for orientation; the note: the offensive's dates. */
  where: {
    places: ["aleppo", "damascus"],
    namesIdlibProvince: false,
    showsEvacuation: false,
    note: "where",
  },
  /** Where the deals sent people: Aleppo to Idlib province; Foua and Kafriya's link. */
  evacuation: {
    places: ["aleppo"],
    namesIdlibProvince: true,
    showsEvacuation: true,
    note: "evacuation",
  },
  /** Palmyra, whose ISIL offensive was reported to have drawn troops from Aleppo. */
  palmyra: {
    places: ["tadmur", "aleppo", "damascus"],
    namesIdlibProvince: false,
    showsEvacuation: false,
    note: "palmyra",
  },
} as const satisfies Record<string, LocatorState>;

/** The place whose position the name of Idlib province is set round: its seat, Idlib. */
export const IDLIB_SEAT = "idlib";

/** Where the evacuation's arrow starts. */
export const EVACUATED_FROM = "aleppo";
