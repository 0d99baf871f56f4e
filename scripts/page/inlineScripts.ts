import { JSON_LD_TYPE } from "../share/structuredData.ts";

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

/**
 * Fails the build on a page the strict content policy would break or that would run
 * something it should not: every `<script>` either loads a file (`src`, nothing inline) or
 * is a structured-data block, `type="application/ld+json"` exactly, holding valid JSON with
 * no `<` in it (so it cannot close itself early).
 */
export function checkInlineScripts(page: string, name: string): void {
  const opened = (page.match(/<script\b/gi) ?? []).length;
  const scripts = [...page.matchAll(SCRIPT)];
  if (scripts.length !== opened)
    throw new Error(`${name}: ${opened} <script> tags open but ${scripts.length} close`);
  for (const [element, attributes = "", body = ""] of scripts) {
    const start = element.slice(0, 80);
    if (/\ssrc=/i.test(attributes)) {
      if (body.trim() !== "")
        throw new Error(`${name}: a script with src has inline code: ${start}`);
      continue;
    }
    if (attributes.trim() !== `type="${JSON_LD_TYPE}"`)
      throw new Error(
        `${name}: inline script is not ${JSON_LD_TYPE}, which the policy blocks: ${start}`,
      );
    if (body.includes("<"))
      throw new Error(`${name}: structured data holds an unescaped "<": ${start}`);
    try {
      JSON.parse(body);
    } catch {
      throw new Error(`${name}: structured data is not valid JSON: ${start}`);
    }
  }
}
