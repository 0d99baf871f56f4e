import { type Box, greedy, type PlacedText, type TextItem } from "./labelPlacement.ts";

/**
 * Placing one item at a time is greedy, so where the priority order leaves some out, other
 * orders are tried (the ones left out first, then `shuffles` fixed shuffles) and the one
 * that leaves out the fewest, then needs the fewest leaders, line breaks and shunned boxes,
 * wins. The result is in priority order whichever order won.
 */
export function placeTextInBestOrder<T>(
  items: readonly TextItem<T>[],
  frame: Box,
  obstacles: readonly Box[],
  shuffles: number,
): { placed: PlacedText<T>[]; dropped: T[] } {
  const rankOf = new Map(items.map((item, i) => [item.datum, i]));
  const run = (order: readonly TextItem<T>[]) => greedy(order, items, frame, obstacles);
  let best = run(items);
  const orders: TextItem<T>[][] = [];
  if (best.dropped.length > 0) {
    const out = new Set<T>(best.dropped);
    orders.push([
      ...items.filter((r) => out.has(r.datum)),
      ...items.filter((r) => !out.has(r.datum)),
    ]);
  }
  // A fixed seed: the same records and size always give the same drawing.
  let seed = 7;
  const random = () => {
    seed = (seed * 16_807) % 2_147_483_647;
    return seed / 2_147_483_647;
  };
  for (let i = 0; i < shuffles; i++) {
    const order = [...items];
    for (let j = order.length - 1; j > 0; j--) {
      const k = Math.floor(random() * (j + 1));
      [order[j], order[k]] = [order[k] as TextItem<T>, order[j] as TextItem<T>];
    }
    orders.push(order);
  }
  for (const order of orders) {
    if (best.dropped.length === 0) break;
    const next = run(order);
    if (next.cost < best.cost) best = next;
  }
  best.placed.sort((a, b) => (rankOf.get(a.datum) ?? 0) - (rankOf.get(b.datum) ?? 0));
  return { placed: best.placed, dropped: best.dropped };
}
