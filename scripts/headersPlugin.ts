import type { Plugin } from "vite";
import { headersFile } from "./contentSecurityPolicy.ts";

/** Writes `_headers`, the content policy for static hosts that read it (Netlify, Cloudflare). */
export function headersPlugin(): Plugin {
  return {
    name: "story-headers",
    apply: "build",
    generateBundle() {
      this.emitFile({ type: "asset", fileName: "_headers", source: headersFile() });
    },
  };
}
