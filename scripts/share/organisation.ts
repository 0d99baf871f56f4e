/** The build setting that names who publishes the story. */
export const ORGANISATION_SETTING = "STORY_ORGANISATION";

/** The name used when the build is not given one. */
export const DEFAULT_ORGANISATION = "The Aleppo graphics desk";

/**
 * Who publishes the story, as link previews (`og:site_name`), search engines (the
 * NewsArticle's author and publisher) and the pictures' credit line name it: the setting,
 * trimmed, or the default when it is unset or blank.
 */
export function organisation(env: Record<string, string | undefined> = process.env): string {
  return env[ORGANISATION_SETTING]?.trim() || DEFAULT_ORGANISATION;
}
