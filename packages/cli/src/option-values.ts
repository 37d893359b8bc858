import { InvalidArgumentError } from "commander";
import { unknownChoice } from "./choices.js";

/** Parses a number option; `what` says what was expected (commander names the option and exits 2). */
export const numberOption =
  (what: string, check: (n: number) => boolean = Number.isFinite) =>
  (value: string): number => {
    const n = Number(value);
    if (value.trim() === "" || !check(n)) throw new InvalidArgumentError(`expected ${what}`);
    return n;
  };

/** A whole number ≥ `min`, e.g. `--views 3`. */
export const wholeNumber = (min = 1) =>
  numberOption(`a whole number ≥ ${min}`, (n) => Number.isInteger(n) && n >= min);

/** One of fixed words, with a did-you-mean when it is close to one. */
export const oneOf =
  <T extends string>(values: readonly T[]) =>
  (value: string): T => {
    if (!(values as readonly string[]).includes(value))
      throw new InvalidArgumentError(unknownChoice("value", value, values));
    return value as T;
  };

/** `a, b,,c` → ["a", "b", "c"]; undefined stays undefined (the option was not given). */
export function commaList(value: string | undefined): string[] | undefined {
  return value
    ?.split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** A repeatable option: every value given, in order. */
export const repeatable = (value: string, previous: string[]): string[] => [...previous, value];

/** A repeatable option whose values are comma-separated lists, joined into one list. */
export const repeatableList = (value: string, previous: string[]): string[] => [
  ...previous,
  ...(commaList(value) ?? []),
];
