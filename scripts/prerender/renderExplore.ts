import { graphic } from "../../src/charts/registry.ts";
import type { ChartRecords } from "../../src/charts/types.ts";
import { graphicsOn } from "../../src/explore/dayGraphics.ts";
import { daySentence } from "../../src/explore/daySentence.ts";
import { exploreDays, FIRST_DAY } from "../../src/explore/days.ts";
import { keyDays } from "../../src/explore/keyDays.ts";
import type { PageWords } from "../../src/locale/page/types.ts";
import {
  EXPLORE,
  EXPLORE_ANNOUNCER,
  EXPLORE_CANVAS,
  EXPLORE_DATE,
  EXPLORE_DAYS,
  EXPLORE_PLAY,
  EXPLORE_SENTENCE,
  EXPLORE_SLIDER,
  EXPLORE_STEP,
} from "../../src/pageContract.ts";
import { html, lines, type SafeHtml } from "./html.ts";

/**
 * The date control: a range input, one step a day, that runs left to right in either
 * edition, as the charts' time axes do; its label and buttons follow the reading direction.
 * Play is shown by the script, and only where motion is welcome.
 */
function dayControl(words: PageWords, days: readonly string[], day: string): SafeHtml {
  const { explore } = words;
  const step = (to: "prev" | "next", label: string) =>
    html`<button type="button" class="button" ${EXPLORE_STEP.write(to)}>${label}</button>`;
  return lines([
    html`<div class="explore-control">`,
    html`<p class="explore-day"><label for="explore-slider">${explore.day}</label> <output for="explore-slider" ${EXPLORE_DATE.write()}>${words.longDate(day)}</output></p>`,
    html`<input type="range" id="explore-slider" class="explore-slider" dir="ltr" min="0" max="${days.length - 1}" step="1" value="${days.indexOf(day)}" aria-valuetext="${words.longDate(day)}" ${EXPLORE_SLIDER.write()}>`,
    html`<p class="explore-buttons">${step("prev", explore.previousDay)}<button type="button" class="button" ${EXPLORE_PLAY.write()} aria-pressed="false" hidden>${explore.play}</button>${step("next", explore.nextDay)}</p>`,
    html`</div>`,
  ]);
}

/** The key days as a table, for readers without the script: the day, and its sentence. */
function keyDaysTable(records: ChartRecords, words: PageWords): SafeHtml {
  const { explore } = words;
  const [dayHead, saidHead] = explore.keyDaysColumns;
  const rows = keyDays(records).map(
    (day) =>
      html`<tr><th scope="row"><time datetime="${day}">${words.longDate(day)}</time></th><td>${daySentence(records, day, explore)}</td></tr>`,
  );
  return html`<div class="explore-key-days table-scroll" role="region" tabindex="0" aria-labelledby="explore-key-days-caption"><table><caption id="explore-key-days-caption">${explore.keyDaysCaption}</caption><thead><tr><th scope="col">${dayHead}</th><th scope="col">${saidHead}</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

/**
 * The explore section after the story (#22): a day's district map, share under government
 * control and evacuation counts side by side, the day's sentence, and the control that
 * chooses the day. The charts are drawn by the script (`src/explore/`), which loads as the
 * reader nears the section; without it, the table of key days stands in for the control.
 */
export function renderExplore(records: ChartRecords, words: PageWords, day = FIRST_DAY): string {
  const days = exploreDays();
  const { explore } = words;
  const panels = graphicsOn(day).map(({ graphic: name }) => {
    const title = graphic(name).title(records.edition);
    return html`<figure class="explore-panel" aria-labelledby="explore-title-${name}"><p class="figure-title" id="explore-title-${name}">${title}</p><div class="explore-canvas" ${EXPLORE_CANVAS.write(name)}></div></figure>`;
  });
  return lines([
    html`<section class="explore" id="explore" aria-labelledby="explore-head" ${EXPLORE.write(day)} ${EXPLORE_DAYS.write(`${days[0]}|${days.at(-1)}`)}>`,
    html`<h2 id="explore-head">${explore.head}</h2>`,
    html`<p class="explore-intro">${explore.intro}</p>`,
    html`<div class="explore-live">`,
    dayControl(words, days, day),
    html`<p class="explore-sentence" ${EXPLORE_SENTENCE.write()}>${daySentence(records, day, explore)}</p>`,
    html`<div class="explore-panels">${panels}</div>`,
    html`<p class="visually-hidden" aria-live="polite" ${EXPLORE_ANNOUNCER.write()}></p>`,
    html`</div>`,
    keyDaysTable(records, words),
    html`</section>`,
  ]).text;
}
