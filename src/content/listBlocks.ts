import { CopyError } from "./CopyError.ts";

/** A list of objects in the copy (`[beats]`, `[corrections]`), as the line scan reads it. */
export interface ListShape {
  /** Its name in the copy: `beats` for `[beats]`. */
  name: string;
  /** What one item is called in errors: "beat". */
  noun: string;
  /** The keys an item may have; the first starts every item. */
  keys: readonly string[];
}

export interface ListBlock {
  /** The line of the first key, which starts every item. */
  line: number;
  /** The line of each other key. */
  keys: Map<string, number>;
}

const article = (word: string) => (/^[aeiou]/i.test(word) ? "an" : "a");

/**
 * Finds where each item of a list starts and which keys it sets, line by line, so errors can
 * point at a line, and an item that lost its first key (ArchieML would silently merge it
 * into the previous one) is caught as a repeated key.
 */
export function listBlocks(text: string, file: string, shape: ListShape): ListBlock[] {
  const opens = new RegExp(`^\\[${shape.name}\\]$`, "i");
  const first = shape.keys[0];
  const blocks: ListBlock[] = [];
  let inList = false;
  text.split("\n").forEach((content, i) => {
    const line = i + 1;
    const trimmed = content.trim();
    if (opens.test(trimmed)) inList = true;
    else if (/^\[\]$/.test(trimmed) || /^\[[^\]]+\]$/.test(trimmed)) inList = false;
    if (!inList) return;
    const key = /^([A-Za-z][\w-]*)\s*:/.exec(trimmed)?.[1];
    if (!key) return;
    if (!shape.keys.includes(key))
      throw new CopyError(
        file,
        line,
        `unknown key "${key}" in ${article(shape.noun)} ${shape.noun}`,
      );
    if (key === first) {
      blocks.push({ line, keys: new Map() });
      return;
    }
    const block = blocks.at(-1);
    if (!block)
      throw new CopyError(file, line, `"${key}" comes before the first ${shape.noun}'s ${first}`);
    if (block.keys.has(key)) {
      throw new CopyError(
        file,
        line,
        `"${key}" repeats within the ${shape.noun} that starts on line ${block.line}; is ${article(first ?? "")} "${first}:" missing?`,
      );
    }
    block.keys.set(key, line);
  });
  return blocks;
}
