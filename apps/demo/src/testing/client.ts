/** A tiny cookie-keeping HTTP client for integration tests: GET pages, post their forms with the CSRF token. */
export class Client {
  readonly cookies = new Map<string, string>();
  csrf = "";

  constructor(readonly base: string) {}

  #cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  #remember(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (/max-age=0/i.test(line) || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  /** Takes in a response to this client's request: its cookies and the page's CSRF token, then its text. */
  async read(response: Response): Promise<{ status: number; text: string; headers: Headers }> {
    this.#remember(response);
    const text = await response.text();
    const token = /name="_csrf" value="([^"]+)"/.exec(text);
    if (token) this.csrf = token[1]!;
    return { status: response.status, text, headers: response.headers };
  }

  async get(path: string): Promise<{ status: number; text: string; headers: Headers }> {
    const response = await fetch(this.base + path, {
      headers: { cookie: this.#cookieHeader() },
      redirect: "manual",
    });
    return this.read(response);
  }

  async post(
    path: string,
    fields: Record<string, string>,
    options: { csrf?: string | null } = {},
  ): Promise<{ status: number; text: string; headers: Headers }> {
    const body = new URLSearchParams(fields);
    const csrf = options.csrf === undefined ? this.csrf : options.csrf;
    if (csrf !== null) body.set("_csrf", csrf);
    const response = await fetch(this.base + path, {
      method: "POST",
      headers: { cookie: this.#cookieHeader(), "content-type": "application/x-www-form-urlencoded" },
      body,
      redirect: "manual",
    });
    return this.read(response);
  }

  /** Logs in as admin (follows the redirect by hand). */
  async login(password: string): Promise<number> {
    await this.get("/admin/login");
    const res = await this.post("/admin/login", { password });
    return res.status;
  }

  /** Issues a private link as admin and returns its path (/j/… or /t/…). */
  async issueLink(kind: "judge" | "team", subject: string): Promise<string> {
    await this.get("/admin/links");
    const res = await this.post("/admin/links/issue", { kind, subject });
    const match = /https?:\/\/[^/\s]+(\/[jt]\/[A-Za-z0-9_-]{43})/.exec(res.text);
    if (!match) throw new Error(`no link in response (${res.status})`);
    return match[1]!;
  }
}

/** What a visitor reads: the page's text without markup, quotes unescaped, spaces collapsed. */
export const visible = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, " ");
