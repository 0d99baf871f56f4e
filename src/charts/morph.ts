import { select } from "d3-selection";
import "d3-transition";
import type { Transition } from "d3-transition";
import { MARK } from "../pageContract.ts";
import { motion } from "../styles/tokens.ts";
import { tweenAttributes } from "./attributeTween.ts";

/** Attributes a persisting mark may move or recolour through. */
const MOVING = [
  "x",
  "y",
  "x1",
  "x2",
  "y1",
  "y2",
  "cx",
  "cy",
  "r",
  "width",
  "height",
  "transform",
  "d",
  "fill",
  "stroke",
  "opacity",
  "fill-opacity",
  "stroke-opacity",
  "stroke-width",
] as const;

export interface MorphOptions {
  duration?: number;
  /** Recolour changed marks one after another (the map's districts changing hands). */
  stagger?: boolean;
}

export interface Morph {
  /** Jump to the end state now: the target drawing, exactly. */
  finish(): void;
  done: Promise<void>;
}

/** Plot draws each mark as a top-level group; the key survives our stripping of labels. */
function markKey(group: Element, seen: Map<string, number>): string {
  const name = MARK.read(group) ?? group.tagName;
  const n = seen.get(name) ?? 0;
  seen.set(name, n + 1);
  return `${name}#${n}`;
}

function marks(svg: SVGSVGElement): Map<string, Element> {
  const seen = new Map<string, number>();
  const out = new Map<string, Element>();
  for (const child of svg.children) {
    if (child.tagName.toLowerCase() === "g") out.set(markKey(child, seen), child);
  }
  return out;
}

/**
 * Moves the marks of the drawing on screen towards the next drawing of the same chart:
 * marks that persist (same mark, same place in it) tween position, size and colour; new
 * ones fade in, gone ones fade out. At the end, or on `finish()`, the next drawing itself
 * replaces the old one, so what stays on screen is exactly Plot's drawing of the new state.
 * All transitions are named "state", so a new beat's morph interrupts this one.
 */
export function morph(from: SVGSVGElement, to: SVGSVGElement, options: MorphOptions = {}): Morph {
  const duration = Math.min(options.duration ?? motion.stepMs, motion.maxMs);
  let finished = false;

  const finish = () => {
    if (finished) return;
    finished = true;
    for (const node of from.querySelectorAll("*")) select(node).interrupt("state");
    if (from.isConnected) from.replaceWith(to);
    to.style.opacity = "";
  };

  if (from.getAttribute("viewBox") !== to.getAttribute("viewBox")) {
    finish();
    return { finish, done: Promise.resolve() };
  }

  from.setAttribute("aria-label", to.getAttribute("aria-label") ?? "");
  const before = marks(from);
  const after = marks(to);
  const transitions = stateTransitions(duration, options.stagger ?? false);
  for (const [key, oldGroup] of before) {
    const newGroup = after.get(key);
    if (newGroup) morphMark(oldGroup, newGroup, transitions);
    else transitions.fade(oldGroup, "0");
  }
  for (const [key, newGroup] of after) {
    if (!before.has(key)) fadeIn(newGroup, from, transitions);
  }

  const done = transitions.end().then(() => finish());
  return { finish, done };
}

type StateTransitions = ReturnType<typeof stateTransitions>;

/**
 * The morph's transitions, all named "state", and the promise of their end. Recoloured
 * marks start one after another when staggered, all within the motion budget.
 */
function stateTransitions(duration: number, stagger: boolean) {
  const budget = motion.maxMs - duration;
  const ends: Promise<void>[] = [];
  let staggered = 0;
  const track = (t: Transition<Element, unknown, null, undefined>) => {
    ends.push(t.end().catch(() => undefined));
  };
  return {
    fade(el: Element, target: "0" | "1") {
      track(select(el).transition("state").duration(duration).style("opacity", target));
    },
    move(oldEl: Element, newEl: Element, changes: readonly string[]) {
      const delay =
        stagger && changes.includes("fill") ? Math.min(budget, staggered++ * motion.staggerMs) : 0;
      const t = select(oldEl).transition("state").delay(delay).duration(duration);
      track(tweenAttributes(t, oldEl, newEl, changes));
    },
    end: () => Promise.all(ends),
  };
}

/**
 * One mark that persists: its elements that persist (same tag, same place, and for text the
 * same words) move; the others fade out, and the new drawing's extra ones fade in.
 */
function morphMark(oldGroup: Element, newGroup: Element, transitions: StateTransitions) {
  const oldChildren = [...oldGroup.children];
  const newChildren = [...newGroup.children];
  oldChildren.forEach((oldEl, i) => {
    const newEl = newChildren[i];
    const same =
      newEl &&
      newEl.tagName === oldEl.tagName &&
      (oldEl.tagName.toLowerCase() !== "text" || newEl.textContent === oldEl.textContent);
    if (!same) {
      transitions.fade(oldEl, "0");
      return;
    }
    const changes = MOVING.filter((name) => oldEl.getAttribute(name) !== newEl.getAttribute(name));
    if (changes.length > 0) transitions.move(oldEl, newEl, changes);
  });
  for (const newEl of newChildren.slice(oldChildren.length)) {
    fadeIn(newEl, oldGroup, transitions);
  }
}

/** A copy of the new drawing's `el`, put in `parent` on screen, fading in from nothing. */
function fadeIn(el: Element, parent: Element, transitions: StateTransitions) {
  const clone = el.cloneNode(true) as Element;
  clone.setAttribute("style", `${clone.getAttribute("style") ?? ""};opacity:0`);
  parent.append(clone);
  transitions.fade(clone, "1");
}
