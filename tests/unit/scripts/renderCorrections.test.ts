import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { buildPage } from "../../../scripts/prerender/buildPage.ts";
import { renderCorrections } from "../../../scripts/prerender/renderCorrections.ts";
import { readDataDir } from "../../../src/data/readDataDir.ts";

const ROOT = join(import.meta.dirname, "../../..");
const COPY = "src/content/story.aml";

const corrected = {
  published: "2026-11-30",
  corrections: [
    { date: "2026-12-07", text: "An earlier version said <one> thing & another.", line: 400 },
    { date: "2026-12-09", text: "A second correction.", line: 403 },
  ],
};

describe("renderCorrections(story)", () => {
  it("writes nothing for a story never corrected", () => {
    expect(renderCorrections({ published: "2026-11-30", corrections: [] })).toBe("");
  });

  it("is a headed section: first publication, then each correction dated in words", () => {
    const { document } = parseHTML(`<body>${renderCorrections(corrected)}</body>`);
    const section = document.querySelector("section#corrections");
    const head = section?.querySelector("h2");
    expect(head?.textContent).toBe("Corrections and updates");
    expect(section?.getAttribute("aria-labelledby")).toBe(head?.id);
    const published = section?.querySelector(".corrections-published time");
    expect(published?.getAttribute("datetime")).toBe("2026-11-30");
    expect(published?.textContent).toBe("30 November 2026");
    const items = [...(section?.querySelectorAll("ol[role=list] > li.correction") ?? [])];
    expect(
      items.map((li) => [
        li.querySelector("time")?.getAttribute("datetime"),
        li.querySelector("time")?.textContent,
        li.querySelector(".correction-text")?.textContent,
      ]),
    ).toEqual([
      ["2026-12-07", "7 December 2026", "An earlier version said <one> thing & another."],
      ["2026-12-09", "9 December 2026", "A second correction."],
    ]);
  });

  it("escapes the copy's text", () => {
    expect(renderCorrections(corrected)).toContain("said &lt;one&gt; thing &amp; another.");
  });
});

/** The shipped copy with two corrections of our own, whatever list it ships with. */
const copy = `${readFileSync(join(ROOT, COPY), "utf8").split("\n[corrections]")[0]?.trimEnd()}

[corrections]
date: 2026-12-07
text: A first correction.

date: 2026-12-09
text: A second correction.
[]
`;

describe("the built story's corrections note", () => {
  const built = buildPage(readDataDir(join(ROOT, "data"), ROOT), copy, COPY);

  it("follows the last beat (and on the page the explore section), before the About section, in the page and in its frame", () => {
    const framed = built.bodyAt({ root: "../", framed: { story: "../index.html" } });
    for (const [body, before] of [
      [built.body, "explore"],
      [framed, "story"],
    ] as const) {
      const { document } = parseHTML(`<body>${body}</body>`);
      const note = document.getElementById("corrections");
      expect(note?.previousElementSibling?.id).toBe(before);
      expect(note?.nextElementSibling?.id).toBe("about");
      expect(
        [...(note?.querySelectorAll(".correction-text") ?? [])].map((p) => p.textContent),
      ).toEqual(["A first correction.", "A second correction."]);
    }
  });
});
