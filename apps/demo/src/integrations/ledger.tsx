import type { Child } from "hono/jsx";
import type { Store } from "../store.js";
import { Notice } from "../views/layout.js";

export interface AccountsView {
  body: Child;
  csv?: string;
  markdown?: string;
  svg?: string;
}

export function accountsView(_store: Store): AccountsView {
  return {
    body: (
      <Notice kind="warn">
        Open accounts are not available in this build: the @hackdaykit/ledger package has not landed yet.
      </Notice>
    ),
  };
}

export function adminAccounts(_store: Store, _csrf: string): Child {
  return (
    <Notice kind="warn">
      Accounts are not available in this build: the @hackdaykit/ledger package has not landed yet.
    </Notice>
  );
}

export function recordAccounts(
  _store: Store,
  _what: "transaction" | "pledge" | "budget",
  _form: Record<string, string>,
): { ok: boolean; message: string } {
  return { ok: false, message: "The @hackdaykit/ledger package has not landed yet." };
}

export function ledgerExport(_store: Store): string | undefined {
  return undefined;
}
