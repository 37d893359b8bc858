import { Hono } from "hono";
import type { AppDeps, AppEnv } from "../context.js";

export function adminRoutes(_deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  return app;
}
