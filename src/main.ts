import "./styles/fonts.ts";
import "./styles/page.css";
import { watchExplore } from "./explore/exploreSection.ts";
import { readBeats } from "./story/clientStory.ts";
import { isListView, listViewAddress } from "./story/listView.ts";
import { keepMomentLinksInPage } from "./story/momentLinks.ts";
import { fillPrintAddress } from "./story/printAddress.ts";
import { startStory } from "./story/story.ts";
import { openTablesFromLinks } from "./story/tables.ts";
import { whenReading } from "./story/whenReading.ts";

const listAddress = isListView() ? null : listViewAddress(window.location);
if (listAddress) window.location.replace(listAddress);
else {
  keepMomentLinksInPage(document);
  openTablesFromLinks();
  watchExplore();
  fillPrintAddress(document, window.location.href);
  if (!isListView()) {
    const { stage } = startStory(readBeats(document));
    // Read in a frame, where the page is laid out anyway: `scrollY` read in the load event
    // forced a layout of its own there, a long task on a slow phone.
    const afterLoad = () =>
      requestAnimationFrame(() => {
        const midStory = window.location.hash !== "" || window.scrollY > window.innerHeight;
        whenReading(() => void stage.loadCharts(), midStory);
      });
    if (document.readyState === "complete") afterLoad();
    else window.addEventListener("load", afterLoad, { once: true });
  }
}
