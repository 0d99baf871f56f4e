import type { LiveGraphic } from "../charts/live.ts";
import {
  GRAPHIC,
  GRAPHIC_CANVAS,
  GRAPHIC_ERROR,
  GRAPHIC_LIVE,
  TABLE_LINK,
} from "../pageContract.ts";
import type { ClientBeat } from "./clientStory.ts";
import { loadLiveGraphic } from "./loadLiveGraphic.ts";
import { reducedMotion } from "./reducedMotion.ts";

/**
 * The sticky graphic. It shows the prerendered picture of the active beat until the chart
 * code has loaded, and keeps showing pictures if that code fails: the text never waits on
 * a chart, and a broken chart never hides the story.
 */
export function createStage(container: HTMLElement, beats: readonly ClientBeat[]) {
  const { canvas, title, description } = stageParts(container);
  // The prerendered picture's markup, put back if a chart fails after replacing it.
  const pictureMarkup = canvas.innerHTML;
  let live: LiveGraphic | null = null;
  let active: ClientBeat | null = null;

  // The canvas's size, kept up to date by the ResizeObserver below and read again only when
  // a new graphic's title goes in: reading it on every beat change would force a layout.
  let size = { width: 0, height: 0 };
  const measure = () => clampSize(canvas.clientWidth, canvas.clientHeight);
  const sizeNow = () => {
    if (size.width === 0) size = measure();
    return size;
  };

  function show(beat: ClientBeat, animate = true) {
    active = beat;
    GRAPHIC.set(container, beat.graphic);
    if (title.textContent !== beat.title) {
      title.textContent = beat.title;
      // A new graphic's title may take another line and change the canvas's height: the
      // canvas is measured again now, once per change of graphic, not on every beat.
      if (size.width !== 0) size = measure();
    }
    const tableLink = container.querySelector<HTMLAnchorElement>(TABLE_LINK.selector);
    if (tableLink) tableLink.href = `#table-${beat.graphic}`;
    description.textContent = beat.description;
    if (!live) return showPicture(canvas, beat);
    try {
      live.show(beat, sizeNow(), animate && !reducedMotion());
      GRAPHIC_ERROR.remove(container);
    } catch {
      fallBack(beat);
    }
  }

  /** A chart that fails, now or when it draws, gives way to the pictures for good. */
  function fallBack(beat: ClientBeat) {
    GRAPHIC_ERROR.set(container, beat.id);
    live = null;
    canvas.replaceChildren();
    canvas.innerHTML = pictureMarkup;
    showPicture(canvas, beat);
  }

  /** Loads the chart code; until it arrives (or if it never does) the pictures stand in. */
  async function loadCharts() {
    try {
      live = await loadLiveGraphic(canvas, beats, sizeNow, () => {
        if (active && live) fallBack(active);
      });
      GRAPHIC_LIVE.set(container, "true");
      if (active) show(active, false);
    } catch {
      GRAPHIC_ERROR.set(container, "load");
    }
  }

  new ResizeObserver(([entry]) => {
    if (!entry) return;
    const next = clampSize(entry.contentRect.width, entry.contentRect.height);
    const changed = size.width !== 0 && (next.width !== size.width || next.height !== size.height);
    size = next;
    // The graphic's height is in svh, which a phone's sliding address bar leaves alone: the
    // canvas changes height only with the window or when a new title takes another line.
    if (changed) live?.resize(size);
  }).observe(canvas);

  return { show, loadCharts };
}

function stageParts(container: HTMLElement) {
  const found = {
    canvas: container.querySelector<HTMLElement>(GRAPHIC_CANVAS.selector),
    title: container.querySelector<HTMLElement>("#graphic-title"),
    description: container.querySelector<HTMLElement>("#graphic-description"),
  };
  if (!found.canvas || !found.title || !found.description) {
    throw new Error("the sticky graphic is missing its parts");
  }
  return found as Record<keyof typeof found, HTMLElement>;
}

// Charts are drawn at the canvas's own size, so their text is never shrunk to fit; the
// floor is for a canvas not laid out yet (the charts are tested down to 296 × 155).
const clampSize = (width: number, height: number) => ({
  width: Math.max(280, Math.round(width)),
  height: Math.max(150, Math.round(height)),
});

/** The prerendered picture of `beat`, in place of the one in `canvas`. */
function showPicture(canvas: HTMLElement, beat: ClientBeat) {
  const img = canvas.querySelector("img");
  if (!img) return;
  for (const [i, source] of canvas.querySelectorAll("source").entries()) {
    setIfNew(source, "srcset", beat.pictures[i] ?? "");
  }
  setIfNew(img, "src", beat.pictures.at(-1) ?? "");
  img.alt = beat.name;
}

/**
 * An image's source set again, even to the address it has, makes the browser load and paint
 * it again: the first beat's picture, already on screen, would count as a new largest paint.
 */
function setIfNew(el: Element, attribute: "src" | "srcset", value: string) {
  if (el.getAttribute(attribute) !== value) el.setAttribute(attribute, value);
}
