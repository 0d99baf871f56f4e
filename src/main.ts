import "./styles/fonts.ts";
import "./styles/page.css";
import story from "virtual:story";
import { isListView, labelViewToggle } from "./story/listView.ts";
import { startStory } from "./story/story.ts";
import { openTablesFromLinks } from "./story/tables.ts";

labelViewToggle();
openTablesFromLinks();
if (!isListView()) {
  const { stage } = startStory(story.beats);
  // Chart code waits until the page has painted; the prerendered pictures cover until then.
  const loadCharts = () =>
    requestAnimationFrame(() => setTimeout(() => void stage.loadCharts(), 0));
  if (document.readyState === "complete") loadCharts();
  else window.addEventListener("load", loadCharts, { once: true });
}
