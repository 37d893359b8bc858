import { defineConfig } from "vitest/config";

// The cross-checks spawn hledger, ledger and bean-check many times; property tests run hundreds of cases.
export default defineConfig({ test: { testTimeout: 120_000 } });
