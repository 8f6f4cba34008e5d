/**
 * The names `--format` accepts, in the order the help lists them. Apart from the formatters so
 * that the CLI can list and check them without loading any formatter (`--help` loads none).
 */
// not a word list: the format names, which report/index.ts checks against its formatters
export const FORMAT_NAMES = ['table', 'json', 'markdown', 'html', 'sarif', 'github', 'junit'] as const;

/** A name `--format` accepts. */
export type FormatName = (typeof FORMAT_NAMES)[number];

/** True when `name` is one of {@link FORMAT_NAMES}. */
export function isFormatName(name: string): name is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(name);
}
