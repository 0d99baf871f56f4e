import {
  AMP_MIN_HEIGHT,
  ampSizeMessage,
  hostWidth,
  isFramesInit,
  pymMessage,
} from "./frameMessages.ts";

/**
 * Tells the framing page how tall the embed is, whenever that changes: as a pym message
 * (when a pym parent gave us its id) and as AMP's embed-size message. The height is what
 * the content needs, measured on the content itself (pym's own `body.offsetHeight` misses
 * a last child's margin, and the document's scroll height never shrinks below the frame).
 */
export function reportFrameSize(content: HTMLElement, childId: string | null) {
  const parent = window.parent;
  if (parent === window) return;
  let sent = 0;
  let queued = 0;
  const measure = () => Math.ceil(content.getBoundingClientRect().bottom + window.scrollY);
  const send = (force = false) => {
    const height = measure();
    if (height === sent && !force) return;
    sent = height;
    if (childId) parent.postMessage(pymMessage(childId, "height", String(height)), "*");
    parent.postMessage(ampSizeMessage(Math.max(AMP_MIN_HEIGHT, height)), "*");
  };
  const soon = () => {
    window.clearTimeout(queued);
    queued = window.setTimeout(() => send(), 0);
  };
  new ResizeObserver(() => send()).observe(content);
  // A frame out of the host's view is not rendered, so it gets no resize observations:
  // a new drawing, a picture loaded or the table opened is measured when it happens.
  new MutationObserver(soon).observe(content, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ["open", "hidden", "src", "srcset"],
  });
  content.addEventListener("load", soon, true);
  window.addEventListener("resize", soon);
  document.fonts?.addEventListener("loadingdone", soon);
  // A pym parent asks again after each of its resizes, and @newswire/frames when it starts
  // watching a frame that has already loaded: answer either with the height now.
  window.addEventListener("message", (event) => {
    if (event.source !== parent) return;
    if (isFramesInit(event.data) || (childId && hostWidth(event.data, childId) !== null))
      send(true);
  });
  send(true);
}
