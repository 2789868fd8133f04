/**
 * Generates realistic pre- and post-migration export sets with known, seeded defects, for tests,
 * demos and benchmarks: all nine tables per snapshot, in the header dialects, formats, encodings
 * and delimiters real exports come in, plus a manifest of the findings an audit following
 * {@code docs/checks.md} must (and must not) produce, and a README that explains the set. The
 * rules themselves (ids, tables, needed columns) come from the check catalogue.
 *
 * <p>Everything is a pure function of seed, scale and record index, so the same seed and scale
 * give byte-identical files, and tables are streamed: no table is ever held in memory, except
 * at manifest scale, where the expected findings are worked out from the rows themselves.
 */
package dev.p2caudit.generate;
