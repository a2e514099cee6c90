import type { Plugin } from 'vite';

// rolldown wraps every CommonJS module it bundles (React, ReactDOM and the scheduler ship as
// CommonJS only) in a function that runs on the module's first require:
// `__commonJSMin(((exports, module) => { … }))`. The extra parentheses are the PIFE hint: V8
// compiles a function written that way with the script, on the download's background thread,
// instead of when it is first called, on the page's main thread. But V8 takes the hint only
// from a `function` expression, not from an arrow: ReactDOM's wrapper (200 kB) was parsed on the
// main thread while the page waited. Traced: ~10 ms of V8.ParseFunction on the main thread in the
// task that runs the app's chunk, gone once the wrappers are written as function expressions.
// The two forms run the same: the wrappers use no `this` or `arguments` of their own (rolldown
// passes a module's `this` as a parameter where the module uses it).

const ARROW_WRAPPER = /__commonJSMin\(\(\(([\w$, ]*)\) => \{/g;
/** A wrapper left in any other form (rolldown changed its output): the build says so. */
const OTHER_WRAPPER = /__commonJSMin\((?!\(function\()/;

/** `code` with rolldown's CommonJS module wrappers written as parenthesized function expressions. */
export function functionWrappers(code: string): string {
  return code.replace(ARROW_WRAPPER, '__commonJSMin((function($1) {');
}

/** Vite plugin: rewrites the wrappers of every chunk (before minification, which keeps them). */
export function compileWrappersEagerly(): Plugin {
  return {
    name: 'nianbao:compile-wrappers-eagerly',
    apply: 'build',
    renderChunk(code, chunk) {
      const out = functionWrappers(code);
      if (OTHER_WRAPPER.test(out))
        this.error(
          `${chunk.fileName}: a CommonJS wrapper in a form compile-wrappers does not know`,
        );
      return out === code ? null : { code: out, map: null };
    },
  };
}
