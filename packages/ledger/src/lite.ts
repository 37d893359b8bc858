// `@hackdaykit/ledger/lite`: everything in the package that needs neither zod nor a YAML parser: the journal
// reader and writers, amounts, reports, open accounts. Loading zod and yaml costs ~0.2 s of CPU, which a
// command such as `hackday accounts balance big.journal` should not pay. The main entry re-exports all of this.
export { formatMinor, formatMinorHuman, type Minor } from "./amount.js";
export { checkAppendOnly, reversalOf } from "./append-only.js";
export { sponsorsFromEvent, withEvent } from "./from-event.js";
export { JournalError } from "./journal/errors.js";
export {
  escapeJournalText,
  toBeancount,
  toHledger,
  toLedgerCli,
  toPostingsCsv,
} from "./journal/export.js";
export { balanceJournalStream, parseJournal } from "./journal/parse.js";
export { type BalanceRow, JournalReader, type JournalReaderOptions } from "./journal/reader.js";
export { toJsonValue } from "./json.js";
export {
  ACCOUNT_PATTERN,
  type AccountInfo,
  type AccountNature,
  type AccountType,
  accountInfo,
  accountTypeOf,
  type Budget,
  type BudgetLine,
  emptyLedger,
  isUnder,
  type Ledger,
  type Payee,
  type Pledge,
  type Posting,
  type SponsorPledge,
  type Transaction,
} from "./model.js";
export { openAccountsCsv, openAccountsJson, openAccountsMarkdown, openAccountsSvg } from "./open/formats.js";
export {
  type OpenAccounts,
  type OpenAccountsPolicy,
  type OpenExpense,
  type OpenIncome,
  type OpenPayment,
  openAccounts,
} from "./open/open-accounts.js";
export {
  balances,
  type RegisterRow,
  type ReportFilter,
  register,
  totalsByCurrency,
} from "./reports/balance.js";
export {
  type BudgetRow,
  budgetVsActual,
  outstandingReimbursements,
  type PledgeRow,
  pledgesVsReceived,
  type ReimbursementRow,
} from "./reports/sponsorship.js";
export {
  type BalanceSheet,
  balanceSheet,
  type CurrencyTotal,
  eventsOf,
  type IncomeStatement,
  incomeStatement,
  type TrialBalanceRow,
  trialBalance,
} from "./reports/statements.js";
