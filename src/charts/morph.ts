import { select } from "d3-selection";
import "d3-transition";
import { motion } from "../styles/tokens.ts";

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

const numbers = (value: string) => value.match(/-?\d*\.?\d+(e[-+]?\d+)?/gi)?.length ?? 0;
const isPaint = (value: string) =>
  !value.startsWith("url(") && value !== "none" && value !== "currentColor";

/** Plot draws each mark as a top-level group; the key survives our stripping of labels. */
function markKey(group: Element, seen: Map<string, number>): string {
  const name = group.getAttribute("data-mark") ?? group.tagName;
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
  const budget = motion.maxMs - duration;
  const transitions: Promise<void>[] = [];
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
  let staggered = 0;

  const fade = (el: Element, target: "0" | "1") => {
    const t = select(el).transition("state").duration(duration).style("opacity", target);
    transitions.push(t.end().catch(() => undefined));
  };

  for (const [key, oldGroup] of before) {
    const newGroup = after.get(key);
    if (!newGroup) {
      fade(oldGroup, "0");
      continue;
    }
    const oldChildren = [...oldGroup.children];
    const newChildren = [...newGroup.children];
    oldChildren.forEach((oldEl, i) => {
      const newEl = newChildren[i];
      const same =
        newEl &&
        newEl.tagName === oldEl.tagName &&
        (oldEl.tagName.toLowerCase() !== "text" || newEl.textContent === oldEl.textContent);
      if (!same) {
        fade(oldEl, "0");
        return;
      }
      const changes = MOVING.filter(
        (name) => oldEl.getAttribute(name) !== newEl.getAttribute(name),
      );
      if (changes.length === 0) return;
      const recolours = changes.includes("fill");
      const delay =
        options.stagger && recolours ? Math.min(budget, staggered++ * motion.staggerMs) : 0;
      let t = select(oldEl).transition("state").delay(delay).duration(duration);
      for (const name of changes) {
        const a = oldEl.getAttribute(name);
        const b = newEl.getAttribute(name);
        const smooth =
          a !== null &&
          b !== null &&
          (name === "fill" || name === "stroke"
            ? isPaint(a) && isPaint(b)
            : name !== "d" || numbers(a) === numbers(b));
        // What cannot be tweened (a hatch pattern, a path that gains points) switches halfway.
        t = smooth ? t.attr(name, b) : t.attrTween(name, () => (k) => (k < 0.5 ? a : b) ?? "");
      }
      transitions.push(t.end().catch(() => undefined));
    });
    for (const newEl of newChildren.slice(oldChildren.length)) {
      const clone = newEl.cloneNode(true) as Element;
      clone.setAttribute("style", `${clone.getAttribute("style") ?? ""};opacity:0`);
      oldGroup.append(clone);
      fade(clone, "1");
    }
  }
  for (const [key, newGroup] of after) {
    if (before.has(key)) continue;
    const clone = newGroup.cloneNode(true) as Element;
    clone.setAttribute("style", `${clone.getAttribute("style") ?? ""};opacity:0`);
    from.append(clone);
    fade(clone, "1");
  }

  const done = Promise.all(transitions).then(() => finish());
  return { finish, done };
}
