import { describe, expect, it } from 'vitest';
import { functionWrappers } from '../scripts/function-wrappers.ts';

// As rolldown writes them (an unminified chunk of the app's build).
const BUNDLED = `var require_react = /* @__PURE__ */ __commonJSMin(((exports, module) => {
\tmodule.exports = require_react_production();
}));
var import_dexie = /* @__PURE__ */ __toESM((/* @__PURE__ */ __commonJSMin(((exports, module, this$1) => {
\t(function(global, factory) {})(this$1, function() {});
}))), 1);
const later = list.map((x) => x + 1);`;

describe('functionWrappers', () => {
  it('writes each CommonJS wrapper as a parenthesized function expression, the hint V8 takes', () => {
    const out = functionWrappers(BUNDLED);
    expect(out).toContain('__commonJSMin((function(exports, module) {\n\tmodule.exports');
    expect(out).toContain('__commonJSMin((function(exports, module, this$1) {\n\t(function');
    expect(out).not.toMatch(/__commonJSMin\(\(\(/);
  });

  it('leaves every other arrow function and the bodies as they were', () => {
    const out = functionWrappers(BUNDLED);
    expect(out).toContain('const later = list.map((x) => x + 1);');
    const back = out.replace(
      /__commonJSMin\(\(function\(([^)]*)\) \{/g,
      '__commonJSMin((($1) => {',
    );
    expect(back).toBe(BUNDLED);
  });

  it('changes nothing in a chunk without CommonJS modules', () => {
    const code = 'export const f = (a) => a;';
    expect(functionWrappers(code)).toBe(code);
  });
});
