// A programmable JSON endpoint for browser tests of `src` loading:
// PUT /__fixture/<key> with { status, body, delay } sets what
// GET /__fixture/<key> answers next (and counts the GETs).
const store = new Map();

export function fixtureEndpoint() {
  return async (ctx, next) => {
    const match = /^\/__fixture\/([\w-]+)$/.exec(ctx.path);
    if (!match) return next();
    const key = match[1];
    if (ctx.method === 'PUT') {
      const chunks = [];
      for await (const chunk of ctx.req) chunks.push(chunk);
      store.set(key, { ...JSON.parse(Buffer.concat(chunks).toString() || '{}'), hits: store.get(key)?.hits ?? 0 });
      ctx.status = 204;
      return;
    }
    const entry = store.get(key) ?? { status: 404, body: { error: 'no fixture' }, hits: 0 };
    entry.hits++;
    if (ctx.query.hits !== undefined) {
      ctx.body = { hits: entry.hits - 1 };
      entry.hits--;
      return;
    }
    if (entry.delay) await new Promise((r) => setTimeout(r, entry.delay));
    ctx.status = entry.status ?? 200;
    ctx.type = 'application/json';
    ctx.body = typeof entry.body === 'string' ? entry.body : JSON.stringify(entry.body);
  };
}
