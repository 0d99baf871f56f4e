import * as Plot from "@observablehq/plot";
import { labelSvg } from "./accessibleSvg.ts";
import { type Morph, morph } from "./morph.ts";
import type { ChartRecords, GraphicDefinition, GraphicState, Size } from "./types.ts";

export interface RenderOptions {
  animate: boolean;
}

/**
 * A live chart's small, fixed life: create(el) → render(state) as often as the story asks
 * → resize(size) → destroy(). Each render draws the state afresh with Plot; when animated,
 * the marks on screen move to the new drawing, which then takes their place. A render
 * during a running animation first jumps that one to its end, so however fast the reader
 * scrolls, the chart ends on exactly the last state asked for.
 */
export function createChart(el: HTMLElement, definition: GraphicDefinition, records: ChartRecords) {
  let shown: SVGSVGElement | null = null;
  let running: Morph | null = null;
  let last: { state: GraphicState; size: Size } | null = null;

  function draw(state: GraphicState, size: Size, { animate }: RenderOptions) {
    const next = Plot.plot(definition.spec(records, state, size)) as unknown as SVGSVGElement;
    labelSvg(next, definition.describe(records, state));
    next.classList.add("live-chart");
    last = { state, size };
    running?.finish();
    running = null;
    for (const stale of el.querySelectorAll(":scope > :not(.live-chart)")) stale.remove();
    const previous = shown;
    shown = next;
    if (previous?.isConnected && animate) {
      running = morph(previous, next, { stagger: definition.staggerChanges === true });
    } else if (previous?.isConnected) {
      previous.replaceWith(next);
    } else {
      el.replaceChildren(next);
    }
  }

  return {
    render: draw,
    resize(size: Size) {
      if (last && (last.size.width !== size.width || last.size.height !== size.height)) {
        draw(last.state, size, { animate: false });
      }
    },
    destroy() {
      running?.finish();
      running = null;
      el.replaceChildren();
      shown = null;
      last = null;
    },
  };
}

export type Chart = ReturnType<typeof createChart>;
