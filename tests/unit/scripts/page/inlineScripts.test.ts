import { describe, expect, it } from "vitest";
import { checkInlineScripts } from "../../../../scripts/page/inlineScripts.ts";
import { jsonLdScript } from "../../../../scripts/share/structuredData.ts";

const page = (head: string) => `<!doctype html><html><head>${head}</head><body></body></html>`;
const MODULE = '<script type="module" src="./assets/index-x.js"></script>';

describe("checkInlineScripts(page, name)", () => {
  it("passes scripts loaded from files and one structured-data block", () => {
    expect(() =>
      checkInlineScripts(page(`${MODULE}${jsonLdScript({ headline: "</script>" })}`), "index.html"),
    ).not.toThrow();
    expect(() => checkInlineScripts(page(""), "index.html")).not.toThrow();
  });

  it("fails on inline code, whatever its type, naming the page", () => {
    for (const script of [
      "<script>alert(1)</script>",
      '<script type="module">import "./x.js"</script>',
      '<script type="text/javascript">1</script>',
      '<script type="application/ld+json" onload="x()">{}</script>',
      '<script src="x.js">alert(1)</script>',
    ]) {
      expect(() => checkInlineScripts(page(script), "index.html"), script).toThrow(
        /^index\.html: /,
      );
    }
  });

  it("fails on structured data that is not JSON, or holds a raw <", () => {
    expect(() =>
      checkInlineScripts(page('<script type="application/ld+json">{"a":</script>'), "list.html"),
    ).toThrow('list.html: structured data is not valid JSON: <script type="application/ld+json">');
    expect(() =>
      checkInlineScripts(
        page('<script type="application/ld+json">{"a":"<!--"}</script>'),
        "list.html",
      ),
    ).toThrow(/unescaped "<"/);
  });

  it("fails on a script element left open", () => {
    expect(() => checkInlineScripts(page('<script src="x.js">'), "index.html")).toThrow(
      "index.html: 1 <script> tags open but 0 close",
    );
  });
});
