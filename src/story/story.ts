import type { ClientBeat } from "./clientStory.ts";
import { createStage } from "./graphicStage.ts";
import { bindStepKeys } from "./keyboard.ts";
import { createProgress } from "./progress.ts";
import { reducedMotion } from "./reducedMotion.ts";
import { watchSteps } from "./scrollAdapter.ts";

/**
 * The story's one loop: the scroll adapter says which step is active; the story maps it to
 * a beat, the beat to its graphic state, and tells the stage, the progress line, the live
 * region and `<html data-active-beat>`.
 */
export function startStory(beats: readonly ClientBeat[]) {
  const root = document.documentElement;
  const container = document.querySelector<HTMLElement>("[data-graphic]");
  const steps = beats.map((b) =>
    document.querySelector<HTMLElement>(`[data-beat="${CSS.escape(b.id)}"]`),
  );
  if (!container || steps.some((s) => !s))
    throw new Error("the page does not match the story's beats");
  const stepEls = steps as HTMLElement[];
  const stage = createStage(container, beats);
  const progress = createProgress(container, beats.length);
  const announcer = container.querySelector<HTMLElement>("[data-announcer]");
  let index = -1;
  let pendingRender = 0;

  function activate(next: number) {
    const beat = beats[next];
    if (!beat || next === index) return;
    const first = index === -1;
    index = next;
    root.dataset.activeBeat = beat.id;
    // The chart is drawn in a task of its own, after the scroll's frame, and only for the
    // beat that is active by then: a fling past five beats draws one chart, not five.
    clearTimeout(pendingRender);
    pendingRender = window.setTimeout(() => stage.show(beat, !first), 0);
    progress(beat, next);
    if (announcer && !first) announcer.textContent = `${beat.title}. ${beat.description}`;
    for (const [i, el] of stepEls.entries()) el.classList.toggle("is-active", i === next);
  }

  /** Brings a beat to the trigger line and focuses it; the scroll then activates it. */
  function goTo(next: number) {
    const el = stepEls[Math.max(0, Math.min(stepEls.length - 1, next))] as HTMLElement;
    el.focus({ preventScroll: true });
    el.scrollIntoView({ block: "start", behavior: reducedMotion() ? "auto" : "smooth" });
    if (reducedMotion()) watcher.refresh();
  }

  const watcher = watchSteps(stepEls, ({ index: i }) => activate(i));
  bindStepKeys((delta) => goTo(index + delta));
  for (const button of container.querySelectorAll<HTMLButtonElement>("[data-step]")) {
    button.addEventListener("click", () => goTo(index + (button.dataset.step === "next" ? 1 : -1)));
  }
  return { stage, goTo };
}
