/**
 * How the embedded story is read, decided from what its host says:
 * - `waiting`: it has asked the host where it is (pym's `parentPositionInfo`), no answer yet;
 * - `answered`: a pym parent answered, but it may not follow the reader's scroll (pym answers
 *   that question with or without trackscroll), so the story stays a list until it does;
 * - `driven`: the host has reported a scroll it was not asked for: it tracks scroll, and the
 *   story follows it;
 * - `list`: no answer in time: the list view for good.
 * Only `driven` leaves the list view, so a host that falls silent never strands a reader in
 * a story that cannot move.
 */
export type HostMode = "waiting" | "answered" | "driven" | "list";

/** What can happen: the host answers our question, reports a scroll of its own, or neither in time. */
export type HostEvent = "answer" | "scroll" | "timeout";

export function nextHostMode(mode: HostMode, event: HostEvent): HostMode {
  if (mode === "driven" || mode === "list") return mode;
  if (event === "scroll") return "driven";
  if (event === "answer") return "answered";
  return mode === "waiting" ? "list" : mode;
}

/** How long a host has to answer before the story settles as a list. */
export const ANSWER_WAIT_MS = 1500;
