import { KEY, KEYS, STEP } from "../pageContract.ts";

const STORAGE_KEY = "aleppo-story-keys";

/**
 * j / k step to the next / previous beat, as on many news sites, but only while the story
 * is being read: focus inside it, or nothing focused and the page not scrolled past it. Ignored
 * while typing or with a modifier held, so browser and screen-reader shortcuts keep
 * working, and a reader can turn them off (WCAG 2.1.4): the choice is remembered.
 */
export function bindStepKeys(
  story: HTMLElement,
  step: (delta: 1 | -1) => void,
  toggle: HTMLInputElement | null,
): () => void {
  const root = document.documentElement;
  const setOn = (on: boolean) => {
    KEYS.set(root, on ? "on" : "off");
    for (const button of story.querySelectorAll<HTMLElement>(STEP.selector)) {
      if (on) button.setAttribute("aria-keyshortcuts", KEY.read(button) ?? "");
      else button.removeAttribute("aria-keyshortcuts");
    }
    if (toggle) toggle.checked = on;
  };
  // On until the reader's stored choice says otherwise, read in a task of its own: a page's
  // first localStorage read waits on the browser, and the script that starts the story is
  // one long task on a slow phone without it.
  setOn(true);
  setTimeout(() => {
    if (remembered() === "off") setOn(false);
  }, 0);
  const onToggle = () => {
    setOn(toggle?.checked ?? true);
    remember(toggle?.checked === false ? "off" : "on");
  };
  if (toggle) {
    toggle.closest<HTMLElement>("[hidden]")?.removeAttribute("hidden");
    toggle.addEventListener("change", onToggle);
  }

  const reading = (target: Element | null) => {
    if (target && target !== document.body && target !== root) return story.contains(target);
    // Above the story (the headline) a key starts it; past it, the keys are the reader's.
    return story.getBoundingClientRect().bottom > window.innerHeight / 2;
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== "j" && event.key !== "k") return;
    if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
    if (KEYS.read(root) === "off") return;
    const target = event.target instanceof Element ? event.target : null;
    if (target?.closest("input, textarea, select, [contenteditable='true']")) return;
    if (!reading(target)) return;
    event.preventDefault();
    step(event.key === "j" ? 1 : -1);
  };
  document.addEventListener("keydown", onKey);
  return () => {
    document.removeEventListener("keydown", onKey);
    toggle?.removeEventListener("change", onToggle);
  };
}

function remembered(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function remember(value: "on" | "off"): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, value);
  } catch {
    // Private modes may refuse storage: the choice then lasts as long as the page.
  }
}
