import { IdSchema } from "@hackdaykit/schema";
import { z } from "zod";
import { ACCOUNT_PATTERN } from "./model.js";

const amountInput = z
  .union([
    z
      .string()
      .meta({ description: 'Amount: "£1,250.00", "1250.50 GBP", "EUR 300"; bare "12.50" uses `currency`' }),
    z.number().meta({ description: "Bare number in major units (uses `currency`); prefer a string" }),
    z.strictObject({ amount: z.union([z.string(), z.number()]), currency: z.string() }),
  ])
  .meta({ id: "Amount", description: "An exact amount; parsed as a decimal, never as a float" });

const account = z
  .string()
  .regex(ACCOUNT_PATTERN, {
    message:
      "expected an account like expenses:catering:lunch (assets, liabilities, income, expenses or equity first, then names joined by :)",
  })
  .meta({ description: "Account name, e.g. expenses:catering:lunch" });

const tagValue = z.string().regex(/^[^,;\n]*$/, { message: "tag values cannot contain , ; or a newline" });

export const PostingFileSchema = z
  .strictObject({
    account,
    amount: amountInput.optional().meta({
      description: "Omit on at most one posting: it takes whatever makes the transaction balance",
    }),
    assert: amountInput
      .optional()
      .meta({ description: "Balance assertion: the account's balance after this posting" }),
    comment: z.string().optional(),
  })
  .meta({ id: "Posting" });

export const TransactionFileSchema = z
  .strictObject({
    id: IdSchema.meta({ description: "Stable id; corrections refer to it" }),
    date: z.string().meta({ description: "YYYY-MM-DD" }),
    description: z.string().min(1),
    payee: z.string().optional().meta({
      description:
        "A payee id from `payees` (or a sponsor of the event the ledger is read with; an unknown id is an error), or free text such as a bank's counterparty (shown only as a neutral label)",
    }),
    status: z.enum(["cleared", "pending"]).optional(),
    tags: z
      .record(z.string().regex(/^[a-z][a-z0-9-]*$/), tagValue)
      .default({})
      .meta({
        description: "e.g. {event: nhs-hack-day-31, line: catering, sponsor: lumen-labs}",
      }),
    reverses: IdSchema.optional().meta({
      description: "Id of the transaction this one corrects; its postings must be that one's negated",
    }),
    conversion: z.boolean().optional().meta({
      description: "An explicit currency conversion (the only transactions that may mix currencies)",
    }),
    receipt: z
      .string()
      .optional()
      .meta({ description: "Private: where the receipt is kept; never published" }),
    comment: z.string().optional(),
    postings: z
      .array(
        z.union([
          z.string().meta({
            description:
              'Short form "account amount", e.g. "expenses:catering £320.50", or just "assets:bank" for the elided amount',
          }),
          PostingFileSchema,
        ]),
      )
      .min(2),
  })
  .meta({ id: "Transaction", description: "Postings sum to zero in every currency" });

export const LedgerFileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    currency: z.string().optional().meta({ description: "Default ISO 4217 currency for bare amounts" }),
    event: IdSchema.optional().meta({ description: "Default `event` tag for every transaction" }),
    accounts: z
      .array(
        z.strictObject({
          name: account,
          nature: z.enum(["cash", "restricted", "in-kind", "reimbursements", "receivable"]).optional(),
          restrictedTo: z
            .string()
            .optional()
            .meta({ description: "Budget line restricted money may be spent on" }),
          label: z.string().optional().meta({ description: "Public label in open accounts" }),
          description: z.string().optional(),
        }),
      )
      .default([])
      .meta({ description: "Account declarations; sub-accounts inherit nature and restriction" }),
    payees: z
      .array(
        z.strictObject({
          id: IdSchema,
          name: z.string().min(1),
          kind: z.enum(["sponsor", "organisation", "supplier", "person"]),
          public: z.boolean().optional().meta({
            description: "Consent to publish the name; default true for sponsors, false for everyone else",
          }),
          bank: z.string().optional().meta({ description: "Private bank details; never published" }),
        }),
      )
      .default([]),
    pledges: z
      .array(
        z.strictObject({
          sponsor: IdSchema,
          event: IdSchema.optional(),
          kind: z.enum(["cash", "in-kind"]).default("cash"),
          amount: amountInput,
          restrictedTo: z.string().optional(),
          description: z.string().optional(),
        }),
      )
      .default([])
      .meta({ description: "Promised support, kept apart from money received" }),
    budgets: z
      .array(
        z.strictObject({
          event: IdSchema,
          lines: z.array(z.strictObject({ line: z.string().min(1), account, amount: amountInput })).min(1),
        }),
      )
      .default([]),
    transactions: z.array(TransactionFileSchema).default([]),
  })
  .meta({
    id: "LedgerFile",
    description: "A hackdaykit ledger: double-entry accounts for one or more events",
  });

export type LedgerFile = z.infer<typeof LedgerFileSchema>;

/** JSON Schema (draft 2020-12) of the ledger file as written. */
export function ledgerJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(LedgerFileSchema, { target: "draft-2020-12", io: "input", unrepresentable: "any" });
}
