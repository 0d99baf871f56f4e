import { ampHeight } from "../embed/frameMessages.ts";
import { PREVIEW } from "../pageContract.ts";

/**
 * Each preview takes the height its embed asks for (the same AMP-style message an AMP or
 * @newswire/frames host reads), so a preview is neither cut off nor followed by a hole.
 * Only our own embeds are listened to: the sender one of the previews, from its origin.
 */
export function sizePreviews(doc: Document): void {
  const frames = [...doc.querySelectorAll<HTMLIFrameElement>(`iframe${PREVIEW.selector}`)];
  window.addEventListener("message", (event) => {
    const frame = frames.find((f) => f.contentWindow === event.source);
    if (!frame || event.origin !== new URL(frame.src).origin) return;
    const height = ampHeight(event.data);
    if (height !== null) frame.height = String(height);
  });
}
