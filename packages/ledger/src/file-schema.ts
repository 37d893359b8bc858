import { IdSchema } from "@hackdaykit/schema";
import { z } from "zod";
import { ACCOUNT_PATTERN } from "./model.js";

const amountInput = z
  .union([
    z
      .string()
      .meta({ description: 'Amount: "£1,250.00", "1250.50 GBP", "EUR 300"; bare "12.50" uses `currency`' }),
    z.number().meta({ description: "Bare number in major units (uses `currency`); prefer a string" }),
    z.strictObject({
      amount: z.union([z.string(), z.number()]).meta({ description: "Decimal amount in major units" }),
      currency: z.string().meta({ description: "ISO 4217 currency code, e.g. GBP" }),
    }),
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
    comment: z.string().optional().meta({ description: "Note on this posting; kept in journal exports" }),
  })
  .meta({ id: "Posting", description: "One line of a transaction: an account and the amount it changes by" });

export const TransactionFileSchema = z
  .strictObject({
    id: IdSchema.meta({ description: "Stable id; corrections refer to it" }),
    date: z.string().meta({ description: "YYYY-MM-DD" }),
    description: z.string().min(1).meta({ description: "What it was, e.g. Lunch for 120 people" }),
    payee: z.string().optional().meta({
      description:
        "A payee id from `payees` (or a sponsor of the event the ledger is read with; an unknown id is an error), or free text such as a bank's counterparty (shown only as a neutral label)",
    }),
    status: z
      .enum(["cleared", "pending"])
      .optional()
      .meta({ description: "cleared once the bank shows it; pending before" }),
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
    comment: z.string().optional().meta({ description: "Note on the transaction; kept in journal exports" }),
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
      .min(2)
      .meta({ description: "The accounts it moves money between: two or more, summing to zero" }),
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
          nature: z.enum(["cash", "restricted", "in-kind", "reimbursements", "receivable"]).optional().meta({
            description:
              "How open accounts treat it: spendable cash, money restricted to a budget line, in-kind value, money owed to volunteers, or money promised but not received",
          }),
          restrictedTo: z
            .string()
            .optional()
            .meta({ description: "Budget line restricted money may be spent on" }),
          label: z.string().optional().meta({ description: "Public label in open accounts" }),
          description: z.string().optional().meta({ description: "What the account is for" }),
        }),
      )
      .default([])
      .meta({ description: "Account declarations; sub-accounts inherit nature and restriction" }),
    payees: z
      .array(
        z.strictObject({
          id: IdSchema,
          name: z.string().min(1).meta({ description: "Name; published only with consent (see public)" }),
          kind: z
            .enum(["sponsor", "organisation", "supplier", "person"])
            .meta({ description: "Who they are to the event" }),
          public: z.boolean().optional().meta({
            description: "Consent to publish the name; default true for sponsors, false for everyone else",
          }),
          bank: z.string().optional().meta({ description: "Private bank details; never published" }),
        }),
      )
      .default([])
      .meta({ description: "Who money comes from and goes to" }),
    pledges: z
      .array(
        z.strictObject({
          sponsor: IdSchema.meta({ description: "Payee id of the sponsor" }),
          event: IdSchema.optional().meta({
            description: "Event the pledge is for; default: the top-level event",
          }),
          kind: z
            .enum(["cash", "in-kind"])
            .default("cash")
            .meta({ description: "Money, or goods and services given instead of money" }),
          amount: amountInput,
          restrictedTo: z
            .string()
            .optional()
            .meta({ description: "Budget line a restricted gift may only be spent on" }),
          description: z.string().optional().meta({ description: "What it pays for or what is given" }),
        }),
      )
      .default([])
      .meta({ description: "Promised support, kept apart from money received" }),
    budgets: z
      .array(
        z.strictObject({
          event: IdSchema.meta({ description: "Event the budget is for" }),
          lines: z
            .array(
              z.strictObject({
                line: z.string().min(1).meta({
                  description: "Budget line name, e.g. catering; transactions name it in their line tag",
                }),
                account,
                amount: amountInput,
              }),
            )
            .min(1)
            .meta({ description: "Planned spending, one line per budget heading" }),
        }),
      )
      .default([])
      .meta({ description: "Planned spending per event, compared with actual spending" }),
    transactions: z
      .array(TransactionFileSchema)
      .default([])
      .meta({ description: "Money moved: one entry per payment, receipt or transfer, in any order" }),
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
