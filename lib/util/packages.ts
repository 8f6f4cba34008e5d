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

/** The wink model as `wink-eng-lite-web-model` exports it: `core()` unpacks its tables. */
interface PackedModel {
  core: () => unknown;
}

let unpacked: PackedModel | null = null;

/**
 * The wink model with its tables unpacked once. Each `core()` call of the package unpacks the
 * whole lexicon anew (about 100 ms and tens of MB); the sentence splitter (through wink-nlp) and
 * the word test of names both read it, so both get this one copy. wink-nlp adds the words it has
 * not seen past the model's own lexicon (`intrinsicSize`), which the word test ignores.
 */
export function winkModel<T>(): T {
  if (unpacked === null) {
    const model = require('wink-eng-lite-web-model') as PackedModel;
    const core = model.core();
    unpacked = { ...model, core: () => core };
  }
  return unpacked as unknown as T;
}
