import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Page } from "@playwright/test";

/**
 * A newsroom's page on an origin of its own (another port): serves the host pages a test
 * sets, by path, and nothing else.
 */
export async function serveHosts() {
  const pages = new Map<string, string>();
  const server: Server = createServer((req, res) => {
    const body = pages.get(req.url ?? "");
    const type = req.url?.endsWith(".js") ? "text/javascript" : "text/html";
    res.writeHead(body ? 200 : 404, { "Content-Type": `${type}; charset=utf-8` }).end(body);
  });
  await new Promise<void>((ready) => server.listen(0, "127.0.0.1", ready));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    /** Serves `html` at a new path and returns the page's address. */
    add(html: string) {
      const path = `/host-${pages.size}`;
      pages.set(path, html);
      return `${url}${path}`;
    },
    /** Serves a file of the host's own (its copy of a parent's script) at `/host-<name>`. */
    file(name: string, body: string) {
      pages.set(`/host-${name}`, body);
    },
    close: () => server.close(),
  };
}

/**
 * What the host page and its frames did that they should not have: console errors, uncaught
 * errors, dialogs (what injected code would open), and requests to any origin but the
 * host's pages and ours.
 */
export function watchFrames(page: Page, hostPages: string, ours: string) {
  const errors: string[] = [];
  const foreign: string[] = [];
  const dialogs: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on("request", (r) => {
    const url = r.url();
    if (!url.startsWith(`${hostPages}/host-`) && !url.startsWith(ours) && !url.startsWith("data:"))
      foreign.push(url);
  });
  return { errors, foreign, dialogs };
}

/**
 * Every frame records its CSP violations (and any code a hostile address managed to run)
 * from its first script on; the function returned reads the top page's.
 */
export async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { violations: string[] };
    w.violations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      w.violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { violations: string[] }).violations);
}

declare global {
  interface Window {
    violations: string[];
  }
}
