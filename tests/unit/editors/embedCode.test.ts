import { describe, expect, it } from "vitest";
import {
  addressOf,
  DEFAULT_LOOK,
  type SnippetSpec,
  snippetCode,
} from "../../../src/editors/embedCode.ts";

const control = { path: "embed/control.html?state=old-city", title: "Share under “control”" };
const BASE = "https://news.example.org/aleppo/";
const at = (base: string | undefined, column?: number) => ({ look: DEFAULT_LOOK, base, column });
const pym: SnippetSpec = { kind: "pym", ...control };
const amp: SnippetSpec = {
  kind: "amp",
  ...control,
  height: 812,
  placeholder: { src: "pictures/control-old-city-abc.png", alt: "Control chart, 6 December 2016" },
};
const iframe: SnippetSpec = {
  kind: "iframe",
  ...control,
  height: 760,
  columns: { "375": 760, "640": 640, "800": 620, "1000": 600 },
};

describe("snippetCode(spec, choices)", () => {
  it("addressOf(path, base) is absolute under the public address, else the path itself", () => {
    expect(addressOf("embed/pym.v1.min.js", BASE)).toBe(`${BASE}embed/pym.v1.min.js`);
    expect(addressOf("embed/pym.v1.min.js", undefined)).toBe("embed/pym.v1.min.js");
  });

  it("pym.js: started from data attributes by our own copy of its script, themed", () => {
    expect(snippetCode(pym, at(BASE))).toBe(
      [
        `<div data-pym-src="${BASE}embed/control.html?state=old-city&theme=light" data-pym-title="Share under “control”"></div>`,
        `<script src="${BASE}embed/pym.v1.min.js"></script>`,
      ].join("\n"),
    );
  });

  it("writes the theme and the background chosen into every kind of snippet", () => {
    const look = { theme: "dark", transparent: true } as const;
    for (const spec of [pym, amp, iframe])
      expect(snippetCode(spec, { look, base: BASE })).toContain(
        "?state=old-city&theme=dark&background=transparent",
      );
    expect(snippetCode(pym, { look: { theme: "auto", transparent: false }, base: BASE })).toContain(
      'old-city&theme=auto"',
    );
  });

  it("pym.js turns on trackscroll only when asked", () => {
    expect(snippetCode(pym, at(undefined))).not.toContain("trackscroll");
    expect(
      snippetCode(
        { kind: "pym", path: "embed/story.html", title: "Story", trackScroll: true },
        at(undefined),
      ),
    ).toContain(
      'data-pym-src="embed/story.html?theme=light" data-pym-title="Story" data-pym-trackscroll>',
    );
  });

  it("tells a story that follows the host's scroll of the host's sticky header, only that", () => {
    const story: SnippetSpec = {
      kind: "pym",
      path: "embed/story.html",
      title: "Story",
      trackScroll: true,
    };
    const choices = { ...at(undefined), headerTop: 60 };
    expect(snippetCode(story, choices)).toContain(
      'data-pym-src="embed/story.html?theme=light&top=60"',
    );
    expect(snippetCode(story, at(undefined))).not.toContain("top=");
    for (const spec of [pym, amp, iframe]) expect(snippetCode(spec, choices)).not.toContain("top=");
  });

  it("escapes what it writes into attributes, but leaves an address's & as it is", () => {
    const code = snippetCode(
      { kind: "pym", path: 'embed/x.html?a="b"&c=1', title: 'A "quoted" <b>title</b>' },
      at(undefined),
    );
    expect(code).toContain('data-pym-src="embed/x.html?a=&quot;b&quot;&c=1&theme=light"');
    expect(code).toContain('data-pym-title="A &quot;quoted&quot; &lt;b&gt;title&lt;/b&gt;"');
    expect(code).not.toContain("&amp;");
  });

  it("AMP: the placeholder picture is fitted whole, not stretched to the frame", () => {
    expect(snippetCode(amp, at(BASE))).toMatch(
      /<amp-img placeholder layout="fill" object-fit="contain" src=/,
    );
  });

  it("AMP: a resizable amp-iframe with a sandbox, an overflow button and a placeholder", () => {
    const code = snippetCode(amp, at(BASE));
    expect(code).toMatch(
      /^<amp-iframe src="https:\/\/news\.example\.org\/aleppo\/embed\/control\.html\?state=old-city&theme=light"/,
    );
    expect(code).toContain('layout="fixed-height" height="812" resizable');
    expect(code).toContain('sandbox="allow-scripts allow-same-origin');
    expect(code).toContain(
      `<amp-img placeholder layout="fill" object-fit="contain" src="${BASE}pictures/control-old-city-abc.png" alt="Control chart, 6 December 2016"></amp-img>`,
    );
    expect(code).toContain('<button overflow type="button">');
    expect(code).toMatch(/<\/amp-iframe>$/);
  });

  it("the plain iframe is fixed at its state, at the height for any width or the column's", () => {
    const code = snippetCode(iframe, at(undefined));
    expect(code).toContain('src="embed/control.html?state=old-city&theme=light&steps=0"');
    expect(code).toContain('width="100%" height="760"');
    expect(snippetCode(iframe, at(undefined, 800))).toContain('width="100%" height="620"');
    expect(
      snippetCode({ ...iframe, path: "embed/map.html" } as SnippetSpec, at(undefined)),
    ).toContain('src="embed/map.html?theme=light&steps=0"');
  });
});
