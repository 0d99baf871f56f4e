/**
 * What the build's stand-ins for library code no chart here uses (vite.config.ts) do if
 * Plot asks for that code after all: throw, naming the part asked for and what charts do
 * instead, so the browser tests, which draw every beat, fail rather than a chart quietly
 * drawing something nobody chose.
 */
export function unavailable(part: string, instead: string): never {
  throw new Error(`Plot asked for ${part}: ${instead}`);
}
