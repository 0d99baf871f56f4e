import { watchExplore } from "../explore/exploreSection.ts";
import { EXPLORE } from "../pageContract.ts";
import { readChildId } from "./embedParams.ts";
import { reportFrameSize } from "./frameSize.ts";

/**
 * The explore section's embed: the section alone, its frame kept as tall as its content
 * (pym.js and AMP's message, as the graphics' embeds), the day chosen by `?day=<date>`;
 * the host's address is not the embed's, so the day is not written into it.
 */
export function startExploreEmbed(doc: Document) {
  const content = doc.querySelector<HTMLElement>(EXPLORE.selector);
  if (!content) return;
  const query = new URLSearchParams(window.location.search);
  const problems: string[] = [];
  reportFrameSize(content, readChildId(query, problems));
  if (problems.length > 0)
    console.warn(`This embed ignored part of its address: ${problems.join("; ")}.`);
  watchExplore(doc, { keepHash: false, day: query.get("day") });
}
