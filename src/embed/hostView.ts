import { activeBeatIndex, triggerOffset } from "../story/activeBeat.ts";
import type { HostViewport } from "./frameMessages.ts";

/**
 * The story's layout inside its frame, in the frame's own pixels from its top: measured
 * once per layout, so a message from the host costs no layout read.
 */
export interface FrameLayout {
  /** The frame's width, which decides the layout (and so the reading line), as in the story. */
  width: number;
  /** Where each step starts. */
  steps: readonly number[];
  /** Where the graphic sits in the flow, unmoved, and how tall it is. */
  graphic: { top: number; height: number };
  /** The bottom of the story, which the graphic never passes. */
  storyBottom: number;
}

/** Each step's box as the host's viewport sees it. */
const stepsInView = (layout: Pick<FrameLayout, "steps">, view: HostViewport) =>
  layout.steps.map((top) => ({ top: top + view.top, bottom: top + view.top }));

/**
 * The active beat, by the story's own rule (src/story/activeBeat.ts), with the reading line
 * in the host's viewport: the frame has no scroll of its own, the host's is the reader's.
 */
export function hostActiveBeat(
  layout: Pick<FrameLayout, "width" | "steps">,
  view: HostViewport,
): number {
  return activeBeatIndex(stepsInView(layout, view), view.height * triggerOffset(layout.width));
}

/**
 * How far down to move the graphic from its place so that it stays at the top of the
 * host's viewport: what `position: sticky` does on the page, done by hand. Never above its
 * place, never past the story's end.
 */
export function graphicShift(layout: FrameLayout, view: HostViewport): number {
  const wanted = -view.top - layout.graphic.top;
  const most = layout.storyBottom - layout.graphic.top - layout.graphic.height;
  return Math.max(0, Math.min(most, wanted));
}

/** Whether any of the frame is inside the host's viewport. */
export const frameInView = (view: HostViewport) => view.top < view.height && view.bottom > 0;

/**
 * The host's screen height the layout is sized by: like `svh`, the smallest seen at this
 * width, so a phone's sliding address bar does not re-lay the story (and resize the frame)
 * on every scroll; a new width starts again.
 */
export function hostScreen(
  last: { width: number; height: number } | null,
  view: HostViewport,
): { width: number; height: number } {
  if (!last || last.width !== view.width) return { width: view.width, height: view.height };
  return { width: last.width, height: Math.min(last.height, view.height) };
}

/**
 * The host's viewport less its sticky header (`top` px tall): what the reader sees of the
 * page, so the story's reading line, its graphic and its controls keep below the header.
 */
export function belowHeader(view: HostViewport, top: number): HostViewport {
  if (top <= 0) return view;
  const height = Math.max(1, view.height - top);
  return { ...view, height, top: view.top - top, bottom: view.bottom - top };
}

/**
 * What to add to the space after each of `beats` steps so that the story is as tall as the
 * list it replaces (negative to take away): the host's page then does not grow or shrink by
 * thousands of pixels under the reader when the story takes over.
 */
export const beatFit = (listHeight: number, storyHeight: number, beats: number) =>
  beats > 0 ? (listHeight - storyHeight) / beats : 0;
