import { ACTIVE_BEAT, ANNOUNCER, BEAT, GRAPHIC, KEYS_TOGGLE, STEP } from "../pageContract.ts";
import { createAnnouncer } from "./announcer.ts";
import type { ClientBeat } from "./clientStory.ts";
import { createStage } from "./graphicStage.ts";
import { bindStepKeys } from "./keyboard.ts";
import { keepLanguageSwitchAtBeat } from "./languageSwitch.ts";
import { createProgress } from "./progress.ts";
import { reducedMotion } from "./reducedMotion.ts";
import { type StepChange, watchSteps } from "./scrollAdapter.ts";
import { whenScrollSettles } from "./settle.ts";

/**
 * How the story moves: what reports the active step, and what brings a step to the reading
 * line. On the page, the page's own scroll; in an embed, the host's (src/embed/hostScroll.ts).
 */
export interface StoryScroll {
  watch(steps: readonly HTMLElement[], onChange: (change: StepChange) => void): { refresh(): void };
  reveal(step: HTMLElement): void;
}

const pageScroll: StoryScroll = {
  watch: watchSteps,
  reveal: (step) =>
    step.scrollIntoView({ block: "start", behavior: reducedMotion() ? "auto" : "smooth" }),
};

/**
 * The story's one loop: the scroll adapter says which step is active and how far through
 * it the reader is; the story maps the step to a beat, the beat to its graphic state, and
 * tells the stage, the progress line, the live region and `<html>`'s `ACTIVE_BEAT`.
 */
export function startStory(beats: readonly ClientBeat[], scroll: StoryScroll = pageScroll) {
  const root = document.documentElement;
  const story = document.querySelector<HTMLElement>("#story");
  const container = document.querySelector<HTMLElement>(GRAPHIC.selector);
  const steps = beats.map((b) => document.querySelector<HTMLElement>(BEAT.is(b.id)));
  if (!story || !container || steps.some((s) => !s))
    throw new Error("the page does not match the story's beats");
  const stepEls = steps as HTMLElement[];
  const stage = createStage(container, beats);
  const progress = createProgress(container, beats.length);
  const region = container.querySelector<HTMLElement>(ANNOUNCER.selector);
  const announcer = region ? createAnnouncer(region) : null;
  const switchTo = keepLanguageSwitchAtBeat(document);
  let index = -1;
  let pendingRender = 0;
  // The beat a step is on its way to: a second press during the scroll steps on from
  // there, not from the beat still active. Forgotten once the scroll settles.
  let target: number | null = null;
  const arrived = whenScrollSettles(() => {
    target = null;
  });

  function follow({ index: next, progress: through = 0 }: StepChange) {
    activate(next);
    const beat = beats[index];
    if (beat) progress(beat, index, through);
  }

  function activate(next: number) {
    const beat = beats[next];
    if (!beat || next === index) return;
    const first = index === -1;
    index = next;
    ACTIVE_BEAT.set(root, beat.id);
    // On arrival at the top, the other edition opens at its top too.
    if (!first || window.location.hash !== "") switchTo(beat.id);
    // The chart is drawn in a task of its own, after the scroll's frame, and only for the
    // beat that is active by then: a fling past five beats draws one chart, not five.
    clearTimeout(pendingRender);
    pendingRender = window.setTimeout(() => stage.show(beat, !first), 0);
    if (first) announcer?.start(beat);
    else announcer?.changed(beat);
    if (next === target) target = null;
    for (const [i, el] of stepEls.entries()) el.classList.toggle("is-active", i === next);
  }

  /**
   * Brings a beat to the trigger line; the scroll then activates it. A key moves focus to
   * the beat, so a screen reader reads it; a button keeps focus, so it can be pressed again.
   */
  function goTo(next: number, focusBeat = true) {
    const clamped = Math.max(0, Math.min(stepEls.length - 1, next));
    const el = stepEls[clamped] as HTMLElement;
    if (focusBeat) el.focus({ preventScroll: true });
    target = clamped === index ? null : clamped;
    scroll.reveal(el);
    arrived.wait();
    if (reducedMotion()) watcher.refresh();
  }
  const step = (delta: 1 | -1, focusBeat: boolean) => goTo((target ?? index) + delta, focusBeat);

  const watcher = scroll.watch(stepEls, follow);
  bindStepKeys(story, (delta) => step(delta, true), document.querySelector(KEYS_TOGGLE.selector));
  for (const button of container.querySelectorAll<HTMLButtonElement>(STEP.selector)) {
    button.addEventListener("click", () => step(STEP.read(button) === "next" ? 1 : -1, false));
  }
  return { stage, goTo };
}
