import { HOST, STORY_EMBED } from "../pageContract.ts";
import { openTablesFromLinks } from "../story/tables.ts";
import { driveStory, part } from "./drivenStory.ts";
import { readChildId, readHeaderTop } from "./embedParams.ts";
import { hostViewport, pymMessage } from "./frameMessages.ts";
import { reportFrameSize } from "./frameSize.ts";
import { ANSWER_WAIT_MS, type HostMode, nextHostMode } from "./hostMode.ts";
import { belowHeader } from "./hostView.ts";

/** What the host asks in the address: its pym id, and the height of its sticky header. */
function readAddress() {
  const query = new URLSearchParams(window.location.search);
  const problems: string[] = [];
  const childId = readChildId(query, problems);
  const headerTop = readHeaderTop(query, problems);
  if (problems.length > 0)
    console.warn(`This embed ignored part of its address: ${problems.join("; ")}.`);
  return { childId, headerTop };
}

/**
 * The whole story (or a chapter of it) in a frame as tall as its content
 * (src/embed/storyEmbed.css). It opens as the list view, which needs no scroll at all, and
 * asks its pym host where it is. Once the host shows that it reports the reader's scroll
 * (trackscroll), the story runs from those reports: the active beat from the host's reading
 * line, the graphic kept in the host's viewport, below the host's sticky header when the
 * address gives its height (`top=`). A host that never answers, or never tracks scroll,
 * keeps the list.
 */
export function startStoryEmbed(doc: Document) {
  const root = doc.documentElement;
  const content = part<HTMLElement>(doc, STORY_EMBED.selector);
  const { childId, headerTop } = readAddress();
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
  // pym brings the frame's `y` to the top of the host's window: bring it below the header.
  const askScroll = (y: number) => send("scrollToChildPos", String(Math.round(y - headerTop)));
  keepLinksInFrame(doc, askScroll);

  let asked = 0;
  let driven: ReturnType<typeof driveStory> | null = null;
  window.addEventListener("message", (event) => {
    if (event.source !== parent) return;
    const reported = hostViewport(event.data, childId);
    if (!reported) return;
    const view = belowHeader(reported, headerTop);
    const answer = asked > 0;
    if (answer) asked -= 1;
    const next = nextHostMode(mode, answer ? "answer" : "scroll");
    if (next === "driven" && !driven) driven = driveStory(doc, view, askScroll);
    settle(next);
    driven?.follow(view);
  });

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
