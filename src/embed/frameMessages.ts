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

/** The heights a frame may sensibly ask for; anything else is not a height. */
const HEIGHT = { min: AMP_MIN_HEIGHT, max: 20_000 };

/**
 * The height in an AMP-style embed-size message (what our embeds send), or null for
 * anything else: strings, other types, heights that are not whole numbers in range.
 */
export function ampHeight(data: unknown): number | null {
  if (typeof data !== "object" || data === null) return null;
  const { sentinel, type, height } = data as Record<string, unknown>;
  if (sentinel !== "amp" || type !== "embed-size" || typeof height !== "number") return null;
  return Number.isInteger(height) && height >= HEIGHT.min && height <= HEIGHT.max ? height : null;
}

/**
 * True for the message @newswire/frames sends a frame it starts watching after the frame
 * has loaded (`observeIframe`): the frame answers with its height, which it sent before
 * anyone was listening.
 */
export function isFramesInit(data: unknown): boolean {
  if (typeof data !== "object" || data === null) return false;
  const { sentinel, type } = data as Record<string, unknown>;
  return sentinel === "amp" && type === "frames-init";
}
