import { newQuickJSWASMModuleFromVariant, RELEASE_SYNC } from 'quickjs-emscripten';
import { PRELUDE } from '../skills/sandbox/prelude.ts';
const q = await newQuickJSWASMModuleFromVariant(RELEASE_SYNC);
const t = () => performance.now();
for (let i=0;i<6;i++){
  const rt=q.newRuntime(); const ctx=rt.newContext();
  ctx.setProp(ctx.global,'__faztLimits',ctx.newString('{"logChars":100}'));
  const h=ctx.newFunction('__faztHostCall',()=>ctx.undefined); ctx.setProp(ctx.global,'__faztHostCall',h); h.dispose();
  let a=t(); ctx.unwrapResult(ctx.evalCode('1+1','x.js',{type:'global'})).dispose(); let b=t();
  ctx.unwrapResult(ctx.evalCode(PRELUDE,'p.js',{type:'global',strict:true,compileOnly:true})).dispose(); let c=t();
  ctx.unwrapResult(ctx.evalCode(PRELUDE,'p.js',{type:'global',strict:true})).dispose(); let d=t();
  console.log(`trivial ${(b-a).toFixed(2)} compileOnly ${(c-b).toFixed(2)} run ${(d-c).toFixed(2)} len ${PRELUDE.length}`);
  ctx.dispose(); rt.dispose();
}
