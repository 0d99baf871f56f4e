/**
 * What Scrollama's step events mean for the active beat, by the same rule as the layout
 * check (`activeBeatIndex`): the active beat is the last one whose top has crossed the
 * reading line. Scrollama enters a step while the reading line is inside it and exits it
 * when the line leaves, with the direction of the scroll.
 */

/** Where the reading line is: which beat is active, and how far through that beat the line
 * has gone (0 at its top, 1 at its bottom and in the gap below it). */
export interface StepPosition {
  index: number;
  progress: number;
}

export interface StepEvent {
  index: number;
  /** Undefined for Scrollama's first reading, before anything has scrolled. */
  direction: "up" | "down" | undefined;
}

/** The line is inside the step: it is the active beat, entered at the edge it came in by. */
export function afterStepEnter({ index, direction }: StepEvent): StepPosition {
  return { index, progress: direction === "up" ? 1 : 0 };
}

/**
 * The line has left the step. Going down, it is in the gap below, and the beat stays active
 * until the next one enters. Going up, it is in the gap above, past the bottom of the beat
 * before. An exit from a beat that is no longer active (a fling reports the beat it lands
 * on before the one it left, in the page's order) changes nothing.
 */
export function afterStepExit(
  current: StepPosition,
  { index, direction }: StepEvent,
): StepPosition {
  if (index !== current.index) return current;
  if (direction === "up")
    return index > 0 ? { index: index - 1, progress: 1 } : { index, progress: 0 };
  return { index, progress: 1 };
}

/** Scrollama's progress through a step counts only for the active one. */
export function afterStepProgress(
  current: StepPosition,
  step: { index: number; progress: number },
): StepPosition {
  if (step.index !== current.index) return current;
  return { index: current.index, progress: clamp01(step.progress) };
}

/** How far the reading line has gone through a beat's box, as the layout check reads it. */
export function progressThrough(box: { top: number; height: number }, line: number): number {
  if (box.height <= 0) return line >= box.top ? 1 : 0;
  return clamp01((line - box.top) / box.height);
}

export const samePosition = (a: StepPosition, b: StepPosition) =>
  a.index === b.index && a.progress === b.progress;

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
