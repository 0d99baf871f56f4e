import { createChart } from "./chart.ts";
import type { ChartRecords, GraphicDefinition, GraphicState, Size } from "./types.ts";

/**
 * A graphic mounted in `canvas`, for the story's sticky graphic and an embed alike: its
 * live chart, and whatever its definition keeps in step with the page as it moves from
 * state to state. Only the plain state reaches the chart (a story's beat carries more).
 */
export function mountGraphic(
  canvas: HTMLElement,
  definition: GraphicDefinition,
  records: ChartRecords,
  /** Told when a drawing fails in its own task, where no caller can catch it. */
  onError: (error: unknown) => void,
  root: ParentNode = document,
) {
  const chart = createChart(canvas, definition, records, onError);
  return {
    show(shown: GraphicState, size: Size, animate: boolean) {
      const state = { state: shown.state, date: shown.date, highlight: shown.highlight };
      chart.render(state, size, { animate });
      definition.keepInStep?.(records, state, root);
    },
    resize: chart.resize,
    restyle: chart.restyle,
    destroy: chart.destroy,
  };
}

export type MountedGraphic = ReturnType<typeof mountGraphic>;
