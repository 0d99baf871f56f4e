import { parseHTML } from "linkedom";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { motion } from "../../../src/styles/tokens.ts";

// d3-timer reads the clock it finds when it loads: fake it first, then load the transitions.
vi.useFakeTimers({
  toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "performance", "Date"],
});
const { morph } = await import("../../../src/charts/morph.ts");

let host: Element;
let document: Document;
beforeEach(() => {
  const page = parseHTML(`<div id="host"></div>`);
  // d3 reads a style's starting value through getComputedStyle, which linkedom lacks.
  Object.assign(page.window, { getComputedStyle: () => ({ getPropertyValue: () => "1" }) });
  document = page.document as unknown as Document;
  host = document.querySelector("#host") as Element;
});

/** A drawing as Plot makes one: an svg whose top-level groups are the marks. */
function drawing(marks: string, viewBox = "0 0 100 100"): SVGSVGElement {
  const holder = document.createElement("div");
  holder.innerHTML = `<svg viewBox="${viewBox}" aria-label="a picture">${marks}</svg>`;
  return holder.firstElementChild as unknown as SVGSVGElement;
}
function onScreen(marks: string, viewBox?: string) {
  const svg = drawing(marks, viewBox);
  host.append(svg);
  return svg;
}
const attr = (el: Element | null | undefined, name: string) => el?.getAttribute(name) ?? null;
const opacity = (el: Element | null | undefined) =>
  Number(/opacity:\s*([\d.]+)/.exec(attr(el, "style") ?? "")?.[1] ?? Number.NaN);

describe("morph(from, to, options)", () => {
  it("moves a persisting mark part of the way, then leaves the new drawing itself", async () => {
    const from = onScreen(`<g data-mark="bar"><rect x="0" width="10"></rect></g>`);
    const to = drawing(`<g data-mark="bar"><rect x="50" width="10"></rect></g>`);
    const m = morph(from, to, { duration: 400 });
    await vi.advanceTimersByTimeAsync(200);
    const x = Number(attr(from.querySelector("rect"), "x"));
    expect(x).toBeGreaterThan(0);
    expect(x).toBeLessThan(50);
    await vi.advanceTimersByTimeAsync(400);
    await m.done;
    expect(host.firstElementChild).toBe(to);
    expect(host.children).toHaveLength(1);
  });

  it("names the new state at once, while the marks are still moving", () => {
    const from = onScreen(`<g data-mark="bar"></g>`);
    const to = drawing(`<g data-mark="bar"></g>`);
    to.setAttribute("aria-label", "District map, 28 November 2016");
    morph(from, to);
    expect(attr(from, "aria-label")).toBe("District map, 28 November 2016");
  });

  it("fades out marks that are gone and fades in new marks and new parts of a mark", async () => {
    const from = onScreen(`<g data-mark="bar"><rect x="0"></rect></g><g data-mark="gone"></g>`);
    const to = drawing(
      `<g data-mark="bar"><rect x="0"></rect><rect x="9"></rect></g><g data-mark="new"></g>`,
    );
    morph(from, to, { duration: 400 });
    const added = from.querySelector('[data-mark="new"]');
    const part = from.querySelectorAll("rect")[1];
    expect(opacity(added)).toBe(0);
    expect(opacity(part)).toBe(0);
    await vi.advanceTimersByTimeAsync(200);
    for (const el of [added, part, from.querySelector('[data-mark="gone"]')]) {
      expect(opacity(el)).toBeGreaterThan(0);
      expect(opacity(el)).toBeLessThan(1);
    }
  });

  it("fades a label whose words change instead of moving it", async () => {
    const from = onScreen(`<g data-mark="label"><text x="0">Hanano</text></g>`);
    const to = drawing(`<g data-mark="label"><text x="40">Sakhour</text></g>`);
    morph(from, to, { duration: 400 });
    await vi.advanceTimersByTimeAsync(200);
    const text = from.querySelector("text");
    expect(attr(text, "x")).toBe("0");
    expect(opacity(text)).toBeLessThan(1);
  });

  it("switches what cannot be tweened halfway: a pattern fill, a path that gains points", async () => {
    const from = onScreen(
      `<g data-mark="area"><rect fill="url(#hatch-contested)"></rect><path d="M0,0L10,10"></path></g>`,
    );
    const to = drawing(
      `<g data-mark="area"><rect fill="#a4161a"></rect><path d="M0,0L10,10L20,0"></path></g>`,
    );
    morph(from, to, { duration: 400 });
    await vi.advanceTimersByTimeAsync(100);
    expect(attr(from.querySelector("rect"), "fill")).toBe("url(#hatch-contested)");
    expect(attr(from.querySelector("path"), "d")).toBe("M0,0L10,10");
    await vi.advanceTimersByTimeAsync(200);
    expect(attr(from.querySelector("rect"), "fill")).toBe("#a4161a");
    expect(attr(from.querySelector("path"), "d")).toBe("M0,0L10,10L20,0");
  });

  it("jumps to the new drawing when the frame's size changed, since nothing lines up", () => {
    const from = onScreen(`<g data-mark="bar"><rect x="0"></rect></g>`, "0 0 100 100");
    const to = drawing(`<g data-mark="bar"><rect x="50"></rect></g>`, "0 0 320 200");
    morph(from, to);
    expect(host.firstElementChild).toBe(to);
  });

  it("finish() puts the new drawing in place at once and stops every movement", async () => {
    const from = onScreen(`<g data-mark="bar"><rect x="0"></rect></g>`);
    const to = drawing(`<g data-mark="bar"><rect x="50"></rect></g>`);
    const m = morph(from, to, { duration: 400 });
    await vi.advanceTimersByTimeAsync(100);
    m.finish();
    const x = attr(from.querySelector("rect"), "x");
    expect(host.firstElementChild).toBe(to);
    await vi.advanceTimersByTimeAsync(400);
    expect(attr(from.querySelector("rect"), "x")).toBe(x);
    expect(attr(to.querySelector("rect"), "x")).toBe("50");
    m.finish();
    expect(host.children).toHaveLength(1);
  });

  it(`never takes longer than motion.maxMs (${motion.maxMs} ms)`, async () => {
    const from = onScreen(`<g data-mark="bar"><rect x="0"></rect></g>`);
    const to = drawing(`<g data-mark="bar"><rect x="50"></rect></g>`);
    morph(from, to, { duration: 10 * motion.maxMs });
    await vi.advanceTimersByTimeAsync(motion.maxMs + 50);
    expect(host.firstElementChild).toBe(to);
  });

  it("recolours changed marks one after another when asked to stagger, all at once if not", async () => {
    const cells = (fill: string) =>
      `<g data-mark="cells">${`<rect fill="${fill}"></rect>`.repeat(4)}</g>`;
    const changedAt = async (stagger: boolean) => {
      const from = onScreen(cells("#519b4c"));
      morph(from, drawing(cells("#a4161a")), { duration: 400, stagger });
      await vi.advanceTimersByTimeAsync(motion.staggerMs + 20);
      const moved = [...from.querySelectorAll("rect")].map((r) => attr(r, "fill") !== "#519b4c");
      from.remove();
      return moved;
    };
    expect(await changedAt(false)).toEqual([true, true, true, true]);
    expect(await changedAt(true)).toEqual([true, true, false, false]);
  });
});
