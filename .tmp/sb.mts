import { createSandbox } from '../skills/sandbox/host.ts';
const files = { 'tools.js': `export const tools = [{ name: 'x', description: 'x', risk: 'read', input: { type: 'object' }, async run({ n }) { let s = 0; for (let i = 0; i < n; i++) s += i; return { s }; } }];` };
const sb = createSandbox();
const times: number[] = [];
for (let i = 0; i < 30; i++) { const a = performance.now(); const r = await sb.run({ kind: 'tool', tool: 'x', input: { n: 10 }, files }); times.push(performance.now() - a); if (i === 0) console.log(JSON.stringify(r)); }
console.log(times.map((t) => t.toFixed(1)).join(' '));
await sb.close();
