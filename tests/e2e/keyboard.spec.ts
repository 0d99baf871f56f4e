import type { Page } from "@playwright/test";
import { expect, test } from "./edition.ts";
import { activeBeat, beatIds, beatLines } from "./story.ts";

/** Tabs forward until the locator has focus. */
async function tabTo(page: Page, selector: string) {
  const target = page.locator(selector);
  for (let i = 0; i < 60 && !(await target.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await expect(target).toBeFocused();
}

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el === document.body ? "body" : (el?.getAttribute("data-step") ?? el?.localName);
  });

test.describe("keyboard", () => {
  test("j and k step between beats, focus lands on the beat, and the live region names it", async ({
    page,
    ed,
  }) => {
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.goto(ed.story);
    const beats = await beatLines(page);
    const region = page.locator("[data-announcer]");
    await expect.poll(() => activeBeat(page)).toBe(beats[0]?.id);
    // The beat's own line: with the graphic's title only when the graphic has changed.
    const expectAt = async (i: number, from: number) => {
      const beat = beats[i] as (typeof beats)[number];
      await expect.poll(() => activeBeat(page)).toBe(beat.id);
      await expect(page.locator(`[data-beat="${beat.id}"]`)).toBeFocused();
      const line = beat.graphic === beats[from]?.graphic ? beat.same : beat.fresh;
      await expect(region, beat.id).toHaveText(line);
    };
    // Far enough to cross from one graphic to another.
    const to = beats.findIndex((b, i) => i > 1 && b.graphic !== beats[0]?.graphic) + 1;
    for (let i = 1; i <= to; i++) {
      await page.keyboard.press("j");
      await expectAt(i, i - 1);
    }
    await page.keyboard.press("k");
    await expectAt(to - 1, to);
  });

  for (const motion of ["reduce", "no-preference"] as const) {
    test(`Next and Previous can be pressed again and again, one beat a press (motion: ${motion})`, async ({
      page,
      ed,
    }) => {
      await page.emulateMedia({ reducedMotion: motion });
      await page.goto(ed.story);
      const ids = await beatIds(page);
      await tabTo(page, '[data-step="next"]');
      for (const id of ids.slice(1, 7)) {
        await page.keyboard.press("Enter");
        await expect.poll(() => activeBeat(page)).toBe(id);
        expect(await focused(page)).toBe("next");
      }
      await page.keyboard.press("Shift+Tab");
      await expect(page.locator('[data-step="prev"]')).toBeFocused();
      for (const id of ids.slice(3, 6).reverse()) {
        await page.keyboard.press("Space");
        await expect.poll(() => activeBeat(page)).toBe(id);
        expect(await focused(page)).toBe("prev");
      }
    });
  }

  test("Next sits on the reading side of Previous, and each arrow points its way", async ({
    page,
    ed,
  }) => {
    await page.goto(ed.story);
    // Along the reading direction: rightwards in English, leftwards in Arabic.
    const forward = ed.words.dir === "rtl" ? -1 : 1;
    const [prev, next] = await Promise.all(
      (["prev", "next"] as const).map((step) =>
        page.locator(`[data-step="${step}"]`).evaluate(stepLayout),
      ),
    );
    expect(Math.sign((next?.centre ?? 0) - (prev?.centre ?? 0)), "Next's side").toBe(forward);
    // The arrows, where they are shown (a phone's bar; on a wide screen the words).
    for (const [step, points] of [
      [next, forward],
      [prev, -forward],
    ] as const) {
      if (step?.points !== null) expect(step?.points, step?.name).toBe(points);
    }
  });

  test("two quick presses of Next move two beats", async ({ page, ed }) => {
    await page.goto(ed.story);
    const ids = await beatIds(page);
    await tabTo(page, '[data-step="next"]');
    await page.keyboard.press("Enter");
    await page.keyboard.press("Enter");
    await expect.poll(() => activeBeat(page)).toBe(ids[2]);
  });

  test("the keys are shown beside the buttons, where a keyboard is likely", async ({
    page,
    ed,
  }) => {
    await page.goto(ed.story);
    const touchOnly = await page.evaluate(
      () => window.matchMedia("(hover: none) and (pointer: coarse)").matches,
    );
    const next = page.locator('[data-step="next"]');
    await expect(next).toHaveAttribute("aria-keyshortcuts", "j");
    await expect(page.locator('[data-step="prev"]')).toHaveAttribute("aria-keyshortcuts", "k");
    await expect(next).toHaveAccessibleName(ed.words.next);
    if (touchOnly) {
      await expect(next.locator("kbd")).toBeHidden();
      await expect(page.locator(".key-toggle")).toBeHidden();
    } else {
      await expect(next.locator("kbd")).toBeVisible();
      await expect(next.locator("kbd")).toHaveText("j");
      await expect(page.locator('[data-step="prev"] kbd')).toHaveText("k");
      await expect(page.locator(".key-toggle")).toBeVisible();
    }
  });

  test("j does nothing with focus outside the story, as on a data table's toggle", async ({
    page,
    ed,
  }) => {
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.goto(ed.story);
    const toggle = page.locator("#table-control summary");
    await toggle.focus();
    const before = await page.evaluate(() => window.scrollY);
    await page.keyboard.press("j");
    await expect(toggle).toBeFocused();
    expect(await page.evaluate(() => window.scrollY)).toBe(before);
    await page.keyboard.press("k");
    await expect(toggle).toBeFocused();
    expect(await page.evaluate(() => window.scrollY)).toBe(before);
  });

  test("j does nothing once the page is scrolled past the story", async ({ page, ed }) => {
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.goto(ed.story);
    const ids = await beatIds(page);
    await page.evaluate(() => {
      document.querySelector("#about")?.scrollIntoView({ block: "start" });
      (document.activeElement as HTMLElement | null)?.blur();
    });
    await expect.poll(() => activeBeat(page)).toBe(ids.at(-1));
    const before = await page.evaluate(() => window.scrollY);
    await page.keyboard.press("k");
    expect(await page.evaluate(() => window.scrollY)).toBe(before);
    expect(await focused(page)).toBe("body");
  });

  test("a reader can turn the keys off, and the page remembers", {
    tag: "@desktop-only",
  }, async ({ page, ed }) => {
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.goto(ed.story);
    const ids = await beatIds(page);
    const toggle = page.getByRole("checkbox", { name: ed.keysToggleName });
    await expect(toggle).toBeChecked();
    await toggle.uncheck();
    await expect(page.locator('[data-step="next"]')).not.toHaveAttribute("aria-keyshortcuts");
    await expect(page.locator('[data-step="next"] kbd')).toBeHidden();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press("j");
    await page.evaluate(afterTwoFrames);
    expect(await focused(page)).toBe("body");
    expect(await activeBeat(page)).toBe(ids[0]);

    await page.reload();
    await expect(toggle).not.toBeChecked();
    // The story has taken its first beat before the key is pressed, as a reader's would have.
    await expect.poll(() => activeBeat(page)).toBe(ids[0]);
    await page.keyboard.press("j");
    await page.evaluate(afterTwoFrames);
    expect(await activeBeat(page)).toBe(ids[0]);
    await toggle.check();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press("j");
    await expect.poll(() => activeBeat(page)).toBe(ids[1]);
  });
});

/** Runs in the page: resolves once two frames have been drawn, time for a key's effect. */
function afterTwoFrames(): Promise<void> {
  return new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));
}

/**
 * Runs in the page: a step button's centre along the line, and which way its arrow points
 * on screen (1 right, -1 left; null where it shows no arrow): its chevron's tip, the path's point furthest from the
 * others, as the icon's CSS transform turns it.
 */
function stepLayout(button: Element): { name: string; centre: number; points: number | null } {
  const box = button.getBoundingClientRect();
  const name = `${button.textContent?.trim()}'s arrow`;
  const icon = button.querySelector(".step-icon") as SVGSVGElement;
  if (getComputedStyle(icon).display === "none") {
    return { name, centre: box.left + box.width / 2, points: null };
  }
  const path = icon.querySelector("path") as SVGPathElement;
  const { x, width } = path.getBBox();
  const start = path.getPointAtLength(0);
  // A chevron ("M10 3L5 8l5 5"): it starts at its open side; its tip is at the other.
  const drawn = start.x > x + width / 2 ? -1 : 1;
  const { a } = new DOMMatrix(getComputedStyle(icon).transform);
  return { name, centre: box.left + box.width / 2, points: Math.sign(a) * drawn };
}
