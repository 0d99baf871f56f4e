/**
 * The unrolled story: every beat with its own static graphic, no sticky behaviour. The
 * page's head script sets the class from `?view=list` before first paint; this only keeps
 * the toggle's words and address right.
 */
export function isListView(): boolean {
  return document.documentElement.classList.contains("list-view");
}

export function labelViewToggle(): void {
  for (const toggle of document.querySelectorAll<HTMLAnchorElement>("[data-view-toggle]")) {
    const url = new URL(window.location.href);
    if (isListView()) {
      url.searchParams.delete("view");
      toggle.textContent = "Show as a scrolling story";
    } else {
      url.searchParams.set("view", "list");
      toggle.textContent = "Show as a list";
    }
    url.hash = "";
    toggle.href = `${url.pathname}${url.search}`;
  }
}
