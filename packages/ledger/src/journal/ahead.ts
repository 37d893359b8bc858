/**
 * The next tab, two spaces and `;` at or after a position of one text, found with the native indexOf and kept,
 * so a reader going forward through a chunk searches each stretch of it once rather than testing every
 * character in JavaScript. Call `reset` for another text, or to go back.
 */
export class Ahead {
  text = "";
  private tab = -1;
  private twoSpaces = -1;
  private semicolon = -1;

  reset(text: string): void {
    this.text = text;
    this.tab = -1;
    this.twoSpaces = -1;
    this.semicolon = -1;
  }

  /** Where the next tab or two spaces start in `text` (the last one reset to), at or after `from`. */
  gap(text: string, from: number): number {
    if (this.tab < from) this.tab = position(text.indexOf("\t", from));
    if (this.twoSpaces < from) this.twoSpaces = position(text.indexOf("  ", from));
    return Math.min(this.tab, this.twoSpaces);
  }

  /** Where the next `;` is in `text` (the last one reset to), at or after `from`. */
  nextSemicolon(text: string, from: number): number {
    if (this.semicolon < from) this.semicolon = position(text.indexOf(";", from));
    return this.semicolon;
  }
}

// Not found: a position beyond any string V8 can hold (2^29 − 24 characters), and still a small integer: a field holding it keeps
// its shape (a double there would change the object's shape, and V8 would drop the code compiled for it).
const NONE = 2 ** 30 - 1;
const position = (at: number) => (at < 0 ? NONE : at);
