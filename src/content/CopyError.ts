/** A problem in the story copy, located by file and line: `src/content/story.aml line 42: …`. */
export class CopyError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly problem: string,
  ) {
    super(`${file}${line === null ? "" : ` line ${line}`}: ${problem}`);
    this.name = "CopyError";
  }
}
