import { describe, expect, it } from "vitest";
import { openDb } from "./db.js";
import { Sql } from "./sql.js";
import { Tokens } from "./tokens.js";

describe("private links", () => {
  it("stores only hashes, finds the subject by the token and stops it when revoked", () => {
    const sql = new Sql(openDb(":memory:"));
    const tokens = new Tokens(sql);
    const token = tokens.issue("judge", "yara-juniper");
    const rows = sql.db.prepare("SELECT hash FROM tokens").all() as { hash: string }[];
    expect(rows).toHaveLength(1);
    expect(rows[0]!.hash).not.toBe(token);
    expect(rows[0]!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(tokens.subject("judge", token)).toBe("yara-juniper");
    expect(tokens.subject("team", token)).toBeUndefined();
    expect(tokens.revoke("judge", "yara-juniper")).toBe(1);
    expect(tokens.subject("judge", token)).toBeUndefined();
  });
});
