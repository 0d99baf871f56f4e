// @ts-check
/** Builds the site and serves the build with `vite preview`, the way readers get it. */
import { spawn } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";

const VITE = fileURLToPath(new URL("../node_modules/.bin/vite", import.meta.url));

/**
 * Runs `vite build` into `outDir`; rejects with the build's output when it fails.
 * @param {string} outDir
 */
export function build(outDir) {
  return new Promise((done, fail) => {
    const child = spawn(VITE, ["build", "--outDir", outDir], { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
    });
    child.stderr.on("data", (chunk) => {
      output += chunk;
    });
    child.on("error", fail);
    child.on("exit", (code) =>
      code === 0 ? done(output) : fail(new Error(`vite build exited with ${code}\n${output}`)),
    );
  });
}

/**
 * Starts `vite preview` on `port` and waits until it answers.
 * @param {string} outDir
 * @param {number} port
 * @returns {Promise<{ url: string, stop: () => Promise<void> }>}
 */
export async function preview(outDir, port) {
  const child = spawn(
    VITE,
    ["preview", "--outDir", outDir, "--port", String(port), "--strictPort"],
    {
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout?.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  let exited = child.exitCode !== null;
  const exit = new Promise((done) =>
    child.on("exit", () => {
      exited = true;
      done(undefined);
    }),
  );
  // If the bench itself dies, the server must not outlive it.
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);

  const stop = async () => {
    process.off("exit", killOnExit);
    if (exited) return;
    child.kill("SIGTERM");
    const timedOut = await Promise.race([exit.then(() => false), sleep(5000).then(() => true)]);
    if (timedOut) child.kill("SIGKILL");
  };

  const url = `http://localhost:${port}/`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`vite preview exited early\n${output}`);
    try {
      const response = await fetch(url);
      if (response.ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  await stop();
  throw new Error(`vite preview did not answer on ${url} within 30 s\n${output}`);
}
