import * as Plot from "@observablehq/plot";
import { select } from "d3-selection";
import "d3-transition";
import { motion } from "../styles/tokens.ts";
import { labelSvg } from "./accessibleSvg.ts";
import type { ChartRecords, GraphicDefinition, GraphicState, Size } from "./types.ts";

export interface RenderOptions {
  animate: boolean;
}

/**
 * A live chart's small, fixed life: create(el) → render(state) as often as the story asks
 * → resize(size) → destroy(). Each render draws the state afresh with Plot; the named
 * transition cross-fades from the old drawing, and a new render interrupts a running one,
 * so the end state is always exactly the last state asked for.
 */
export function createChart(el: HTMLElement, definition: GraphicDefinition, records: ChartRecords) {
  let current: SVGSVGElement | null = null;
  let last: { state: GraphicState; size: Size } | null = null;

  function draw(state: GraphicState, size: Size, { animate }: RenderOptions) {
    const svg = Plot.plot(definition.spec(records, state, size)) as unknown as SVGSVGElement;
    labelSvg(svg, definition.describe(records, state));
    svg.classList.add("live-chart");
    const previous = current;
    current = svg;
    last = { state, size };
    for (const stale of el.querySelectorAll(":scope > :not(.live-chart)")) stale.remove();
    if (previous) select(previous).interrupt("state");
    if (!animate || !previous) {
      for (const old of el.querySelectorAll(".live-chart")) old.remove();
      el.append(svg);
      return;
    }
    svg.style.opacity = "0";
    el.append(svg);
    for (const old of el.querySelectorAll(".live-chart")) {
      if (old === svg) continue;
      select(old as SVGSVGElement)
        .transition("state")
        .duration(motion.stepMs / 2)
        .style("opacity", "0")
        .remove();
    }
    select(svg).transition("state").duration(motion.stepMs).style("opacity", "1");
  }

  return {
    render: draw,
    resize(size: Size) {
      if (last && (last.size.width !== size.width || last.size.height !== size.height)) {
        draw(last.state, size, { animate: false });
      }
    },
    destroy() {
      for (const old of el.querySelectorAll(".live-chart")) {
        select(old as SVGSVGElement).interrupt("state");
        old.remove();
      }
      current = null;
      last = null;
    },
  };
}

export type Chart = ReturnType<typeof createChart>;
