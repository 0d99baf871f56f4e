import { BEAT, GRAPHIC, STORY_EMBED } from "../pageContract.ts";
import { readBeats } from "../story/clientStory.ts";
import { startStory } from "../story/story.ts";
import type { HostViewport } from "./frameMessages.ts";
import { hostScroll } from "./hostScroll.ts";
import { frameInView, hostActiveBeat, hostScreen } from "./hostView.ts";
import { keepStoryHeight } from "./storyHeight.ts";

export function part<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`the story embed is missing ${selector}`);
  return found;
}

/**
 * Turns the list view into the scrolling story, driven from now on by the host's reports
 * (`follow`), at the beat the reader had reached in the list, and as tall as the list was.
 * `askScroll(y)` asks the host to bring the frame's `y` to the top of what the reader sees.
 */
export function driveStory(doc: Document, first: HostViewport, askScroll: (y: number) => void) {
  const root = doc.documentElement;
  const beats = readBeats(doc);
  const steps = beats.map((b) => part<HTMLElement>(doc, BEAT.is(b.id)));
  // The beat the reader has reached in the list, to find again in the story's layout.
  const reached = frameInView(first)
    ? hostActiveBeat(
        {
          width: window.innerWidth,
          steps: steps.map((s) => s.getBoundingClientRect().top + window.scrollY),
        },
        first,
      )
    : null;
  const refit = keepStoryHeight(root, part(doc, STORY_EMBED.selector), steps.length);
  root.classList.remove("list-view");
  root.classList.add("host-driven");

  let screen: { width: number; height: number } | null = null;
  const sizeTo = (view: HostViewport) => {
    const next = hostScreen(screen, view);
    if (next.height === screen?.height && next.width === screen.width) return;
    screen = next;
    root.style.setProperty("--host-vh", `${next.height / 100}px`);
    refit();
  };
  sizeTo(first);
  const driven = hostScroll(
    { graphic: part(doc, GRAPHIC.selector), story: part(doc, "#story") },
    first,
    askScroll,
  );
  const { stage } = startStory(beats, driven.scroll);
  if (reached !== null && reached > 0) driven.scroll.reveal(steps[reached] as HTMLElement);
  void stage.loadCharts();
  return {
    /** A position from the host. */
    follow(view: HostViewport) {
      sizeTo(view);
      driven.follow(view);
    },
  };
}
