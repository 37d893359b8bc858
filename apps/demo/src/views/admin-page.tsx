import type { Child } from "hono/jsx";
import type { Store } from "../store/index.js";
import { ActionButton, Layout, Notice } from "./layout.js";

export type Flash = { kind: "ok" | "warn"; text: string };

export const ADMIN_SECTIONS: [string, string][] = [
  ["/admin", "Overview"],
  ["/admin/event", "Event file"],
  ["/admin/sessions", "Sessions"],
  ["/admin/projects", "Projects"],
  ["/admin/people", "Judges & prizes"],
  ["/admin/links", "Links"],
  ["/admin/dashboard", "Judging"],
  ["/admin/conflicts", "Conflicts"],
  ["/admin/results", "Results"],
  ["/admin/teams", "Team forming"],
  ["/admin/accounts", "Accounts"],
  ["/admin/export", "Export"],
];

/** Every organiser page: the admin nav (current section marked), the title, a flash, then the page. */
export function AdminPage(props: {
  title: string;
  eventName: string;
  csrf: string;
  path?: string;
  flash?: Flash | undefined;
  /** Problems with the last change, each naming its field. */
  issues?: string[] | undefined;
  children?: Child;
}) {
  const current = props.path ?? "";
  return (
    <Layout
      title={props.title}
      eventName={props.eventName}
      area="admin"
      head={
        <>
          <link rel="stylesheet" href="/static/admin.css" />
          <script src="/static/admin.js" defer />
        </>
      }
    >
      <nav aria-label="Admin" class="admin-nav">
        <ul>
          {ADMIN_SECTIONS.map(([href, label]) => (
            <li>
              <a
                href={href}
                aria-current={
                  current === href || (href !== "/admin" && current.startsWith(`${href}/`))
                    ? "page"
                    : undefined
                }
              >
                {label}
              </a>
            </li>
          ))}
          <li class="logout">
            <ActionButton action="/admin/logout" csrf={props.csrf} label="Log out" />
          </li>
        </ul>
      </nav>
      <h1>{props.title}</h1>
      {props.flash && <Notice kind={props.flash.kind}>{props.flash.text}</Notice>}
      {props.issues && props.issues.length > 0 && (
        <Notice kind="warn">
          <ul class="issues">
            {props.issues.map((line) => (
              <li>{line}</li>
            ))}
          </ul>
        </Notice>
      )}
      {props.children}
    </Layout>
  );
}

/** {@link AdminPage} with the event's name filled in: what every organiser route renders. */
export function adminPageFor(store: Store) {
  return (props: Omit<Parameters<typeof AdminPage>[0], "eventName">) => (
    <AdminPage {...props} eventName={store.event().name} />
  );
}

/** The agenda's conflicts, shown on the page right after a change (empty list: says so). */
export function ConflictList({ conflicts }: { conflicts: string[] }) {
  return (
    <section
      aria-labelledby="agenda-conflicts"
      id="conflicts"
      class={conflicts.length ? "conflicts has" : "conflicts"}
    >
      <h2 id="agenda-conflicts">
        {conflicts.length ? `Agenda conflicts (${conflicts.length})` : "Agenda conflicts"}
      </h2>
      {conflicts.length === 0 ? (
        <p>None: no room is double-booked and nobody is in two places.</p>
      ) : (
        <ul>
          {conflicts.map((line) => (
            <li>{line}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
