/**
 * The explore section's live region: it says the day's sentence once the day has settled
 * (`quietMs` after the last change, so dragging the slider across ten days says one line,
 * of the day where the reader let go), and never the line it has just said.
 */
export function createDayAnnouncer(region: HTMLElement, quietMs = 700) {
  let timer = 0;
  let lastSaid = "";
  return {
    changed(line: string) {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        if (line === lastSaid) return;
        lastSaid = line;
        region.textContent = line;
      }, quietMs);
    },
  };
}
