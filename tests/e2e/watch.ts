import type { Page } from "@playwright/test";

/** Collects console errors, page errors and any request that leaves our own origin. */
export function watchPage(page: Page, baseURL: string) {
  const origin = new URL(baseURL).origin;
  const errors: string[] = [];
  const foreignRequests: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:"))
      foreignRequests.push(url);
  });
  return { errors, foreignRequests };
}
