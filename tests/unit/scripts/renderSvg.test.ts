import { describe, expect, it } from "vitest";
import { renderSvg } from "../../../scripts/prerender/renderSvg.ts";
import { graphic } from "../../../src/charts/registry.ts";
import type { GraphicDefinition, Size } from "../../../src/charts/types.ts";
import { at, records } from "../charts/records.ts";

describe("renderSvg(definition, records, state, size)", () => {
  const svg = renderSvg(graphic("control"), records, at("old-city", "2016-12-06"), {
    width: 360,
    height: 340,
  });

  it("asks a picture's text for the chart's face, then narrow system faces, then any sans", () => {
    const family = /font-family:([^;]*);/.exec(svg.replaceAll("&quot;", '"'))?.[1] ?? "";
    const faces = family.split(",").map((f) => f.trim().replaceAll('"', ""));
    expect(faces[0]).toBe("Source Sans 3");
    expect(faces.at(-1)).toBe("sans-serif");
    expect(faces.indexOf("Arial")).toBeLessThan(faces.indexOf("DejaVu Sans Condensed"));
  });

  it("sets a picture's text a size smaller than the live chart's, since system faces run wider", () => {
    const state = at("old-city", "2016-12-06");
    const live = graphic("control").spec(records, state, { width: 360, height: 340 }).style;
    const liveSize = Number.parseFloat((live as { fontSize: string }).fontSize);
    const size = Number.parseFloat(/font-size:([\d.]+)px;/.exec(svg)?.[1] ?? "");
    expect(size).toBeLessThan(liveSize);
    expect(size).toBeGreaterThanOrEqual(10);
  });

  it("lays a picture out for a system face, and our own renderer's for the shipped face", () => {
    const seen: Size["text"][] = [];
    const control = graphic("control");
    const spying: GraphicDefinition = {
      ...control,
      spec: (r, state, size) => {
        seen.push(size.text);
        return control.spec(r, state, size);
      },
    };
    const state = at("old-city", "2016-12-06");
    renderSvg(spying, records, state, { width: 360, height: 340 });
    renderSvg(spying, records, state, { width: 360, height: 340 }, "own");
    expect(seen.map((t) => t?.face)).toEqual(["system", "shipped"]);
  });

  it("is a standalone, labelled SVG", () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" /);
    expect(svg).toContain('role="img"');
  });
});
