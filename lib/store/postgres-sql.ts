/**
 * Every SQL statement of the PostgreSQL fact store, in one place so the schema and the queries
 * read together. Table names carry a `crosscheck_` prefix: the store may share a database (and
 * its `public` schema) with other applications. Unqualified names land in the first schema of
 * the connection's `search_path`, so `?options=-c%20search_path%3Dother` moves the whole store.
 */

/** The schema this code reads and writes; a store made by another version is refused, not guessed at. */
export const SCHEMA_VERSION = '1';

/**
 * Key of the transaction-scoped advisory lock taken while the schema is created: `CREATE TABLE IF
 * NOT EXISTS` is not safe when two sessions run it at once (both see no table, one fails on the
 * catalog's unique index). Any constant works; this one is "crosscheck" folded into 31 bits.
 */
const SCHEMA_LOCK = 0x63726f73;

/**
 * Creates what is absent and reads the schema version, in one transaction under the advisory
 * lock. One string of several statements: without parameters the server takes them in one round
 * trip. The last statement's rows are the version.
 *
 * - results: one analysis per key. `payload` is `text`, not `jsonb`: the checksum is the SHA-256
 *   of the exact JSON text written, and `jsonb` would rewrite that text (key order, spacing).
 * - articles: the index, one row per path; `blocks` as given, in order, for `articles()`; `id`
 *   the article's id as loaded, null when the row has none; `terms` its distinct terms, null
 *   when it has none (refused, or indexed by an older crosscheck).
 * - blocks: the same blocks one row each, for `candidates()`; removed with their article.
 *   Paths, keys and blocks are in the "C" collation: ordered by code point, the same on every
 *   server whatever its locale (and the same as the file store's code-unit order for these strings).
 */
export const CREATE_SCHEMA = `
BEGIN;
SELECT pg_advisory_xact_lock(${SCHEMA_LOCK});
CREATE TABLE IF NOT EXISTS crosscheck_meta (
  name text PRIMARY KEY,
  value text NOT NULL
);
CREATE TABLE IF NOT EXISTS crosscheck_results (
  key text COLLATE "C" PRIMARY KEY,
  payload text NOT NULL,
  checksum text NOT NULL
);
CREATE TABLE IF NOT EXISTS crosscheck_articles (
  path text COLLATE "C" PRIMARY KEY,
  key text COLLATE "C" NOT NULL,
  blocks text[] NOT NULL,
  id text
);
-- Stores made before articles kept their id: the column is added, the schema stays version 1
-- (a row without an id reads as one without, which an older crosscheck also wrote).
ALTER TABLE crosscheck_articles ADD COLUMN IF NOT EXISTS id text;
-- Likewise their terms: a row without them counts in no term statistics until indexed again.
ALTER TABLE crosscheck_articles ADD COLUMN IF NOT EXISTS terms text[] COLLATE "C";
CREATE TABLE IF NOT EXISTS crosscheck_blocks (
  path text COLLATE "C" NOT NULL REFERENCES crosscheck_articles (path) ON DELETE CASCADE,
  block text COLLATE "C" NOT NULL,
  PRIMARY KEY (path, block)
);
CREATE INDEX IF NOT EXISTS crosscheck_blocks_block ON crosscheck_blocks (block);
INSERT INTO crosscheck_meta (name, value) VALUES ('schema', '${SCHEMA_VERSION}') ON CONFLICT (name) DO NOTHING;
COMMIT;
SELECT value FROM crosscheck_meta WHERE name = 'schema';
`;

/** Rows (key, payload, checksum) of the keys in $1 that are present; the caller checks each checksum. */
export const GET_RESULTS = `
SELECT key, payload, checksum FROM crosscheck_results WHERE key = ANY($1::text[])
`;

/**
 * Inserts `rows` rows, parameters ($1, $2, $3) = (key, payload, checksum) of the first, and so on.
 * A key already present keeps its row, unless that row fails its checksum (computed here by the
 * server over the stored text): a damaged entry is replaced by the next put, as the interface
 * promises. Callers pass keys sorted and distinct, so two writers lock shared keys in the same
 * order and never deadlock. One parameter per value, not three arrays: the client escapes an
 * array's elements character by character (seconds for 20 MB), while a parameter goes as it is.
 */
