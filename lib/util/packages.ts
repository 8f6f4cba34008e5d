/**
 * Packages loaded when first used, not when the module that uses them is imported: linkedom for
 * HTML inputs only, js-yaml for front matter only, cli-table3 for tables only, diff for word
 * diffs only, wink-nlp's model when the first sentence is read. Each costs from ten to a hundred
 * milliseconds or more of loading, which a run that never needs it (`--help`, a report of `.txt`
 * files in JSON) should not pay. The stages stay synchronous: these are CommonJS builds (every one
 * ships one) loaded with `require`.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * A function returning package `name`, loaded on its first call and kept. Typed by the caller:
 * `const linkedom = lazyPackage<typeof import('linkedom')>('linkedom')`, used as `linkedom().parseHTML(html)`.
 */
export function lazyPackage<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => {
    loaded ??= require(name) as T;
    return loaded;
  };
}
