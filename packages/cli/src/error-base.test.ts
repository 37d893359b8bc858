import { FeedError } from "@hackdaykit/ical";
import { JudgingInputError } from "@hackdaykit/judging";
import { JournalError } from "@hackdaykit/ledger";
import { ScheduleError } from "@hackdaykit/schedule";
import { HackdayError, MoneyError, ValidationError } from "@hackdaykit/schema";
import { describe, expect, it } from "vitest";
import { CliError, describeError, inFile } from "./io.js";

// Every package's errors share one base from the schema package, so one `instanceof HackdayError` and one printer
// cover them all.
const errors = [
  [new ValidationError([{ severity: "error", path: ["sessions", 0], message: "bad" }]), "invalid_input"],
  [new MoneyError("bad amount"), "invalid_money"],
  [new JudgingInputError("unknown project", { line: 3, column: "winner" }), "invalid_judging_input"],
  [new JournalError(7, "unbalanced", "books.journal"), "invalid_journal"],
  [new ScheduleError("no judging session"), "cannot_schedule"],
  [new FeedError("unknown track"), "invalid_feed_input"],
  [new CliError("usage", 2), "cli_usage"],
  [new CliError("failed"), "cli_failure"],
] as const;

describe("one error base", () => {
  it.each(errors)("%s is a HackdayError with its own code and at least one issue", (err, code) => {
    expect(err).toBeInstanceOf(HackdayError);
    expect(err).toBeInstanceOf(Error);
    expect(err.code).toBe(code);
    expect(err.issues.length).toBeGreaterThan(0);
    expect(err.name).toBe(err.constructor.name);
  });

  it("prints each the same way: file:line:column: path: message", () => {
    expect(describeError(new JournalError(7, "unbalanced", "books.journal"))).toBe(
      "books.journal:7: unbalanced",
    );
    expect(describeError(inFile(new JudgingInputError("unknown project", { line: 3 }), "votes.csv"))).toBe(
      "votes.csv:3: unknown project",
    );
    const located = new ValidationError([
      { severity: "error", path: ["sessions", 0, "room"], message: "unknown room", line: 4, column: 9 },
    ]);
    expect(describeError(inFile(located, "event.yaml"))).toBe(
      "event.yaml:4:9: sessions[0].room: unknown room",
    );
    expect(describeError(new CliError("one\ntwo"))).toBe("one\ntwo");
  });

  it("keeps the old properties callers read", () => {
    const judging = new JudgingInputError("unknown project", { line: 3, column: "winner" });
    expect([judging.line, judging.column, judging.detail, judging.message]).toEqual([
      3,
      "winner",
      "unknown project",
      "line 3: unknown project",
    ]);
    const journal = new JournalError(7, "unbalanced", "books.journal");
    expect(journal.message).toBe("unbalanced");
    expect(journal.toIssue()).toEqual({
      severity: "error",
      path: [],
      message: "unbalanced",
      line: 7,
      file: "books.journal",
    });
  });
});
