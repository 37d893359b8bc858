/** How much of someone's input a message repeats back. */
export const QUOTE_LIMIT = 200;

/** Text cut to `limit` characters with an ellipsis, never splitting a surrogate pair. */
export function truncate(text: string, limit = QUOTE_LIMIT): string {
  if (text.length <= limit) return text;
  const cut = /[\uD800-\uDBFF]/.test(text[limit - 1]!) ? limit - 1 : limit;
  return `${text.slice(0, cut)}…`;
}

/**
 * Input as a message quotes it: in double quotes, cut to about 200 characters, so an 11 MB line
 * in a CSV file never comes back as an 11 MB error message.
 */
export function quote(text: string, limit = QUOTE_LIMIT): string {
  return `"${truncate(text, limit)}"`;
}

/**
 * A message with every quoted run longer than the limit cut down, and every line capped at a few times the
 * limit: the last guard for messages that quoted someone's input whole. One pass, no regex, so an 11 MB quote
 * costs no more than reading it once.
 */
export function capQuotes(message: string, limit = QUOTE_LIMIT): string {
  const parts: string[] = [];
  let at = 0;
  while (at < message.length) {
    const open = message.indexOf('"', at);
    if (open < 0) break;
    const close = message.indexOf('"', open + 1);
    const newline = message.indexOf("\n", open + 1);
    if (close < 0 || (newline >= 0 && newline < close)) {
      parts.push(message.slice(at, open + 1));
      at = open + 1;
      continue;
    }
    parts.push(message.slice(at, open), quote(message.slice(open + 1, close), limit));
    at = close + 1;
  }
  parts.push(message.slice(at));
  return parts
    .join("")
    .split("\n")
    .map((line) => truncate(line, limit * 5))
    .join("\n");
}
