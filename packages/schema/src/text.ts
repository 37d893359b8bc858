/**
 * How long free text in an event may be. Forms show these as `maxlength` and servers enforce them through the
 * schemas, so a 60,000-character title is refused wherever it comes from.
 */
export const TEXT_LIMITS = {
  /** Names and titles: people, sessions, prizes, sponsors, teams, rooms. */
  name: 200,
  /** A project's title (fits a results table and a printed certificate). */
  title: 120,
  /** A project's one-paragraph summary. */
  summary: 2000,
  /** Longer descriptions (event, session, prize, sponsor). */
  description: 10_000,
  /** Short codes such as an SPDX licence id, pronouns, a tier. */
  short: 64,
} as const;

// C0 and C1 controls, DEL, and the line/paragraph separators (U+2028/9) that YAML and JSON readers disagree on.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROLS_SINGLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROLS_MULTI = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
// What renders as nothing: whitespace and invisible format characters (zero-width space, joiners, bidi marks).
const INVISIBLE = /[\s\p{Cf}]/gu;

/**
 * Text typed into a form, made safe to store and publish: control characters removed (a single line's tabs and
 * line breaks become spaces; a multi-line text keeps `\n` and tabs, with `\r\n` and U+2028/9 made `\n`), then
 * trimmed. Text that would render as nothing comes back as `""`, so a schema's `min(1)` refuses it.
 */
export function cleanText(text: string, options: { multiline?: boolean } = {}): string {
  const cleaned = options.multiline
    ? text
        .replace(/\r\n?|[\u2028\u2029]/g, "\n")
        .replace(CONTROLS_MULTI, "")
        .trim()
    : text
        .replace(/[\t\n\r\u2028\u2029]/g, " ")
        .replace(CONTROLS_SINGLE, "")
        .trim();
  return cleaned.replace(INVISIBLE, "") === "" ? "" : cleaned;
}
