import { describe, expect, it } from "vitest";
import { pageParts } from "../../../../scripts/page/pageParts.ts";
import { pageDocument, pageShell } from "../../../../scripts/page/pageShell.ts";
import { raw } from "../../../../scripts/prerender/html.ts";

const page = pageShell({
  root: raw(' data-beat="a"'),
  title: "A title",
  description: "A description.",
  head: [raw('<link rel="icon" href="icon.svg">')],
  body: [raw("<main>"), raw("<p>Text</p>"), raw("</main>")],
}).text;

describe("pageParts(page, what)", () => {
  it("takes a page the shell wrote apart so the shell writes it again, the same", () => {
    const parts = pageParts(page, "a page");
    expect(parts.root).toBe(' data-beat="a"');
    expect(parts.body).toBe("<main>\n<p>Text</p>\n</main>");
    expect(
      pageDocument({ root: raw(parts.root), head: [raw(parts.head)], body: [raw(parts.body)] })
        .text,
    ).toBe(page);
  });

  it("reads index.html as written, indented, with nothing on its root but the language", () => {
    const index =
      '<!doctype html>\n<html lang="en-GB">\n  <head>\n    <script src="x.js"></script>\n  </head>\n  <body>\n    <p>x</p>\n  </body>\n</html>\n';
    expect(pageParts(index, "index.html")).toEqual({
      root: "",
      head: '<script src="x.js"></script>',
      body: "<p>x</p>",
    });
  });

  it("refuses a page in another language, or with two heads or no body, naming it", () => {
    expect(() => pageParts(page.replace("en-GB", "fr"), "index.html")).toThrow(
      'index.html needs one <html lang="en-GB">',
    );
    expect(() => pageParts(page.replace("</head>", "</head><head></head>"), "x")).toThrow(
      "x has 2 <head> and 2 </head>, expected one",
    );
    expect(() => pageParts(page.replace("<body>", ""), "x")).toThrow("x has 0 <body>");
  });
});
