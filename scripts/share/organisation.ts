/** The setting for who publishes the story, as its credit line names them. */
export const ORGANISATION_SETTING = "STORY_ORG";
const DEFAULT_ORGANISATION = "The Aleppo graphics desk";

/** The organisation the credit names: `STORY_ORG` at build, or the desk's name. */
export function organisation(env: Record<string, string | undefined> = process.env): string {
  return env[ORGANISATION_SETTING]?.trim() || DEFAULT_ORGANISATION;
}
