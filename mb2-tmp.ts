function time(label: string, f: (i: number) => unknown, n = 300000) { const keep: unknown[] = []; for (let i = 0; i < 20000; i++) f(i); const t = performance.now(); for (let i = 0; i < n; i++) { const r = f(i); if (i % 3 === 0) keep.push(r); if (keep.length > 7000) keep.length = 0; } console.log(label, ((performance.now() - t) / n * 1e6).toFixed(0), 'ns'); }
const subject = { kind: 'node', id: 'x' };
function spread(v: number) { let m: string | undefined; return { code: 'a', severity: 'w', subject, get message() { return (m ??= 'x' + v); }, set message(t: string) { m = t; }, ...{ value: v, expected: 0.5 } }; }
function direct(v: number) { let m: string | undefined; return { code: 'a', severity: 'w', subject, get message() { return (m ??= 'x' + v); }, set message(t: string) { m = t; }, value: v, expected: 0.5 }; }
function getterOnly(v: number) { let m: string | undefined; return { code: 'a', severity: 'w', subject, get message() { return (m ??= 'x' + v); }, value: v, expected: 0.5 }; }
function plain(v: number) { return { code: 'a', severity: 'w', subject, message: '', value: v, expected: 0.5 }; }
class H { code = 'a'; severity = 'w'; subject = subject; value: number; expected = 0.5; #m: string | undefined; constructor(v: number) { this.value = v; } get message() { return (this.#m ??= 'x' + this.value); } }
time('spread', spread); time('direct', direct); time('getterOnly', getterOnly); time('plain', plain); time('class', (v) => new H(v));
