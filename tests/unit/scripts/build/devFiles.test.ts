import { describe, expect, it } from "vitest";
import { contentType, requestPath } from "../../../../scripts/build/devFiles.ts";

describe("requestPath", () => {
  it("is the path inside dist/, without its slash, query or fragment", () => {
    expect(requestPath("/embed/control.html?state=old-city&steps=0")).toBe("embed/control.html");
    expect(requestPath("/moments/hanano-falls.html#x")).toBe("moments/hanano-falls.html");
    expect(requestPath("/cards/a%20b.png")).toBe("cards/a b.png");
    expect(requestPath("/")).toBe("");
    expect(requestPath(undefined)).toBe("");
  });

  it("is nothing for an address it cannot decode", () => {
    expect(requestPath("/%E0%A4%A")).toBe("");
  });
});

describe("contentType", () => {
  it("follows the extension of every kind of file the build writes", () => {
    expect(contentType("editors.html")).toBe("text/html; charset=utf-8");
    expect(contentType("embed/pym.v1.min.js")).toBe("text/javascript; charset=utf-8");
    expect(contentType("embeds.json")).toBe("application/json; charset=utf-8");
    expect(contentType("data/evacuation.csv")).toBe("text/csv; charset=utf-8");
    expect(contentType("icons/icon.svg")).toBe("image/svg+xml");
    expect(contentType("cards/story-0123456789.png")).toBe("image/png");
    expect(contentType("_headers")).toBe("application/octet-stream");
  });
});
