/** A link to a data table opens it, whether followed now or on arrival with the hash. */
export function openTablesFromLinks(): void {
  const open = () => {
    const target = window.location.hash && document.getElementById(window.location.hash.slice(1));
    if (target instanceof HTMLDetailsElement) target.open = true;
  };
  window.addEventListener("hashchange", open);
  open();
}
