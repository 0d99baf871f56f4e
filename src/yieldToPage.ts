/**
 * Hands the main thread back to the page (input, scrolling, painting) before going on, so
 * long work done in steps never makes one long task: `scheduler.yield()` where the browser
 * has it (the rest of the work keeps its place in the queue), a new task elsewhere.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
