import { ar } from "./ar.ts";
import { en } from "./en.ts";
import type { Edition } from "./types.ts";

/** Every edition of the story, by its language; each is checked key by key against English
 * (`tests/unit/locale/editions.test.ts`). */
export const EDITIONS: Readonly<Record<string, Edition>> = { en, ar };
