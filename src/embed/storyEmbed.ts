import { BEAT, GRAPHIC, HOST, STORY_EMBED } from "../pageContract.ts";
import { readBeats } from "../story/clientStory.ts";
import { startStory } from "../story/story.ts";
import { openTablesFromLinks } from "../story/tables.ts";
import { readChildId } from "./embedParams.ts";
import { type HostViewport, hostViewport, pymMessage } from "./frameMessages.ts";
import { reportFrameSize } from "./frameSize.ts";
import { ANSWER_WAIT_MS, type HostMode, nextHostMode } from "./hostMode.ts";
import { hostScroll } from "./hostScroll.ts";
import { frameInView, hostActiveBeat, hostScreen } from "./hostView.ts";

function part<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`the story embed is missing ${selector}`);
  return found;
}

/**
 * The whole story in a frame as tall as its content (src/embed/storyEmbed.css). It opens as
 * the list view, which needs no scroll at all, and asks its pym host where it is. Once the
 * host shows that it reports the reader's scroll (trackscroll), the story runs from those
 * reports: the active beat from the host's reading line, the graphic kept in the host's
 * viewport. A host that never answers, or never tracks scroll, keeps the list.
 */
export function startStoryEmbed(doc: Document) {
  const root = doc.documentElement;
  const content = part<HTMLElement>(doc, STORY_EMBED.selector);
  const problems: string[] = [];
  const childId = readChildId(new URLSearchParams(window.location.search), problems);
  if (problems.length > 0)
    console.warn(`This embed ignored part of its address: ${problems.join("; ")}.`);
  openTablesFromLinks();
  reportFrameSize(content, childId);

  let mode: HostMode = "waiting";
  const settle = (next: HostMode) => {
    mode = next;
    HOST.set(root, mode);
  };
  settle(mode);
  const parent = window.parent;
  if (!childId || parent === window) return settle("list");

  const send = (type: string, value = "") =>
    parent.postMessage(pymMessage(childId, type, value), "*");
  const askScroll = (y: number) => send("scrollToChildPos", String(Math.round(y)));
  keepLinksInFrame(doc, askScroll);

  let asked = 0;
  let screen: { width: number; height: number } | null = null;
  let host: ReturnType<typeof hostScroll> | null = null;
  const sizeTo = (view: HostViewport) => {
    const next = hostScreen(screen, view);
    if (next.height === screen?.height && next.width === screen.width) return;
    screen = next;
    root.style.setProperty("--host-vh", `${next.height / 100}px`);
  };

  window.addEventListener("message", (event) => {
    if (event.source !== parent) return;
    const view = hostViewport(event.data, childId);
    if (!view) return;
    const answer = asked > 0;
    if (answer) asked -= 1;
    const next = nextHostMode(mode, answer ? "answer" : "scroll");
    if (next === "driven" && !host) host = drive(view);
    settle(next);
    if (host) {
      sizeTo(view);
      host.follow(view);
    }
  });

  function drive(view: HostViewport) {
    const beats = readBeats(doc);
    const steps = beats.map((b) => part<HTMLElement>(doc, BEAT.is(b.id)));
    // The beat the reader has reached in the list, to find again in the story's layout.
    const reached = frameInView(view)
      ? hostActiveBeat(
          {
            width: window.innerWidth,
            steps: steps.map((s) => s.getBoundingClientRect().top + window.scrollY),
          },
          view,
        )
      : null;
    sizeTo(view);
    root.classList.remove("list-view");
    root.classList.add("host-driven");
    const driven = hostScroll(
      { graphic: part(doc, GRAPHIC.selector), story: part(doc, "#story") },
      view,
      askScroll,
    );
    const { stage } = startStory(beats, driven.scroll);
    if (reached !== null && reached > 0) driven.scroll.reveal(steps[reached] as HTMLElement);
    void stage.loadCharts();
    return driven;
  }

  asked += 1;
  send("parentPositionInfo");
  window.setTimeout(() => settle(nextHostMode(mode, "timeout")), ANSWER_WAIT_MS);
}

/**
 * A link to a place in the story (a data table) opens it and asks the host to scroll
 * there: the frame has no scroll of its own to follow the link with.
 */
function keepLinksInFrame(doc: Document, askScroll: (y: number) => void) {
  doc.addEventListener("click", (event) => {
    const link = event.target instanceof Element ? event.target.closest("a") : null;
    if (!link || link.target || !link.hash || link.pathname !== window.location.pathname) return;
    const target = doc.getElementById(decodeURIComponent(link.hash.slice(1)));
    if (!target) return;
    event.preventDefault();
    if (target instanceof HTMLDetailsElement) {
      target.open = true;
      target.querySelector("summary")?.focus({ preventScroll: true });
    }
    askScroll(target.getBoundingClientRect().top + window.scrollY - 16);
  });
}
