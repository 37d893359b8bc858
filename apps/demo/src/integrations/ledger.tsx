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
