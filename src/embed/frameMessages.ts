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

/** How far from the host's viewport a frame's edge may sensibly be, in pixels. */
const OFFSET = 10_000_000;

/**
 * The value of a pym message of `type` for this frame, or null for anything else: objects,
 * other frames, other types, extra fields, or anything implausibly long.
 */
function pymValue(data: unknown, childId: string, type: string): string | null {
  if (typeof data !== "string" || data.length > 200) return null;
  const parts = data.split(DELIMITER);
  if (parts.length !== 4) return null;
  const [head, id, kind, value] = parts;
  return head === "pym" && id === childId && kind === type ? (value ?? null) : null;
}

/**
 * The host's width, if `data` is exactly a pym width message for this frame; null for
 * anything else (objects, other frames, other types, malformed or absurd numbers).
 */
export function hostWidth(data: unknown, childId: string): number | null {
  const value = pymValue(data, childId, "width");
  if (value === null || !/^\d{1,5}$/.test(value)) return null;
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

/** The host's viewport and where this frame sits in it, as pym's trackscroll reports them. */
export interface HostViewport {
  /** The host window's inner size. */
  width: number;
  height: number;
  /** The frame's edges, relative to the host viewport's top left corner. */
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A length as pym writes a rectangle's edge: a plain decimal, perhaps negative. */
const EDGE = /^-?\d{1,8}(\.\d{1,20})?$/;

/**
 * The host's viewport, if `data` is exactly a pym `viewport-iframe-position` message for
 * this frame ("vWidth vHeight top left bottom right"); null for anything else, including
 * a viewport of no size, edges out of order and numbers beyond any real page.
 */
export function hostViewport(data: unknown, childId: string): HostViewport | null {
  const value = pymValue(data, childId, "viewport-iframe-position");
  const fields = value?.split(" ") ?? [];
  if (fields.length !== 6 || !fields.every((f) => EDGE.test(f))) return null;
  const [width, height, top, left, bottom, right] = fields.map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const inViewRange = (n: number) => n >= WIDTH.min && n <= WIDTH.max;
  const inPageRange = (n: number) => Math.abs(n) <= OFFSET;
  if (!inViewRange(width) || !inViewRange(height)) return null;
  if (![top, left, bottom, right].every(inPageRange)) return null;
  if (bottom < top || right < left) return null;
  return { width, height, top, left, bottom, right };
}
