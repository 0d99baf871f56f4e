import type { GraphicState } from "../charts/types.ts";
import {
  DATE,
  DESCRIPTION,
  EMBED,
  EMBED_ANNOUNCER,
  EMBED_CANVAS,
  EMBED_COUNT,
  EMBED_DESCRIPTION,
  EMBED_PROBLEM,
  EMBED_SIZER,
  EMBED_STATES,
  EMBED_STEPS,
  EMBED_WHEN,
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

/** A state as the page carries it (data attributes the build wrote). */
interface PageState extends GraphicState {
  when: string;
  name: string;
  description: string;
  narrow: string;
  wide: string;
}

function readStates(list: Element): PageState[] {
  return [...list.querySelectorAll<HTMLElement>(`li${STATE.selector}`)].map((li) => {
    const d = (a: PageAttribute) => a.read(li) ?? "";
    return {
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
 * An embed page come to life: opened at the state its address asks for, stepped with
 * Previous/Next (each state's date and description said in a live region), its chart
 * drawn live once the chart code arrives, and its height reported to the framing page.
 * Everything it writes into the page is text.
 */
export function startEmbed(doc: Document) {
  const main = part<HTMLElement>(doc, `main${EMBED.selector}`);
  const graphicName = EMBED.read(main) ?? "";
  const states = readStates(part(main, EMBED_STATES.selector));
  const { params, problems } = embedParams(
    window.location.search,
    states.map((s) => s.state),
  );
  if (problems.length > 0) sayAddressProblems(main, problems);

  const canvas = part<HTMLElement>(main, EMBED_CANVAS.selector);
  const when = part<HTMLTimeElement>(main, EMBED_WHEN.selector);
  const count = part<HTMLElement>(main, EMBED_COUNT.selector);
  const description = part<HTMLElement>(main, EMBED_DESCRIPTION.selector);
  const announcer = part<HTMLElement>(main, EMBED_ANNOUNCER.selector);
  const steps = part<HTMLElement>(main, EMBED_STEPS.selector);
  const prev = part<HTMLButtonElement>(steps, STEP.is("prev"));
  const next = part<HTMLButtonElement>(steps, STEP.is("next"));

  let index = Math.max(
    0,
    states.findIndex((s) => s.state === params.state),
  );
  let live: Awaited<ReturnType<typeof loadLive>> | null = null;

  function show(animate: boolean) {
    const s = states[index] as PageState;
    when.textContent = s.when;
    when.dateTime = s.date;
    description.textContent = s.description;
    count.textContent = `, ${index + 1} of ${states.length}`;
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
    announcer.textContent = `${s.when}: ${s.description}`;
  }

  // Fixed at one state, the caption need not hold the others' descriptions.
  if (!params.steps || states.length < 2)
    for (const sizer of main.querySelectorAll(EMBED_SIZER.selector)) sizer.remove();
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
 * Names what the embed's address got wrong: in the frame, for the editor previewing it, and
 * in the console the host's developer tools show for every frame.
 */
function sayAddressProblems(main: HTMLElement, problems: readonly string[]) {
  const said = `This embed ignored part of its address: ${problems.join("; ")}.`;
  console.warn(said);
  const line = part<HTMLElement>(main, EMBED_PROBLEM.selector);
  line.textContent = said;
  line.hidden = false;
}

async function loadLive(graphicName: string, canvas: HTMLElement) {
  const { liveEmbedChart } = await import("./liveEmbedChart.ts");
  return liveEmbedChart(graphicName, canvas, embedChartSize);
}
