import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { html, joinHtml, raw, SafeHtml } from "../../src/html.ts";

describe("html", () => {
  it("escapes interpolated text", () => {
    expect(html`<p>${"<b>Tom & Jerry</b>"}</p>`.text).toBe(
      "<p>&lt;b&gt;Tom &amp; Jerry&lt;/b&gt;</p>",
    );
  });

  it("escapes interpolated attribute values, quotes included", () => {
    expect(html`<a href="${`x" onclick="alert('1')`}">`.text).toBe(
      '<a href="x&quot; onclick=&quot;alert(&#39;1&#39;)">',
    );
  });

  it("writes numbers, and nothing for false, null and undefined", () => {
    expect(html`<i>${3}${false}${null}${undefined}</i>`.text).toBe("<i>3</i>");
  });

  it("keeps nested html as it is, without escaping it twice", () => {
    const inner = html`<b>${"a & b"}</b>`;
    expect(html`<p>${inner}</p>`.text).toBe("<p><b>a &amp; b</b></p>");
  });

  it("joins arrays, escaping their text and keeping their markup", () => {
    expect(html`<ul>${["<1>", html`<li>2</li>`, [3, "&"]]}</ul>`.text).toBe(
      "<ul>&lt;1&gt;<li>2</li>3&amp;</ul>",
    );
  });

  it("writes raw markup as it is", () => {
    expect(html`<div>${raw("<svg></svg>")}</div>`.text).toBe("<div><svg></svg></div>");
  });

  it("is safe markup that reads as its text", () => {
    const made = html`<p>${"x"}</p>`;
    expect(made).toBeInstanceOf(SafeHtml);
    expect(`${made}`).toBe("<p>x</p>");
  });

  it("joins lines, dropping empty ones and escaping text", () => {
    expect(joinHtml([html`<a>`, "", false, "<b>", html`</a>`]).text).toBe("<a>\n&lt;b&gt;\n</a>");
    expect(joinHtml([html`<i>1</i>`, html`<i>2</i>`], " · ").text).toBe("<i>1</i> · <i>2</i>");
  });
});

describe("the build's HTML writers", () => {
  const ROOT = join(import.meta.dirname, "../..");
  const WRITERS = ["prerender", "page", "embed", "editors", "share"].map((d) => join("scripts", d));

  it("escape through html, never by hand", () => {
    const byHand = WRITERS.flatMap((dir) =>
      readdirSync(join(ROOT, dir))
        .filter((f) => f.endsWith(".ts") && f !== "html.ts")
        .filter((f) => /\b(esc|escapeHtml)\(/.test(readFileSync(join(ROOT, dir, f), "utf8")))
        .map((f) => join(dir, f)),
    );
    expect(byHand).toEqual([]);
  });
});
