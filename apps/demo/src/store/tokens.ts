import { hashToken, newToken } from "../security.js";
import { now, type Sql } from "./sql.js";

export type TokenKind = "judge" | "team";

export interface TokenRow {
  kind: TokenKind;
  subject: string;
  created: string;
  revoked: string | null;
}

/** Judges' and teams' private links: the token is returned once and only its hash is kept. */
export class Tokens {
  constructor(readonly sql: Sql) {}

  /** Issues a new link for a judge or team. */
  issue(kind: TokenKind, subject: string): string {
    const token = newToken();
    this.sql.write(() =>
      this.sql
        .prepare("INSERT INTO tokens (hash, kind, subject, created) VALUES (?, ?, ?, ?)")
        .run(hashToken(token), kind, subject, now()),
    );
    return token;
  }

  /** Revokes every live link of a judge or team; returns how many. */
  revoke(kind: TokenKind, subject: string): number {
    return this.sql.write(
      () =>
        this.sql
          .prepare("UPDATE tokens SET revoked = ? WHERE kind = ? AND subject = ? AND revoked IS NULL")
          .run(now(), kind, subject).changes,
    );
  }

  /** The judge or team a live token belongs to. */
  subject(kind: TokenKind, token: string): string | undefined {
    if (token.length < 20 || token.length > 100) return undefined;
    const row = this.sql
      .prepare("SELECT subject FROM tokens WHERE hash = ? AND kind = ? AND revoked IS NULL")
      .get(hashToken(token), kind) as { subject: string } | undefined;
    return row?.subject;
  }

  list(): TokenRow[] {
    return this.sql
      .prepare("SELECT kind, subject, created, revoked FROM tokens ORDER BY created")
      .all() as TokenRow[];
  }
}