export function putResults(rows: number): string {
  const values = Array.from({ length: rows }, (_, i) => `($${3 * i + 1}, $${3 * i + 2}, $${3 * i + 3})`);
  return `
INSERT INTO crosscheck_results AS r (key, payload, checksum)
VALUES ${values.join(', ')}
ON CONFLICT (key) DO UPDATE SET payload = EXCLUDED.payload, checksum = EXCLUDED.checksum
WHERE r.checksum IS DISTINCT FROM encode(sha256(convert_to(r.payload, 'UTF8')), 'hex')
`;
}

/**
 * Adds or replaces articles: $1 is a JSON array of `{path, key, blocks, id?}` (one parameter, because
 * an array of arrays of blocks does not pass as a Postgres array of rows). `blocks` keeps its
 * order (WITH ORDINALITY). Paths sorted and distinct, for the same reason as results.
 */
export const PUT_ARTICLES = `
INSERT INTO crosscheck_articles AS a (path, key, blocks, id, terms)
SELECT r.path, r.key,
       ARRAY(SELECT e FROM jsonb_array_elements_text(r.blocks) WITH ORDINALITY AS t(e, i) ORDER BY i),
       r.id,
       CASE WHEN r.terms IS NULL THEN NULL
            ELSE ARRAY(SELECT e FROM jsonb_array_elements_text(r.terms) WITH ORDINALITY AS t(e, i) ORDER BY i) END
FROM jsonb_to_recordset($1::jsonb) AS r(path text, key text, blocks jsonb, id text, terms jsonb)
ON CONFLICT (path) DO UPDATE SET key = EXCLUDED.key, blocks = EXCLUDED.blocks, id = EXCLUDED.id, terms = EXCLUDED.terms
`;

/** Forgets the searchable blocks of the paths in $1, before their new ones are written. */
export const DELETE_BLOCKS = `
DELETE FROM crosscheck_blocks WHERE path = ANY($1::text[])
`;

/** Writes the searchable blocks of the articles in $1 (the same JSON as {@link PUT_ARTICLES}), each once. */
export const PUT_BLOCKS = `
INSERT INTO crosscheck_blocks (path, block)
SELECT DISTINCT r.path, b
FROM jsonb_to_recordset($1::jsonb) AS r(path text, blocks jsonb), jsonb_array_elements_text(r.blocks) AS b
`;

/** Every article, in path order. */
export const ARTICLES = `
SELECT path, key, blocks, id FROM crosscheck_articles ORDER BY path
`;

/**
 * Term counts (FactStore.termCounts) of the terms in $1 over the articles whose path is not in
 * $2: a row ('articles', NULL, n) of those with terms, a row ('termless', NULL, n) of those analysed
 * (with blocks) but without, then a row ('term', term, n) per term held by any. One statement, so
 * one snapshot: the counts agree with each other even while another process indexes.
 */
export const TERM_COUNTS = `
SELECT 'articles' AS what, NULL::text AS term, count(*) AS n FROM crosscheck_articles
WHERE terms IS NOT NULL AND NOT (path = ANY($2::text[]))
UNION ALL
SELECT 'termless', NULL, count(*) FROM crosscheck_articles
WHERE terms IS NULL AND cardinality(blocks) > 0 AND NOT (path = ANY($2::text[]))
UNION ALL
SELECT 'term', t.term, count(DISTINCT a.path)
FROM crosscheck_articles AS a, unnest(a.terms) AS t(term)
WHERE a.terms IS NOT NULL AND NOT (a.path = ANY($2::text[])) AND t.term = ANY($1::text[])
GROUP BY t.term
`;

/**
 * Keys of the articles sharing blocks with $1, by the number of distinct blocks shared, most
 * first, then by key; at most $2 (NULL: all). Two paths with one key count as one article (their
 * blocks pooled): a key is one analysis (FactStore.candidates).
 */
export const CANDIDATES = `
SELECT a.key, count(DISTINCT b.block) AS shared
FROM crosscheck_blocks AS b JOIN crosscheck_articles AS a ON a.path = b.path
WHERE b.block = ANY($1::text[])
GROUP BY a.key
ORDER BY shared DESC, a.key
LIMIT $2
`;
