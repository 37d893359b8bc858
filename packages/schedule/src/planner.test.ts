import { describe, expect, it } from "vitest";
import { judgesNeeded, longestVisit, roundsInWindow, viewsPossible } from "./planner.js";

describe("planner", () => {
  it("J = ⌈P·k·t/T⌉ (MLH expo arithmetic)", () => {
    // 100 projects, 3 views, 5-minute visits in two hours: 1,500 judge-minutes / 120 = 12.5 → 13 judges.
    expect(judgesNeeded({ projects: 100, views: 3, minutes: 5, window: 120 })).toBe(13);
    expect(judgesNeeded({ projects: 220, views: 3, minutes: 5, window: 180 })).toBe(19);
    expect(judgesNeeded({ projects: 0, views: 3, minutes: 5, window: 180 })).toBe(0);
  });

  it("counts only whole visits in the window", () => {
    expect(roundsInWindow(120, 7)).toBe(17);
    // 10 projects × 1 view × 7 min in 120 min: 70/120 → 1 judge, who fits 17 visits.
    expect(judgesNeeded({ projects: 10, views: 1, minutes: 7, window: 120 })).toBe(1);
    expect(judgesNeeded({ projects: 18, views: 1, minutes: 7, window: 120 })).toBe(2);
  });

  it("the converse: how many views J judges can give", () => {
    expect(viewsPossible({ projects: 100, judges: 13, minutes: 5, window: 120 })).toBe(3);
    expect(viewsPossible({ projects: 100, judges: 12, minutes: 5, window: 120 })).toBe(2);
    expect(viewsPossible({ projects: 5, judges: 2, minutes: 5, window: 120 })).toBe(2); // distinct judges
    expect(longestVisit({ projects: 100, judges: 13, views: 3, window: 120 })).toBe(5);
  });

  it("is consistent: the judges it asks for can give the views", () => {
    for (let projects = 1; projects < 60; projects += 7)
      for (let views = 1; views <= 4; views++) {
        const input = { projects, views, minutes: 4, window: 90 };
        const judges = judgesNeeded(input);
        expect(viewsPossible({ projects, judges, minutes: 4, window: 90 })).toBeGreaterThanOrEqual(
          Math.min(views, judges),
        );
      }
  });

  it("rejects nonsense", () => {
    expect(() => judgesNeeded({ projects: 3, views: 0, minutes: 5, window: 60 })).toThrow(RangeError);
    expect(() => judgesNeeded({ projects: 3, views: 1, minutes: 90, window: 60 })).toThrow(/does not fit/);
  });
});
