export { type BankImport, type BankMapping, BankMappingSchema, importBankCsv } from "./bank-csv.js";
export type { BuildResult, LedgerContext } from "./build.js";
export { toCsv } from "./csv.js";
export { type LedgerFile, LedgerFileSchema, ledgerJsonSchema } from "./file-schema.js";
export * from "./lite.js";
export { parseLedger, parseLedgerText, safeParseLedger } from "./load.js";
export { toLedgerFileData, toLedgerYaml, transactionData, transactionsYaml } from "./yaml-export.js";
