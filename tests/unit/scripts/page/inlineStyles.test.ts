import { describe, expect, it } from "vitest";
import { inlineStyles, rebaseUrls } from "../../../../scripts/page/inlineStyles.ts";

describe("rebaseUrls", () => {
  it("points a font next to the stylesheet at the stylesheet's folder", () => {
    expect(rebaseUrls("src:url(./a.woff2) format('woff2')", "assets")).toBe(
      "src:url(./assets/a.woff2) format('woff2')",
    );
    expect(rebaseUrls('src:url("b.woff")', "assets")).toBe('src:url("./assets/b.woff")');
  });

  it("leaves absolute, data and fragment URLs alone", () => {
    const css = "a{background:url(data:image/png;base64,AA)}b{mask:url(#m)}c{x:url(/r.svg)}";
    expect(rebaseUrls(css, "assets")).toBe(css);
  });
});

describe("inlineStyles", () => {
  const files: Record<string, string> = {
    "assets/base-1.css": "a{color:red}",
    "assets/index-2.css": "@font-face{src:url(./f.woff2)}",
  };
  const read = (path: string) => files[path];

  it("replaces every stylesheet link with its file, in order", () => {
    const html =
      '<head><link rel="stylesheet" crossorigin href="./assets/base-1.css">' +
      '<link rel="stylesheet" crossorigin href="./assets/index-2.css"></head>';
    expect(inlineStyles(html, read)).toBe(
      "<head><style>a{color:red}</style><style>@font-face{src:url(./assets/f.woff2)}</style></head>",
    );
  });

  it("keeps other links", () => {
    const html =
      '<link rel="icon" href="icons/icon.svg"><link rel="modulepreload" href="./assets/x.js">';
    expect(inlineStyles(html, read)).toBe(html);
  });

  it("fails on a stylesheet the build did not write", () => {
    expect(() => inlineStyles('<link rel="stylesheet" href="./assets/gone.css">', read)).toThrow(
      /assets\/gone\.css/,
    );
  });

  it("fails rather than end the style element early", () => {
    const bad = (path: string) => (path === "assets/base-1.css" ? "a{}</style><p>" : undefined);
    expect(() => inlineStyles('<link rel="stylesheet" href="./assets/base-1.css">', bad)).toThrow(
      /<\/style/,
    );
  });
});
