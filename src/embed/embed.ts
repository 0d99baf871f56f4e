import type { GraphicState } from "../charts/types.ts";
import { kitClientWordsFor } from "../locale/page/kitClient.ts";
import {
  BEAT,
  DATE,
  DESCRIPTION,
  EMBED,
  EMBED_ANNOUNCER,
  EMBED_BEATS,
  EMBED_CANVAS,
  EMBED_COUNT,
  EMBED_DESCRIPTION,
  EMBED_PROBLEM,
  EMBED_SHOWN,
  EMBED_SIZER,
  EMBED_STATES,
  EMBED_STEPS,
  EMBED_WHEN,
  FORMERLY,
  HIGHLIGHT,
  NAME,
  NARROW,
  type PageAttribute,
  STATE,
  STEP,
  WHEN,
  WIDE,
} from "../pageContract.ts";
import { reducedMotion } from "../story/reducedMotion.ts";
import { embedParams } from "./embedParams.ts";
import { embedChartSize } from "./embedSize.ts";
import { reportFrameSize } from "./frameSize.ts";

/** The embed's own words, in its page's language. */
const words = () => kitClientWordsFor(document.documentElement.lang);

/** A step (a state, or a beat) as the page carries it (data attributes the build wrote). */
interface PageState extends GraphicState {
  /** The state's name, or the beat's id. */
  key: string;
  formerly: string[];
  when: string;
  name: string;
  description: string;
  narrow: string;
  wide: string;
}

function readSteps(list: Element, key: PageAttribute): PageState[] {
  return [...list.querySelectorAll<HTMLElement>(`li${key.selector}`)].map((li) => {
    const d = (a: PageAttribute) => a.read(li) ?? "";
    return {
      key: d(key),
      formerly: d(FORMERLY).split("|").filter(Boolean),
      state: d(STATE),
      date: d(DATE),
      highlight: d(HIGHLIGHT).split("|").filter(Boolean),
      when: d(WHEN),
      name: d(NAME),
      description: d(DESCRIPTION),
      narrow: d(NARROW),
      wide: d(WIDE),
    };
  });
}

function part<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`the embed is missing ${selector}`);
  return found;
}

/**
 * An embed page come to life: opened at the state or beat its address asks for, stepped
 * with Previous/Next (each step's date and description said in a live region), its chart
 * drawn live once the chart code arrives, and its height reported to the framing page.
 * Everything it writes into the page is text.
 */
export function startEmbed(doc: Document) {
  const main = part<HTMLElement>(doc, `main${EMBED.selector}`);
  const graphicName = EMBED.read(main) ?? "";
  const { params, states, index: opening } = chooseSteps(main);

  const canvas = part<HTMLElement>(main, EMBED_CANVAS.selector);
  const when = part<HTMLTimeElement>(main, EMBED_WHEN.selector);
  const count = part<HTMLElement>(main, EMBED_COUNT.selector);
  const description = part<HTMLElement>(main, EMBED_DESCRIPTION.selector);
  const announcer = part<HTMLElement>(main, EMBED_ANNOUNCER.selector);
  const steps = part<HTMLElement>(main, EMBED_STEPS.selector);
  const prev = part<HTMLButtonElement>(steps, STEP.is("prev"));
  const next = part<HTMLButtonElement>(steps, STEP.is("next"));

  let index = opening;
  let live: Awaited<ReturnType<typeof loadLive>> | null = null;

  function show(animate: boolean) {
    const s = states[index] as PageState;
    EMBED_SHOWN.set(main, s.key);
    when.textContent = s.when;
    when.dateTime = s.date;
    description.textContent = s.description;
    count.textContent = words().stepCount(index + 1, states.length);
    prev.setAttribute("aria-disabled", String(index === 0));
    next.setAttribute("aria-disabled", String(index === states.length - 1));
    if (live) live.show(s, animate && !reducedMotion());
    else {
      const img = canvas.querySelector("img");
      const source = canvas.querySelector("source");
      if (source) source.srcset = s.wide;
      if (img) {
        img.src = s.narrow;
        img.alt = s.name;
      }
    }
  }

  function step(by: number) {
    const to = index + by;
    if (to < 0 || to >= states.length) return;
    index = to;
    show(true);
    const s = states[index] as PageState;
    announcer.textContent = words().stepLine(s.when, s.description);
  }

  // Fixed at one step, the caption need not hold the others' descriptions.
  const sizing = params.steps && states.length > 1 ? (params.beat ? "beats" : "states") : "";
  for (const sizer of main.querySelectorAll(EMBED_SIZER.selector))
    if (EMBED_SIZER.read(sizer) !== sizing) sizer.remove();
  if (params.steps && states.length > 1) {
    steps.hidden = false;
    count.hidden = false;
    prev.addEventListener("click", () => step(-1));
    next.addEventListener("click", () => step(1));
  }
  show(false);
  reportFrameSize(main, params.childId);

  loadLive(graphicName, canvas)
    .then((loaded) => {
      live = loaded;
      show(false);
    })
    .catch((error: unknown) => {
      // The picture stays: a broken chart never leaves the frame empty.
      console.warn("The live chart could not load; showing its picture.", error);
    });
}

/**
 * What the embed steps through, as its address asks: the graphic's beats in story order
 * when it names one (`beat=`), else its states in date order; and the step it opens at.
 */
function chooseSteps(main: HTMLElement) {
  const states = readSteps(part(main, EMBED_STATES.selector), STATE);
  const beats = readSteps(part(main, EMBED_BEATS.selector), BEAT);
  const { params, problems } = embedParams(
    window.location.search,
    states.map((s) => s.key),
    beats.map((b) => ({ id: b.key, formerly: b.formerly })),
  );
  if (problems.length > 0) sayAddressProblems(main, problems);
  const steps = params.beat === null ? states : beats;
  const index = Math.max(
    0,
    steps.findIndex((s) => s.key === (params.beat ?? params.state)),
  );
  return { params, states: steps, index };
}

/**
 * Names what the embed's address got wrong: in the frame, for the editor previewing it, and
 * in the console the host's developer tools show for every frame.
 */
function sayAddressProblems(main: HTMLElement, problems: readonly string[]) {
  const said = words().addressProblems(problems.join("; "));
  console.warn(said);
  const line = part<HTMLElement>(main, EMBED_PROBLEM.selector);
  line.textContent = said;
  line.hidden = false;
}

async function loadLive(graphicName: string, canvas: HTMLElement) {
  const { liveEmbedChart } = await import("./liveEmbedChart.ts");
  return liveEmbedChart(graphicName, canvas, embedChartSize);
}
