import type { Transition } from "d3-transition";

const numbers = (value: string) => value.match(/-?\d*\.?\d+(e[-+]?\d+)?/gi)?.length ?? 0;
const isPaint = (value: string) =>
  !value.startsWith("url(") && value !== "none" && value !== "currentColor";

/** Whether an attribute can be interpolated from `a` to `b`, or must switch. */
function canTween(name: string, a: string | null, b: string | null): boolean {
  return (
    a !== null &&
    b !== null &&
    (name === "fill" || name === "stroke"
      ? isPaint(a) && isPaint(b)
      : name !== "d" || numbers(a) === numbers(b))
  );
}

/**
 * Moves each named attribute of `oldEl` to its value on `newEl` in the transition `t`.
 * What cannot be tweened (a hatch pattern, a path that gains points) switches halfway.
 */
export function tweenAttributes(
  t: Transition<Element, unknown, null, undefined>,
  oldEl: Element,
  newEl: Element,
  names: readonly string[],
) {
  let out = t;
  for (const name of names) {
    const a = oldEl.getAttribute(name);
    const b = newEl.getAttribute(name);
    out = canTween(name, a, b)
      ? out.attr(name, b)
      : out.attrTween(name, () => (k) => (k < 0.5 ? a : b) ?? "");
  }
  return out;
}
