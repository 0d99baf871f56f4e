import type { ChartRecords, GraphicState } from "./types.ts";

/** A state's entry in a chart's table of states (its `states.ts`), or a loud error. */
export function stateEntry<S>(graphic: string, states: Record<string, S>, name: string): S {
  const entry = Object.hasOwn(states, name) ? states[name] : undefined;
  if (!entry) throw new Error(`unknown ${graphic} state "${name}"`);
  return entry;
}

/** How many states' views a chart keeps: the story's beats come back to a few at a time. */
const KEPT = 32;

const keyOf = (s: GraphicState) => `${s.state}|${s.date}|${s.highlight.join(",")}`;

/**
 * A chart's view of a state, derived once and shared: the spec (at every size), the
 * description, the headline and the table all read the same object, as Plot normalises a
 * mark's options once in its constructor. Views are plain data that nothing changes.
 */
export function viewOnce<V>(
  derive: (records: ChartRecords, state: GraphicState) => V,
): (records: ChartRecords, state: GraphicState) => V {
  const byRecords = new WeakMap<ChartRecords, Map<string, V>>();
  return (records, state) => {
    const views = byRecords.get(records) ?? new Map<string, V>();
    byRecords.set(records, views);
    const key = keyOf(state);
    const kept = views.get(key);
    if (kept !== undefined) return kept;
    const view = derive(records, state);
    if (views.size >= KEPT) views.delete(views.keys().next().value as string);
    views.set(key, view);
    return view;
  };
}
