import { ampHeight } from "../embed/frameMessages.ts";

/**
 * Each preview takes the height its embed asks for (the same AMP-style message an AMP or
 * @newswire/frames host reads), so a preview is neither cut off nor followed by a hole.
 * Only our own embeds are listened to: same origin, and the sender one of the previews.
 */
export function sizePreviews(doc: Document): void {
  const frames = [...doc.querySelectorAll<HTMLIFrameElement>("iframe[data-preview]")];
  window.addEventListener("message", (event) => {
    if (event.origin !== window.location.origin) return;
    const frame = frames.find((f) => f.contentWindow === event.source);
    const height = ampHeight(event.data);
    if (frame && height !== null) frame.height = String(height);
  });
}
