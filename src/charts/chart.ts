import * as Plot from "@observablehq/plot";
import type { Edition } from "../locale/types.ts";
import { labelSvg, pictureName } from "./accessibleSvg.ts";
import { createDrawingSwap } from "./drawingSwap.ts";
import { PAGE_TEXT } from "./measure.ts";
import { directSvg } from "./svgDirection.ts";
import { readTextSpacing, sameSpacing } from "./textSpacing.ts";
import type { ChartRecords, GraphicDefinition, GraphicState, Size } from "./types.ts";

export interface RenderOptions {
  animate: boolean;
}

/**
 * A live chart's small, fixed life: create(el) → render(state) as often as the story asks
 * → resize(size) → destroy(). Each render lays the state out, then draws it afresh with
 * Plot in a task of its own; when animated, the marks on screen move to the new drawing,
 * which then takes their place. A render during a running animation first jumps that one
 * to its end, so however fast the reader scrolls, the chart ends on exactly the last state
 * asked for. Text is laid out for the letter and word spacing in effect on `el`, and
 * restyle() draws again if a reader's style has changed it.
 */
export function createChart(
  el: HTMLElement,
  definition: GraphicDefinition,
  records: ChartRecords,
  /** Told when a drawing fails in its own task, where no caller can catch it. */
  onError: (error: unknown) => void,
) {
  const swap = createDrawingSwap(el, { stagger: definition.staggerChanges === true });
  let pendingDraw = 0;
  let last: { state: GraphicState; size: Size } | null = null;
  let spacing = readTextSpacing(el);

  function draw(state: GraphicState, size: Size, { animate }: RenderOptions) {
    last = { state, size };
    spacing = readTextSpacing(el);
    // Laying a state out and drawing it are separate tasks (and setting the marks in
    // motion a third), so none holds the page up for long; a newer beat arriving in
    // between simply replaces this one.
    // Its text is set in the shipped face, with the spacing read from the page.
    const text = { ...PAGE_TEXT, ...spacing };
    const options = definition.spec(records, state, { ...size, text });
    window.clearTimeout(pendingDraw);
    swap.cancel();
    pendingDraw = window.setTimeout(() => {
      try {
        swap.show(plotDrawing(options, definition, state, records.edition), animate);
      } catch (error) {
        onError(error);
      }
    }, 0);
  }

  return {
    render: draw,
    resize(size: Size) {
      if (last && (last.size.width !== size.width || last.size.height !== size.height)) {
        draw(last.state, size, { animate: false });
      }
    },
    restyle() {
      const now = readTextSpacing(el);
      if (sameSpacing(now, spacing)) return;
      spacing = now;
      if (last) draw(last.state, last.size, { animate: false });
    },
    /** Stops the chart; its drawing stays until the next chart's replaces it, so the
     * graphic never flashes empty between two charts. */
    destroy() {
      window.clearTimeout(pendingDraw);
      swap.stop();
      last = null;
    },
  };
}

export type Chart = ReturnType<typeof createChart>;

/** Plot's drawing of a state, named for readers of assistive technology, ready for the page. */
function plotDrawing(
  options: Plot.PlotOptions,
  definition: GraphicDefinition,
  state: GraphicState,
  edition: Edition,
) {
  const next = Plot.plot(options) as unknown as SVGSVGElement;
  labelSvg(next, pictureName(definition, state, edition));
  directSvg(next, edition.dir);
  next.classList.add("live-chart");
  // Plot puts a <style> in every drawing; adding or removing a stylesheet makes the
  // browser restyle the whole page, so the page's CSS carries those rules once instead.
  next.querySelector(":scope > style")?.remove();
  return next;
}
