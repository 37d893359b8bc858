import { formatMinor } from "./amount.js";

type Jsonified<T> = T extends bigint
  ? string
  : T extends readonly (infer U)[]
    ? Jsonified<U>[]
    : T extends object
      ? { [K in keyof T]: Jsonified<T[K]> }
      : T;

/**
 * Report data as JSON-ready values: every bigint amount becomes an exact decimal string in the currency of the
 * object it sits in (`{currency: "GBP", amount: 125050n}` → `"1250.50"`), per the CLI contract.
 */
export function toJsonValue<T>(value: T, currency?: string): Jsonified<T> {
  if (typeof value === "bigint")
    return (currency ? formatMinor(value, currency) : value.toString()) as Jsonified<T>;
  if (Array.isArray(value)) return value.map((item) => toJsonValue(item, currency)) as Jsonified<T>;
  if (value !== null && typeof value === "object") {
    const own = (value as { currency?: unknown }).currency;
    const here = typeof own === "string" ? own : currency;
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, toJsonValue(v, here)]),
    ) as Jsonified<T>;
  }
  return value as Jsonified<T>;
}
