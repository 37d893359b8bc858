/**
 * Folds content lines at 75 octets (RFC 5545 3.1) with the same break points as ical-generator's foldLines, but
 * without encoding each character separately: ASCII lines that fit pass through untouched.
 */
export function foldLines(text: string): string {
  const lines = text.split("\r\n");
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range test is the point
    if (line.length <= 75 && /^[\x00-\x7f]*$/.test(line)) continue;
    let out = "";
    let octets = 0;
    for (let i = 0; i < line.length; i++) {
      const code = line.charCodeAt(i);
      let ch = line[i]!;
      let size: number;
      if (code < 0x80) size = 1;
      else if (code < 0x800) size = 2;
      else if (code >= 0xd800 && code <= 0xdbff && i + 1 < line.length) {
        ch += line[++i];
        size = 4;
      } else size = 3;
      octets += size;
      if (octets > 74) {
        out += "\r\n ";
        octets = size;
      }
      out += ch;
    }
    lines[n] = out;
  }
  return lines.join("\r\n");
}
