import "../charts/plotRuntime.ts";
import { pageWordsFor } from "../locale/page/index.ts";
import {
  EXPLORE,
  EXPLORE_ANNOUNCER,
  EXPLORE_DATE,
  EXPLORE_LIVE,
  EXPLORE_PLAY,
  EXPLORE_SENTENCE,
  EXPLORE_SLIDER,
  EXPLORE_STEP,
} from "../pageContract.ts";
import { reducedMotion } from "../story/reducedMotion.ts";
import { createDayAnnouncer } from "./dayAnnouncer.ts";
import { dayHash } from "./dayHash.ts";
import { daySentence } from "./daySentence.ts";
import { exploreDays, stepDay } from "./days.ts";
import { mountExploreCharts } from "./exploreCharts.ts";
import { createPlayer } from "./playDays.ts";

function parts(section: HTMLElement) {
  const found = {
    slider: section.querySelector<HTMLInputElement>(EXPLORE_SLIDER.selector),
    date: section.querySelector<HTMLElement>(EXPLORE_DATE.selector),
    sentence: section.querySelector<HTMLElement>(EXPLORE_SENTENCE.selector),
    region: section.querySelector<HTMLElement>(EXPLORE_ANNOUNCER.selector),
    play: section.querySelector<HTMLButtonElement>(EXPLORE_PLAY.selector),
  };
  if (Object.values(found).some((el) => !el)) throw new Error("the explore section lacks a part");
  return found as { [K in keyof typeof found]: NonNullable<(typeof found)[K]> };
}

/**
 * The explore section, live: the slider, the Previous and Next buttons and Play choose the
 * day; the charts, the date, the sentence and the slider's words follow; the live region
 * says the sentence once the day settles; the address keeps the day (`#explore-<date>`)
 * when `keepHash` (not in an embed, whose address is its host's).
 */
export function startExplore(section: HTMLElement, first: string | null, keepHash = true) {
  const { slider, date, sentence, region, play } = parts(section);
  const words = pageWordsFor(document.documentElement.lang);
  const days = exploreDays();
  const charts = mountExploreCharts(section, () => EXPLORE_LIVE.set(section, "error"));
  const announcer = createDayAnnouncer(region);
  let day = first ?? EXPLORE.read(section) ?? (days[0] as string);

  function show(next: string, animate: boolean, told = true) {
    day = next;
    EXPLORE.set(section, day);
    const long = words.longDate(day);
    slider.value = String(days.indexOf(day));
    slider.setAttribute("aria-valuetext", long);
    date.textContent = long;
    const line = daySentence(charts.records, day, words.explore);
    sentence.textContent = line;
    charts.show(day, animate && !reducedMotion());
    if (!told) return;
    if (keepHash) history.replaceState(history.state, "", dayHash(day));
    announcer.changed(line);
  }

  const player = createPlayer(
    () => {
      show(stepDay(day, 1, days), true);
      return day !== days.at(-1);
    },
    () => {
      play.textContent = words.explore.play;
      play.setAttribute("aria-pressed", "false");
    },
    reducedMotion,
  );
  slider.addEventListener("input", () => {
    player.stop();
    show(days[Number(slider.value)] ?? day, false);
  });
  for (const button of section.querySelectorAll<HTMLButtonElement>(EXPLORE_STEP.selector)) {
    const delta = EXPLORE_STEP.read(button) === "prev" ? -1 : 1;
    button.addEventListener("click", () => {
      player.stop();
      show(stepDay(day, delta, days), true);
    });
  }
  play.hidden = reducedMotion();
  play.addEventListener("click", () => {
    if (player.playing()) return player.stop();
    if (day === days.at(-1)) show(days[0] as string, false);
    play.textContent = words.explore.pause;
    play.setAttribute("aria-pressed", "true");
    player.start();
  });
  show(day, false, first !== null);
  EXPLORE_LIVE.set(section, "true");
}
