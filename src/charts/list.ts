import { en } from "../locale/en.ts";
import type { Edition } from "../locale/types.ts";

/** "A", "A and B", "A, B and C", as the edition joins names (English unless one is given). */
export const joinNames = (names: readonly string[], edition: Edition = en) =>
  edition.listJoin(names);
