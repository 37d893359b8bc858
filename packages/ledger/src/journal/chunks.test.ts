import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { balanceJournalStream, textChunks } from "./parse.js";

// Byte chunks are decoded up to their last newline; any split of the bytes, even inside a character, and any
// mix of byte and text chunks must read like the whole text.
const JOURNAL = `\uFEFF; exported
commodity £1,000.00

2026-05-01 * (INV-7) Fresh Fork | Lunch  ; event:x
    expenses:food and drink    £1,095.00  ; café
    assets:bank

2026-05-02 Café ☕
    expenses:tea    €12.50
    assets:bank    -12.50 EUR = -12.50 EUR
`;
const bytes = new TextEncoder().encode(JOURNAL);

async function* pieces(cuts: number[], asText: boolean[]) {
  const at = [...new Set(cuts)].sort((a, b) => a - b);
  let start = 0;
  for (const [k, end] of [...at, bytes.length].entries()) {
    const piece = bytes.slice(start, end);
    start = end;
    // A text chunk can only be whole characters: use one where the cut allows it.
    const text = new TextDecoder("utf-8", { fatal: false }).decode(piece);
    yield asText[k] && new TextEncoder().encode(text).length === piece.length && !text.includes("\uFFFD")
      ? text
      : piece;
  }
}

describe("feedChunks", () => {
  it("reads any split of the bytes like the whole text (inside characters, byte and text chunks mixed)", async () => {
    const whole = await balanceJournalStream(textChunks(JOURNAL.slice(1)));
    expect(whole.transactions).toBe(2);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: bytes.length }), { maxLength: 12 }),
        fc.array(fc.boolean(), { minLength: 13, maxLength: 13 }),
        async (cuts, asText) => {
          expect(await balanceJournalStream(pieces(cuts, asText))).toEqual(whole);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("reads Node Buffer chunks that share one reused buffer (a reader filling the same memory each time)", async () => {
    const whole = await balanceJournalStream(textChunks(JOURNAL.slice(1)));
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 64 }), async (size) => {
        async function* reused() {
          const memory = Buffer.alloc(size);
          for (let start = 0; start < bytes.length; start += size) {
            const piece = bytes.subarray(start, start + size);
            memory.set(piece);
            yield memory.subarray(0, piece.length);
            memory.fill(0x3f); // what the next read would overwrite
          }
        }
        expect(await balanceJournalStream(reused())).toEqual(whole);
      }),
      { numRuns: 64 },
    );
  });

  it("rejects bytes that are not UTF-8, wherever the chunk ends", async () => {
    async function* bad() {
      yield bytes.slice(0, 40);
      yield new Uint8Array([0xff, 0x0a]);
      yield bytes.slice(40);
    }
    await expect(balanceJournalStream(bad())).rejects.toThrow(TypeError);
    async function* truncated() {
      yield new TextEncoder().encode("2026-01-01 x\n    a  £1\n    b\n; ");
      yield new Uint8Array([0xc2]); // the first byte of a two-byte character, and then the end
    }
    await expect(balanceJournalStream(truncated())).rejects.toThrow(TypeError);
  });
});
