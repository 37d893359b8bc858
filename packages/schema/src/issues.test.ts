import { describe, expect, it } from "vitest";
import { formatIssue, HackdayError, ValidationError } from "./issues.js";
import { MoneyError, parseMoney } from "./money.js";

describe("HackdayError", () => {
  it("carries a code and every issue; its message is the issues, one line each", () => {
    const err = new HackdayError("some_code", [
      {
        path: ["sessions", 3, "room"],
        message: 'unknown room "main-hal"',
        file: "x.yaml",
        line: 12,
        column: 5,
      },
      { path: [], message: "second", line: 2 },
    ]);
    expect(err).toBeInstanceOf(Error);
    expect(err.code).toBe("some_code");
    expect(err.issues).toHaveLength(2);
    expect(err.message).toBe('x.yaml:12:5: sessions[3].room: unknown room "main-hal"\n2: second');
  });

  it("reads a bare message as one issue at the root, keeping the message as written", () => {
    const err = new HackdayError("c", "no judging session\nsecond line");
    expect(err.issues).toEqual([{ path: [], message: "no judging session\nsecond line" }]);
    expect(err.message).toBe("no judging session\nsecond line");
  });

  it("is the base of the schema's own errors, each with its own code and class", () => {
    const validation = new ValidationError([{ severity: "error", path: ["id"], message: "bad" }]);
    expect(validation).toBeInstanceOf(HackdayError);
    expect(validation).toBeInstanceOf(ValidationError);
    expect(validation.name).toBe("ValidationError");
    expect(validation.code).toBe("invalid_input");
    expect(validation.issues[0]!.severity).toBe("error");

    let money: unknown;
    try {
      parseMoney("12.345 GBP");
    } catch (err) {
      money = err;
    }
    expect(money).toBeInstanceOf(MoneyError);
    expect(money).toBeInstanceOf(HackdayError);
    expect((money as MoneyError).code).toBe("invalid_money");
    expect((money as MoneyError).issues).toEqual([{ path: [], message: (money as MoneyError).message }]);
  });

  it("formats an issue without a severity as an error", () => {
    expect(formatIssue({ path: ["a", 0], message: "m" })).toBe("a[0]: m");
  });
});
