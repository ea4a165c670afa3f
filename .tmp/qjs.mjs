import { newQuickJSWASMModuleFromVariant, newVariant, RELEASE_SYNC } from 'quickjs-emscripten';
import { PRELUDE } from '/work/wt/i12-skills/skills/sandbox/prelude.ts';
import { readFileSync } from 'node:fs';
const q = await newQuickJSWASMModuleFromVariant(RELEASE_SYNC);
const src = readFileSync('/work/wt/i12-skills/skills/builtin/unit-convert/tools.js','utf8');
const t = () => performance.now();
for (let i=0;i<8;i++){
  const a=t(); const rt=q.newRuntime(); const ctx=rt.newContext(); const b=t();
  ctx.setProp(ctx.global,'__faztLimits',ctx.newString('{"logChars":100}'));
  const h=ctx.newFunction('__faztHostCall',()=>ctx.undefined); ctx.setProp(ctx.global,'__faztHostCall',h); h.dispose();
  ctx.unwrapResult(ctx.evalCode(PRELUDE,'p.js',{type:'global',strict:true})).dispose(); const c=t();
  const m=ctx.evalCode(src,'tools.js',{type:'module',strict:true}); const d=t();
  m.value?.dispose(); m.error?.dispose();
  ctx.dispose(); rt.dispose(); const e=t();
  console.log(`rt+ctx ${(b-a).toFixed(2)} prelude ${(c-b).toFixed(2)} module ${(d-c).toFixed(2)} dispose ${(e-d).toFixed(2)}`);
}
