import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { headStart } from "../../../../scripts/page/pageShell.ts";
import { STORY_MARKS, storyDocument } from "../../../../scripts/page/storyDocument.ts";

const INDEX = readFileSync(join(import.meta.dirname, "../../../../index.html"), "utf8");
const story = {
  title: "The fall of east Aleppo",
  description: "A standfirst & more.",
  head: ["<style>:root{}</style>", '<meta property="og:type" content="article">'],
  body: "<main>The story, $& and all</main>",
};

describe("storyDocument(index, story)", () => {
  const page = storyDocument(INDEX, story);

  it("opens its head as every page does, from the shell, once", () => {
    const opening = headStart({ ...story, colorScheme: true }).text;
    expect(page.startsWith(`<!doctype html>\n<html lang="en-GB">\n<head>\n${opening}\n`)).toBe(
      true,
    );
    for (const tag of ["<meta charset", '<meta name="viewport"', '<meta name="color-scheme"'])
      expect(page.split(tag), tag).toHaveLength(2);
    expect(page).toContain("<title>The fall of east Aleppo</title>");
    expect(page).toContain('<meta name="description" content="A standfirst &amp; more.">');
  });

  it("puts the story's head, then what Vite left in index.html's head, then the story", () => {
    const at = (text: string) => page.indexOf(text);
    expect(at("<style>:root{}</style>")).toBeGreaterThan(at("<title>"));
    expect(at('src="/src/main.ts"')).toBeGreaterThan(at('og:type" content="article"'));
    expect(at('src="/src/main.ts"')).toBeLessThan(at("</head>"));
    expect(page).toContain('<a class="skip-link" href="#data">Skip to the data</a>');
    expect(page).toContain("<main>The story, $& and all</main>");
    expect(page).not.toContain(STORY_MARKS.body);
    expect(page.endsWith("</body>\n</html>\n")).toBe(true);
  });

  it("refuses an index.html whose root says more than its language, or that has no mark", () => {
    expect(() =>
      storyDocument(INDEX.replace('<html lang="en-GB"', '<html lang="en-GB" dir="ltr"'), story),
    ).toThrow(/dir="ltr": the build writes its root/);
    expect(() => storyDocument(INDEX.replace(STORY_MARKS.body, ""), story)).toThrow(
      "index.html needs one <!--story:body--> in its body",
    );
  });
});
