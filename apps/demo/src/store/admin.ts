import { hashToken, newToken } from "../security.js";
import { now, type Sql } from "./sql.js";

/** The organisers' password (its hash) and their login sessions (hashes of the cookie tokens). */
export class AdminAuth {
  constructor(readonly sql: Sql) {}

  passwordHash(): string | undefined {
    return (
      this.sql.prepare("SELECT password_hash FROM admin WHERE id = 1").get() as
        | { password_hash: string }
        | undefined
    )?.password_hash;
  }

  setPasswordHash(hash: string): void {
    this.sql.write(() => {
      this.sql
        .prepare(
          "INSERT INTO admin (id, password_hash) VALUES (1, ?) ON CONFLICT(id) DO UPDATE SET password_hash = excluded.password_hash",
        )
        .run(hash);
      // A new password ends every existing admin session.
      this.sql.prepare("DELETE FROM admin_sessions").run();
    });
  }

  createSession(hours = 12): string {
    const token = newToken();
    const created = new Date();
    const expires = new Date(created.getTime() + hours * 3_600_000);
    this.sql.write(() => {
      this.sql.prepare("DELETE FROM admin_sessions WHERE expires < ?").run(created.toISOString());
      this.sql
        .prepare("INSERT INTO admin_sessions (hash, created, expires) VALUES (?, ?, ?)")
        .run(hashToken(token), created.toISOString(), expires.toISOString());
    });
    return token;
  }

  isSession(token: string | undefined): boolean {
    if (!token || token.length > 100) return false;
    return (
      this.sql
        .prepare("SELECT 1 FROM admin_sessions WHERE hash = ? AND expires > ?")
        .get(hashToken(token), now()) !== undefined
    );
  }

  endSession(token: string): void {
    this.sql.write(() => this.sql.prepare("DELETE FROM admin_sessions WHERE hash = ?").run(hashToken(token)));
  }
}
