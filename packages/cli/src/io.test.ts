import { describe, expect, it } from "vitest";
import { progress, table } from "./io.js";
import { captureIo } from "./test-io.js";

describe("table", () => {
  it("aligns columns, right-aligning the ones asked for", () => {
    expect(
      table(
        [
          ["account", "amount"],
          ["assets:bank", "1250.00"],
          ["expenses:café", "5.00"],
        ],
        [1],
      ),
    ).toBe("account         amount\nassets:bank    1250.00\nexpenses:café     5.00");
  });
});

describe("progress", () => {
  it("stays silent for quick work and when not on a terminal", () => {
    let clock = 0;
    const quick = captureIo({ tty: true });
    const bar = progress(quick.io, "simulating", () => clock);
    bar.update(1, 2);
    bar.finish();
    expect(quick.stderr).toBe("");
    const piped = captureIo();
    const silent = progress(piped.io, "simulating", () => clock);
    clock = 5000;
    silent.update(1, 2);
    expect(piped.stderr).toBe("");
  });

  it("draws after a second on a terminal and clears the line when done", () => {
    let clock = 0;
    const out = captureIo({ tty: true });
    const bar = progress(out.io, "simulating", () => clock);
    clock = 1500;
    bar.update(15, 30);
    bar.finish();
    expect(out.stderr).toBe("\rsimulating [###############---------------] 50%\r\u001b[2K");
  });
});
