import { raw } from "hono/html";
import type { Child } from "hono/jsx";

export interface LayoutProps {
  title: string;
  eventName: string;
  children?: Child;
  /** Extra head content such as JSON-LD. */
  head?: Child;
  area?: "public" | "judge" | "team" | "admin";
}

const PUBLIC_NAV: [string, string][] = [
  ["/", "Home"],
  ["/agenda", "Agenda"],
  ["/projects", "Projects"],
  ["/results", "Results"],
  ["/accounts", "Open accounts"],
];

export function Layout({ title, eventName, children, head, area = "public" }: LayoutProps) {
  return (
    <>
      {raw("<!DOCTYPE html>")}
      <html lang="en-GB">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{`${title} · ${eventName}`}</title>
          <link rel="stylesheet" href="/static/site.css" />
          {head}
        </head>
        <body>
          <a class="skip" href="#main">
            Skip to content
          </a>
          <header class="site">
            <a class="brand" href="/">
              {eventName}
            </a>
            {area === "public" ? (
              <nav aria-label="Site">
                <ul>
                  {PUBLIC_NAV.map(([href, label]) => (
                    <li>
                      <a href={href}>{label}</a>
                    </li>
                  ))}
                </ul>
              </nav>
            ) : (
              <p class="area">
                {area === "admin" ? "Organiser admin" : area === "judge" ? "Judging" : "Your project"}
              </p>
            )}
          </header>
          <main id="main">{children}</main>
          {area === "public" && (
            <footer class="site">
              <p>
                Run with <a href="https://github.com/hackdaykit/hackdaykit">hackdaykit</a>. Only public
                information is shown here.
              </p>
            </footer>
          )}
          <script src="/static/app.js" defer />
        </body>
      </html>
    </>
  );
}

/** The hidden CSRF field every form carries. */
export function Csrf({ token }: { token: string }) {
  return <input type="hidden" name="_csrf" value={token} />;
}

/** A one-button form (POST) for actions like revoke, publish, skip. */
export function ActionButton(props: {
  action: string;
  csrf: string;
  label: string;
  fields?: Record<string, string>;
  kind?: "primary" | "secondary" | "danger";
}) {
  return (
    <form method="post" action={props.action} class="inline">
      <Csrf token={props.csrf} />
      {Object.entries(props.fields ?? {}).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
      <button type="submit" class={props.kind ?? "secondary"}>
        {props.label}
      </button>
    </form>
  );
}

export function Notice({ kind = "info", children }: { kind?: "info" | "warn" | "ok"; children?: Child }) {
  return (
    <div class={`notice ${kind}`} role={kind === "warn" ? "alert" : "status"}>
      {children}
    </div>
  );
}
