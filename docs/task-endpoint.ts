// A tiny task API for the docs' "persist moves" example (docs/examples/task-save.html),
// served by the Vite dev and preview servers (registered in vite.config.ts):
//
//   GET  /api/tasks            the board (TaskBoardData), kept in memory
//   PUT  /api/tasks/<id>       body { urgent: boolean, important: boolean } → 200 { task }
//                              ?delay=<ms> answers late (≤ 10 s); ?fail=1 answers 503 { error }
//   POST /api/tasks/reset      back to the sample board
//
// It stands in for the host application's own backend: the board never saves
// anything itself, the page does, in its quota-task-move listener.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';
import { sampleData, type TaskBoardData } from '../packages/domain/src/index.js';

type Next = (error?: unknown) => void;

const fresh = (): TaskBoardData => structuredClone(sampleData(7).tasks);

function send(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.end(JSON.stringify(body));
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 10_000) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null');
}

/** The Vite plugin: mounts the task API on the dev and preview servers. */
export function taskEndpoint(): Plugin {
  let board = fresh();
  const handle = async (req: IncomingMessage, res: ServerResponse, next: Next): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const match = /^\/api\/tasks(?:\/([^/]+))?\/?$/.exec(url.pathname);
    if (!match) return next();
    const id = match[1] === undefined ? undefined : decodeURIComponent(match[1]);
    if (req.method === 'GET' && id === undefined) return send(res, 200, board);
    if (req.method === 'POST' && id === 'reset') {
      board = fresh();
      return send(res, 200, board);
    }
    if (req.method !== 'PUT' || id === undefined) return send(res, 405, { error: `${req.method} is not allowed here` });
    let body: unknown;
    try {
      body = await readJson(req);
    } catch (error) {
      return send(res, 400, { error: `body is not JSON: ${(error as Error).message}` });
    }
    const delay = Math.min(10_000, Math.max(0, Number(url.searchParams.get('delay')) || 0));
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
    if (url.searchParams.get('fail')) return send(res, 503, { error: 'the task service is unavailable (simulated)' });
    const { urgent, important } = (body ?? {}) as { urgent?: unknown; important?: unknown };
    if (typeof urgent !== 'boolean' || typeof important !== 'boolean') {
      return send(res, 400, { error: 'expected { "urgent": boolean, "important": boolean }' });
    }
    const task = board.tasks.find((t) => t.id === id);
    if (!task) return send(res, 404, { error: `no task ${JSON.stringify(id)}` });
    task.urgent = urgent;
    task.important = important;
    return send(res, 200, { task });
  };
  // Returns nothing: a function returned from configureServer would run as a post hook.
  const mount = (server: { middlewares: { use(fn: (req: IncomingMessage, res: ServerResponse, next: Next) => void): unknown } }): void => {
    server.middlewares.use((req, res, next) => {
      handle(req, res, next).catch((error: unknown) => send(res, 500, { error: (error as Error).message }));
    });
  };
  return { name: 'quota-task-endpoint', configureServer: mount, configurePreviewServer: mount };
}
