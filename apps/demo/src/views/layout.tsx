import { Layout as SiteLayout, serverLinks } from "@hackdaykit/site";
import type { Child } from "hono/jsx";

export { Notice } from "@hackdaykit/site";

export interface LayoutProps {
  title: string;
  eventName: string;
  children?: Child;
  /** Extra head content such as JSON-LD. */
  head?: Child;
  area?: "public" | "judge" | "team" | "admin";
}

/** The demo's routes for the public views (the static site gives them relative files instead). */
export const DEMO_LINKS = serverLinks("/static/site.css");

const AREA = { admin: "Organiser admin", judge: "Judging", team: "Your project" } as const;

/**
 * The site package's page frame (one copy of it for the demo and the static site); judge, team and admin pages
 * say where you are instead of the public navigation. app.js only refreshes the agenda's now/next box.
 */
export function Layout({ title, eventName, children, head, area = "public" }: LayoutProps) {
  return (
    <SiteLayout
      title={title}
      siteName={eventName}
      links={DEMO_LINKS}
      head={head}
      area={area === "public" ? undefined : <p class="area">{AREA[area]}</p>}
      scripts={["/static/app.js"]}
    >
      {children}
    </SiteLayout>
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
