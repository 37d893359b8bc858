// The allocation worker thread: runs allocateTeams (HiGHS, synchronous WebAssembly) off the server's event loop.
// Plain JavaScript so Node runs it as it is, from src/ under the tests and from dist/ in the built demo (Node 20
// cannot load TypeScript in a worker). Protocol and error rebuilding: allocator.ts.
import { parentPort } from "node:worker_threads";
import { allocateTeams } from "@hackdaykit/teams";

parentPort?.on("message", async ({ problem, pins }) => {
  try {
    parentPort?.postMessage({ ok: true, allocation: await allocateTeams(problem, { pins }) });
  } catch (error) {
    // Errors lose their class crossing threads: send what the organiser's message is made of.
    const { message = String(error), code, issues } = error instanceof Error ? error : {};
    parentPort?.postMessage({ ok: false, error: { message, code, issues } });
  }
});
