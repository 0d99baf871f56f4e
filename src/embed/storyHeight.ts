import { beatFit } from "./hostView.ts";

/** The class the list view is laid out by (src/styles, src/embed/storyEmbed.css). */
const LIST_VIEW = "list-view";
/** What storyEmbed.css adds to the space after each beat of the driven story. */
const FIT = "--beat-fit";

/**
 * Keeps the driven story as tall as the list it replaced, at the frame's width: call it
 * while the list is still shown, then call what it returns whenever the story's layout may
 * have changed (the host's screen, the fonts). The list's height is read again, by
 * laying it out for a moment, only when the frame's width changes; the story's space
 * between beats takes up the difference (storyEmbed.css keeps a floor under it).
 */
export function keepStoryHeight(root: HTMLElement, content: HTMLElement, beats: number) {
  const height = () => content.getBoundingClientRect().height;
  let list = { width: window.innerWidth, height: height() };
  const listHeight = () => {
    if (list.width === window.innerWidth) return list.height;
    // Both layouts in one task: nothing is painted, and no observer sees the list.
    root.classList.add(LIST_VIEW);
    list = { width: window.innerWidth, height: height() };
    root.classList.remove(LIST_VIEW);
    return list.height;
  };
  const refit = () => {
    root.style.setProperty(FIT, "0px");
    const target = listHeight();
    root.style.setProperty(FIT, `${beatFit(target, height(), beats).toFixed(2)}px`);
  };
  window.addEventListener("resize", refit);
  document.fonts?.addEventListener("loadingdone", () => {
    list.width = -1;
    refit();
  });
  return refit;
}
