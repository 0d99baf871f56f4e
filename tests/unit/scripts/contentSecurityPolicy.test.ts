import { describe, expect, it } from "vitest";
import {
  CONTENT_SECURITY_POLICY,
  DOWNLOADS_POLICY,
  headersFile,
} from "../../../scripts/contentSecurityPolicy.ts";

describe("headersFile()", () => {
  it("sets the page's policy everywhere, then the downloads' own for downloads/", () => {
    expect(headersFile()).toBe(
      `/*\n  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}\n/downloads/*\n  Content-Security-Policy: ${DOWNLOADS_POLICY}\n`,
    );
  });

  it("lets a downloaded SVG use its own faces and nothing else", () => {
    expect(DOWNLOADS_POLICY).toContain("default-src 'none'");
    expect(DOWNLOADS_POLICY).toContain("font-src data:");
    expect(DOWNLOADS_POLICY).not.toMatch(/script-src|'self'|https?:/);
  });
});
