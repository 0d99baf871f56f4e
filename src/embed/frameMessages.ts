/**
 * The messages an embed exchanges with the page that frames it. pym.js (1.3.2) speaks in
 * strings, `pymxPYMx<childId>xPYMx<type>xPYMx<value>`, and ignores objects; AMP's
 * amp-iframe and @newswire/frames listen for an object and ignore strings. Sending both
 * sizes the frame in any of them.
 */
const DELIMITER = "xPYMx";

export const pymMessage = (childId: string, type: string, value: string) =>
  ["pym", childId, type, value].join(DELIMITER);

export const ampSizeMessage = (height: number) =>
  ({ sentinel: "amp", type: "embed-size", height }) as const;

/** AMP refuses to size a frame below this. */
export const AMP_MIN_HEIGHT = 100;

/** The widths a host may sensibly report; anything else is not a width. */
const WIDTH = { min: 1, max: 10_000 };

/**
 * The host's width, if `data` is exactly a pym width message for this frame; null for
 * anything else (objects, other frames, other types, malformed or absurd numbers).
 */
export function hostWidth(data: unknown, childId: string): number | null {
  if (typeof data !== "string" || data.length > 200) return null;
  const parts = data.split(DELIMITER);
  if (parts.length !== 4) return null;
  const [head, id, type, value] = parts;
  if (head !== "pym" || id !== childId || type !== "width" || !/^\d{1,5}$/.test(value ?? ""))
    return null;
  const width = Number(value);
  return width >= WIDTH.min && width <= WIDTH.max ? width : null;
}
