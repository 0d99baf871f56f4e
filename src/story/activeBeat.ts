import { breakpoint } from "../styles/breakpoints.ts";

/** A beat's box: its top in viewport pixels. */
export interface BeatBox {
  top: number;
}

/**
 * Which beat is active, from layout alone: the last beat whose top has crossed the trigger
 * line, or the first beat before any has. Computed afresh on every scroll, resize and load,
 * so a fling, a jump or a reload cannot leave a stale state behind.
 */
export function activeBeatIndex(boxes: readonly BeatBox[], trigger: number): number {
  let active = 0;
  for (let i = 0; i < boxes.length; i++) {
    if ((boxes[i] as BeatBox).top <= trigger) active = i;
    else break;
  }
  return active;
}

/** Where the trigger line sits, as a share of the viewport's height: lower on phones, where
 * the graphic takes the top half. */
export function triggerOffset(viewportWidth: number): 0.5 | 0.6 {
  return viewportWidth >= breakpoint.sideBySide ? 0.5 : 0.6;
}
