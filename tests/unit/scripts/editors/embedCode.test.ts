import { describe, expect, it } from "vitest";
import { addressOf, ampCode, iframeCode, pymCode } from "../../../../scripts/editors/embedCode.ts";

const control = { path: "embed/control.html?state=old-city", title: "Share under “control”" };
const BASE = "https://news.example.org/aleppo/";

describe("embed code", () => {
  it("addressOf(path, base) is absolute under the public address, else the path itself", () => {
    expect(addressOf("embed/pym.v1.min.js", BASE)).toBe(`${BASE}embed/pym.v1.min.js`);
    expect(addressOf("embed/pym.v1.min.js", undefined)).toBe("embed/pym.v1.min.js");
  });

  it("pymCode starts pym.js from data attributes with our own copy of its script", () => {
    expect(pymCode({ ...control, base: BASE })).toBe(
      [
        `<div data-pym-src="${BASE}embed/control.html?state=old-city" data-pym-title="Share under “control”"></div>`,
        `<script src="${BASE}embed/pym.v1.min.js"></script>`,
      ].join("\n"),
    );
  });

  it("pymCode turns on trackscroll only when asked", () => {
    expect(pymCode({ ...control, base: undefined })).not.toContain("trackscroll");
    expect(
      pymCode({ path: "embed/story.html", title: "Story", base: undefined }, { trackScroll: true }),
    ).toContain('data-pym-src="embed/story.html" data-pym-title="Story" data-pym-trackscroll>');
  });

  it("escapes what it writes into attributes", () => {
    const code = pymCode({
      path: 'embed/x.html?a="b"',
      title: 'A "quoted" <b>title</b>',
      base: undefined,
    });
    expect(code).toContain('data-pym-src="embed/x.html?a=&quot;b&quot;"');
    expect(code).toContain('data-pym-title="A &quot;quoted&quot; &lt;b&gt;title&lt;/b&gt;"');
  });

  it("ampCode is a resizable amp-iframe with a sandbox, an overflow button and a placeholder", () => {
    const code = ampCode({
      ...control,
      base: BASE,
      height: 812,
      placeholder: {
        src: "pictures/control-old-city-abc.png",
        alt: "Control chart, 6 December 2016",
      },
    });
    expect(code).toMatch(
      /^<amp-iframe src="https:\/\/news\.example\.org\/aleppo\/embed\/control\.html\?state=old-city"/,
    );
    expect(code).toContain('layout="fixed-height" height="812" resizable');
    expect(code).toContain('sandbox="allow-scripts allow-same-origin');
    expect(code).toContain(
      `<amp-img placeholder layout="fill" src="${BASE}pictures/control-old-city-abc.png" alt="Control chart, 6 December 2016"></amp-img>`,
    );
    expect(code).toContain('<button overflow type="button">');
    expect(code).toMatch(/<\/amp-iframe>$/);
  });

  it("iframeCode fixes the embed at its state, at the height given", () => {
    const code = iframeCode({ ...control, base: undefined, height: 760 });
    expect(code).toContain('src="embed/control.html?state=old-city&amp;steps=0"');
    expect(code).toContain('width="100%" height="760"');
    expect(
      iframeCode({ path: "embed/map.html", title: "Map", base: undefined, height: 700 }),
    ).toContain('src="embed/map.html?steps=0"');
  });
});
