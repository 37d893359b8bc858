import { z } from "zod";
import { type Money, parseMoney } from "./money.js";

/** Accepts every {@link MoneyInput} form and yields a {@link Money}. */
export const MoneySchema = z
  .union([
    z.string().meta({ description: 'Amount with currency: "£1,250.00", "1250.5 GBP", "EUR 300"' }),
    z.number().meta({ description: "Rejected with a hint: a bare number has no currency" }),
    z.strictObject({
      amount: z
        .union([z.string(), z.number()])
        .meta({ description: 'Decimal amount in major units, e.g. "1250.50"' }),
      currency: z.string().meta({ description: "ISO 4217 currency code, e.g. GBP" }),
    }),
  ])
  .transform((input, ctx): Money => {
    try {
      return parseMoney(input);
    } catch (error) {
      ctx.addIssue({ code: "custom", message: (error as Error).message });
      return z.NEVER;
    }
  })
  .meta({ id: "Money", description: "An exact amount of money with its ISO 4217 currency" });
