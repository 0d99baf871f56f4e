import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BUILD_INPUTS, staleBuild } from "../../../scripts/distFreshness.ts";

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true });
});

/** A project folder with sources written at `sourcesAt` and a build at `builtAt` (seconds). */
function project(sourcesAt: number, builtAt: number | null) {
  const root = mkdtempSync(join(tmpdir(), "dist-freshness-"));
  roots.push(root);
  const write = (path: string, at: number) => {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), "x");
    utimesSync(join(root, path), at, at);
  };
  for (const file of ["src/story/keyboard.ts", "data/control.csv", "index.html"]) {
    write(file, sourcesAt);
  }
  if (builtAt !== null) write("dist/index.html", builtAt);
  return { root, write };
}

describe("staleBuild(root, outDir)", () => {
  it("passes a build made after every source changed", () => {
    expect(staleBuild(project(1000, 2000).root)).toBeNull();
  });

  it("refuses a folder with no build, and says to build", () => {
    expect(staleBuild(project(1000, null).root)).toMatch(/dist\/ holds no build.*npm run build/);
  });

  it("refuses a build older than a source, naming the newest and counting the rest", () => {
    const { root, write } = project(1000, 2000);
    write("src/story/scrollAdapter.ts", 3000);
    write("data/evacuation.csv", 3500);
    expect(staleBuild(root)).toMatch(
      /^dist\/ is older than its sources: data\/evacuation\.csv and 1 more changed after the build .*npm run build/,
    );
  });

  it("counts a change to the build's configuration or dependencies as a change of source", () => {
    for (const file of ["vite.config.ts", "package-lock.json", "scripts/storyPlugins.ts"]) {
      const { root, write } = project(1000, 2000);
      write(file, 3000);
      expect(staleBuild(root), file).toMatch(new RegExp(`sources: ${file} changed`));
    }
  });

  it("ignores files outside the build's inputs, such as the tests", () => {
    const { root, write } = project(1000, 2000);
    write("tests/e2e/page.spec.ts", 3000);
    write("README.md", 3000);
    expect(staleBuild(root)).toBeNull();
    expect(BUILD_INPUTS).not.toContain("tests");
  });

  it("looks in the folder it is given", () => {
    const { root, write } = project(1000, 2000);
    write("elsewhere/index.html", 500);
    expect(staleBuild(root, "elsewhere")).toMatch(/^elsewhere\/ is older/);
  });
});
