import { expect, type Page, test } from "@playwright/test";
import { BEAT, BEAT_GRAPHIC, PRINT_FIGURE, STATE } from "../../src/pageContract.ts";
import { pdfPages } from "./pdfText.ts";

/**
 * The printed copy (#22, part 3): Chromium prints the story to A4 PDF, in both editions,
 * with and without JavaScript. At most 20 pages; every beat's words in the PDF's text; each
 * graphic once where it changes; no control, closed table or empty box; the source and the
 * story's address at the end. One page load for each edition and each way of reading.
 *
 * Words, not strings, are compared: a PDF holds each right-to-left run and each number in
 * an Arabic line as a piece of its own, in the order the line shows them, so a sentence's
 * words are all there but not always in the sentence's order. Both sides are normalised
 * (NFKC, which turns the joined letter forms back into letters; marks and tatweel removed;
 * lower case) and split into runs of digits, of Arabic letters and of other letters: a
 * word such as "و600" is two runs in the PDF, one of each direction.
 */

const MAX_PAGES = 20;

test.beforeEach(() => {
  test.skip(test.info().project.name !== "desktop", "printed once, from the desktop project");
});

/** The words of a text, as the PDF's are compared with it. */
const words = (text: string) =>
  text
    .normalize("NFKC")
    .replace(/[\p{M}\u0640]/gu, "")
    .toLowerCase()
    .match(/\p{N}+|\p{Script=Arabic}+|\p{L}+/gu) ?? [];

/** Each beat's words as the page shows them: its content note, date and text. */
const beatTexts = (page: Page) =>
  page.evaluate(
    ({ beat }) =>
      [...document.querySelectorAll(beat)].map((el) => ({
        id: el.id,
        text: [...el.querySelectorAll(".content-note, .beat-text")]
          .map((p) => p.textContent ?? "")
          .join(" "),
      })),
    { beat: BEAT.selector },
  );

/** What printing shows, read in the page under print media: figures, controls, empty boxes. */
const printedLayout = (page: Page) =>
  page.evaluate(
    ({ beat, graphic, state, figureMark }) => {
      const shown = (el: Element) => el.getClientRects().length > 0;
      const beats = [...document.querySelectorAll(beat)];
      // The rule, read again from the page: a figure where graphic or state changes.
      const changes = beats
        .filter((b, i) => {
          const before = beats[i - 1];
          return (
            !before ||
            before.getAttribute(graphic) !== b.getAttribute(graphic) ||
            before.getAttribute(state) !== b.getAttribute(state)
          );
        })
        .map((b) => b.id);
      const figures = beats.filter((b) => [...b.querySelectorAll(".beat-figure")].some(shown));
      const controls = [
        ...document.querySelectorAll(
          "button, input, select, textarea, summary, [role=button], .skip-link, .language-switch, .beat-link, .figure-data-link",
        ),
      ].filter(shown);
      const emptyBoxes = [...document.body.querySelectorAll("*")].filter((el) => {
        if (!shown(el) || (el.textContent ?? "").trim() !== "") return false;
        if (el.matches("img, svg, picture, source, br, hr, col") || el.querySelector("img, svg"))
          return false;
        const style = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        const bordered = ["Top", "Right", "Bottom", "Left"].some(
          (side) =>
            Number.parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0,
        );
        return bordered && box.width > 0 && box.height > 0;
      });
      const name = (el: Element) => `${el.tagName.toLowerCase()}.${el.className}`;
      return {
        changes,
        figures: figures.map((b) => b.id),
        marked: beats.filter((b) => b.querySelector(figureMark)).map((b) => b.id),
        images: figures.map((b) => {
          const img = b.querySelector<HTMLImageElement>(".beat-figure img");
          return Boolean(img?.complete && img.naturalWidth > 0);
        }),
        controls: controls.map(name),
        emptyBoxes: emptyBoxes.map(name),
        tablesShown: [...document.querySelectorAll("details")].filter(shown).map((d) => d.id),
      };
    },
    {
      beat: BEAT.selector,
      graphic: BEAT_GRAPHIC.name,
      state: STATE.name,
      figureMark: PRINT_FIGURE.selector,
    },
  );

/**
 * Prints the page and checks the printed copy; `address` is what the colophon must end
 * with (the page's own address where the story's script could fill it in).
 */
async function checkPrint(page: Page, address: string | null) {
  const beats = await beatTexts(page);
  expect(beats.length).toBeGreaterThan(0);
  const pdf = await page.pdf({ format: "A4" });
  const pages = pdfPages(pdf);
  expect(pages.length, "A4 pages").toBeLessThanOrEqual(MAX_PAGES);

  const printed = new Set(words(pages.join("\n")));
  for (const beat of beats) {
    const missing = words(beat.text).filter((w) => !printed.has(w));
    expect(missing, `words of beat ${beat.id} missing from the PDF`).toEqual([]);
  }
  // The source, and the story's address, close the copy.
  const last = new Set(words(pages.at(-1) ?? ""));
  for (const w of ["wikipedia", "creativecommons", ...(address ? words(address) : [])]) {
    expect(last.has(w), `"${w}" on the last page`).toBe(true);
  }

  await page.emulateMedia({ media: "print" });
  const layout = await printedLayout(page);
  expect(layout.figures, "figures printed where graphic or state changes").toEqual(layout.changes);
  expect(layout.marked).toEqual(layout.changes);
  expect(layout.figures.length).toBeLessThan(beats.length);
  expect(layout.images.every(Boolean), "every printed picture loaded").toBe(true);
  expect(layout.controls, "controls printed").toEqual([]);
  expect(layout.emptyBoxes, "empty boxes printed").toEqual([]);
  expect(layout.tablesShown, "tables the reader did not open").toEqual([]);
  return pages;
}

const EDITIONS = [
  { name: "English", path: "/" },
  { name: "Arabic", path: "/ar/" },
] as const;

for (const edition of EDITIONS) {
  test.describe(`the printed copy, ${edition.name}`, () => {
    test("fits 20 A4 pages with every beat's words, each graphic once where it changes", async ({
      page,
      baseURL,
    }) => {
      test.setTimeout(120_000);
      await page.goto(edition.path);
      await expect(page.locator("[data-graphic]")).toHaveAttribute("data-graphic-live", "true");
      const pages = await checkPrint(page, new URL(edition.path, baseURL).href);
      if (edition.path === "/") {
        // No control's words either (the Arabic PDF's words are checked above, not phrases).
        const text = pages.join(" ").replace(/\s+/g, " ");
        for (const phrase of ["Show the data", "Show as a list", "Skip to the data", "Previous"]) {
          expect(text).not.toContain(phrase);
        }
        // A table the reader opened is printed.
        await page.emulateMedia({ media: "screen" });
        await page.locator("#table-control summary").click();
        await page.emulateMedia({ media: "print" });
        expect((await printedLayout(page)).tablesShown).toEqual(["table-control"]);
      }
    });

    test.describe("without JavaScript", () => {
      test.use({ javaScriptEnabled: false });

      test("prints the static pictures the same way", async ({ page }) => {
        test.setTimeout(120_000);
        await page.goto(edition.path);
        // No script to fill in the address: a build without a public address prints none.
        await checkPrint(page, null);
        await expect(page.locator(".print-story-address")).toBeHidden();
      });
    });
  });
}
