import { casualties } from "./casualties/index.ts";
import { control } from "./control/index.ts";
import { evacuation } from "./evacuation/index.ts";
import { locator } from "./locator/index.ts";
import { map } from "./map/index.ts";
import type { GraphicDefinition } from "./types.ts";

/** Every graphic the copy may name, by name. */
export const GRAPHICS: Record<string, GraphicDefinition> = {
  control,
  map,
  casualties,
  evacuation,
  locator,
};

/** The state names each graphic accepts, for checking the copy. */
export const KNOWN_STATES: Record<string, readonly string[]> = Object.fromEntries(
  Object.values(GRAPHICS).map((g) => [g.name, g.states]),
);

export function graphic(name: string): GraphicDefinition {
  const definition = GRAPHICS[name];
  if (!definition) throw new Error(`unknown graphic "${name}"`);
  return definition;
}
