import { breakpoint } from "../styles/breakpoints.ts";

/** A beat's box: its top in viewport pixels. */
export interface BeatBox {
  top: number;
}

/**
 * Which beat is active, from layout alone: the last beat whose top has crossed the trigger
 * line, or the first beat before any has. The layout check: it needs no history, so it
 * settles what Scrollama's step events cannot be trusted with (a load, a resize, a fling;
 * see scrollAdapter.ts).
 */
export function activeBeatIndex(boxes: readonly BeatBox[], trigger: number): number {
  let active = 0;
  for (let i = 0; i < boxes.length; i++) {
    if ((boxes[i] as BeatBox).top <= trigger) active = i;
    else break;
  }
  return active;
}

/** Where the trigger (reading) line sits, as a share of the viewport's height: lower on
 * phones, where the graphic takes the top half. Scrollama's offset and the layout check's
 * line both come from here. */
export function triggerOffset(viewportWidth: number): 0.5 | 0.6 {
  return viewportWidth >= breakpoint.sideBySide ? 0.5 : 0.6;
}
