import type { Child } from "hono/jsx";
import { Layout } from "./layout.js";

export function ErrorPage({
  eventName,
  title,
  children,
}: {
  eventName: string;
  title: string;
  children?: Child;
}) {
  return (
    <Layout title={title} eventName={eventName}>
      <h1>{title}</h1>
      {children}
      <p>
        <a href="/">Back to the home page</a>
      </p>
    </Layout>
  );
}
