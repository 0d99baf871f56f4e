/**
 * The unrolled story, every beat with its own static graphic and no sticky behaviour, is a
 * page of its own (list.html, with `class="list-view"` on its root; see
 * scripts/page/viewToggle.ts). An old `?view=list` address is forwarded there.
 */
export function isListView(): boolean {
  return document.documentElement.classList.contains("list-view");
}

/** The list page's address for a `?view=list` story address, or null for any other. */
export function listViewAddress(location: Pick<Location, "search" | "hash">): string | null {
  const params = new URLSearchParams(location.search);
  if (params.get("view") !== "list") return null;
  params.delete("view");
  const search = params.toString();
  return `list.html${search ? `?${search}` : ""}${location.hash}`;
}
