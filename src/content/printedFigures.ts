import type { Beat } from "./story.ts";

/**
 * The beats whose picture the printed copy shows (#22): the first beat, and every beat whose
 * graphic or state differs from the beat before's. A beat that keeps the graphic and state
 * of the one before (it moves the date or the districts singled out) is printed beside the
 * picture before it, so each picture is printed once where it changes, not once per beat.
 * The build marks these beats' figures (`PRINT_FIGURE`), and the print styles show those
 * alone.
 */
export function printedFigures(
  beats: readonly Pick<Beat, "id" | "graphic" | "state">[],
): ReadonlySet<string> {
  return new Set(
    beats
      .filter((beat, i) => {
        const before = beats[i - 1];
        return !before || before.graphic !== beat.graphic || before.state !== beat.state;
      })
      .map((beat) => beat.id),
  );
}
