import { Worker } from "node:worker_threads";
import { HackdayError, type HackdayIssue, ValidationError, type ValidationIssue } from "@hackdaykit/schema";
import type { Allocation, FormationProblem } from "@hackdaykit/teams";

/** Next to this module: src/ under the tests, dist/ (beside the bundled main.js) in the built demo. */
const WORKER_SCRIPT = new URL("./allocation-worker.js", import.meta.url);

/** What allocation-worker.js answers: the allocation, or the parts of the error it threw. */
type Reply =
  | { ok: true; allocation: Allocation }
  | { ok: false; error: { message: string; code?: string; issues?: HackdayIssue[] } };

/** An allocation is already running: the organiser waits for it rather than starting a second one. */
export class AllocationBusyError extends Error {
  override name = "AllocationBusyError";
  constructor() {
    super("an allocation is already running");
  }
}

/** The worker died or failed for a reason that is not the input's; the next allocation starts a new one. */
export class AllocationFailedError extends Error {
  override name = "AllocationFailedError";
}

/** The library's input error again, class and all, from what crossed the thread. */
function rebuild(error: Extract<Reply, { ok: false }>["error"]): Error {
  if (error.code === undefined || error.issues === undefined)
    return new AllocationFailedError(`the allocation failed: ${error.message}`);
  const rebuilt =
    error.code === "invalid_input"
      ? new ValidationError(error.issues as ValidationIssue[])
      : new HackdayError(error.code, error.issues);
  rebuilt.message = error.message;
  return rebuilt;
}

/**
 * Runs allocateTeams in one worker thread kept for the server's life (started on the first allocation), so the
 * seconds HiGHS spends never block the pages attendees and the dashboard load meanwhile. One allocation at a time.
 */
export class Allocator {
  #worker: Worker | undefined;
  #pending: { resolve(a: Allocation): void; reject(e: Error): void } | undefined;

  constructor(readonly script: URL = WORKER_SCRIPT) {}

  /** Whether an allocation is running now. */
  get running(): boolean {
    return this.#pending !== undefined;
  }

  /** The live worker thread, if one has started (tests end it to check that a dead worker is survived). */
  get thread(): Worker | undefined {
    return this.#worker;
  }

  /** Rejects with AllocationBusyError while one runs, the library's error for bad input, else AllocationFailedError. */
  allocate(problem: FormationProblem, pins: Record<string, string>): Promise<Allocation> {
    if (this.#pending) return Promise.reject(new AllocationBusyError());
    const worker = this.#start();
    return new Promise<Allocation>((resolve, reject) => {
      this.#pending = { resolve, reject };
      worker.postMessage({ problem, pins });
    });
  }

  /** Ends the worker (server close): a running allocation is refused, and nothing keeps the process alive. */
  async close(): Promise<void> {
    const worker = this.#worker;
    this.#worker = undefined;
    this.#settle(new AllocationFailedError("the server is closing"));
    await worker?.terminate();
  }

  #settle(outcome: Allocation | Error): void {
    const pending = this.#pending;
    this.#pending = undefined;
    if (outcome instanceof Error) pending?.reject(outcome);
    else pending?.resolve(outcome);
  }

  #start(): Worker {
    if (this.#worker) return this.#worker;
    const worker = new Worker(this.script);
    // close() ends it; unref so that a server someone forgets to close does not hang the process either.
    worker.unref();
    this.#worker = worker;
    // Only this worker's own death concerns us: a replaced one ends quietly.
    const dead = (why: string) => {
      if (this.#worker !== worker) return;
      this.#worker = undefined;
      this.#settle(new AllocationFailedError(`the allocation worker ${why}`));
    };
    worker.on("message", (reply: Reply) => {
      if (reply.ok) return this.#settle(reply.allocation);
      const error = rebuild(reply.error);
      // Bad input leaves the solver as it was; any other failure may not, so the next allocation starts afresh.
      if (error instanceof AllocationFailedError) {
        this.#worker = undefined;
        void worker.terminate();
      }
      this.#settle(error);
    });
    worker.on("error", (error) => dead(`failed: ${error.message}`));
    worker.on("exit", (code) => dead(`stopped (exit code ${code})`));
    return worker;
  }
}
