import type { StepChange } from "../story/scrollAdapter.ts";
import type { StoryScroll } from "../story/story.ts";
import type { HostViewport } from "./frameMessages.ts";
import { type FrameLayout, graphicShift, hostActiveBeat } from "./hostView.ts";

/** The frame's distance from its own top: the frame never scrolls, but be exact if it does. */
const topOf = (el: Element) => el.getBoundingClientRect().top + window.scrollY;

/**
 * An element's place in the flow, from the frame's top: offsets ignore transforms, so this
 * holds while the graphic is gliding between two positions (its box on screen does not).
 */
function flowTop(el: HTMLElement): number {
  let top = 0;
  for (let at: Element | null = el; at instanceof HTMLElement; at = at.offsetParent)
    top += at.offsetTop;
  return top;
}

/**
 * The story's scroll wiring when the host scrolls it: each position the host reports gives
 * the active step (the story's rule, with the host's reading line) and moves the graphic to
 * stay in the host's viewport. `askScroll(y)` asks the host to bring the frame's `y` to the
 * top of its viewport. Layout is read once and again only when it changes.
 */
export function hostScroll(
  parts: { graphic: HTMLElement; story: HTMLElement },
  first: HostViewport,
  askScroll: (y: number) => void,
) {
  let view = first;
  let layout: FrameLayout | null = null;
  let shift = 0;
  let steps: readonly HTMLElement[] = [];
  let onChange: ((change: StepChange) => void) | null = null;
  let current = -1;

  const measure = (): FrameLayout => ({
    width: window.innerWidth,
    steps: steps.map(topOf),
    graphic: { top: flowTop(parts.graphic), height: parts.graphic.offsetHeight },
    storyBottom: parts.story.getBoundingClientRect().bottom + window.scrollY,
  });

  const update = () => {
    layout ??= measure();
    const next = graphicShift(layout, view);
    if (next !== shift) {
      shift = next;
      parts.graphic.style.transform = `translateY(${Math.round(next)}px)`;
    }
    const index = hostActiveBeat(layout, view);
    if (index !== current && onChange) {
      current = index;
      onChange({ index });
    }
  };

  const relayout = new ResizeObserver(() => {
    layout = null;
    update();
  });

  const scroll: StoryScroll = {
    watch(watched, listener) {
      steps = watched;
      onChange = listener;
      layout = null;
      relayout.observe(document.body);
      for (const step of watched) relayout.observe(step);
      update();
      return { refresh: update };
    },
    reveal(step) {
      // Where the story's own CSS lands a beat (its scroll-margin-top), in the host's viewport.
      const margin = Number.parseFloat(getComputedStyle(step).scrollMarginTop) || 0;
      askScroll(Math.round(topOf(step) - margin));
    },
  };

  return {
    scroll,
    /** A position from the host. */
    follow(next: HostViewport) {
      view = next;
      update();
    },
  };
}
