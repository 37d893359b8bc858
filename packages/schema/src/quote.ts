/** How much of someone's input a message repeats back. */
export const QUOTE_LIMIT = 200;

/** Text cut to `limit` characters with an ellipsis, never splitting a surrogate pair. */
export function truncate(text: string, limit = QUOTE_LIMIT): string {
  if (text.length <= limit) return text;
  const cut = /[\uD800-\uDBFF]/.test(text[limit - 1]!) ? limit - 1 : limit;
  return `${text.slice(0, cut)}…`;
}

/**
 * Input as a message quotes it: in double quotes, cut to about {@link QUOTE_LIMIT} characters, so an 11 MB line
 * in a CSV file never comes back as an 11 MB error message.
 */
export function quote(text: string, limit = QUOTE_LIMIT): string {
  return `"${truncate(text, limit)}"`;
}
