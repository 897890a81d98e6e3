/**
 * The write-ahead log (PostgreSQL's access/transam/xlog*): record format and codec, segment files,
 * the writer with its group-commit flusher, the reader that recovery and streaming use, the
 * control file, and the file layer everything on disk goes through. It knows bytes, LSNs and
 * values, not catalogs: what a record means to the cluster is decided above, in
 * {@code catalog.durable}. See README.md in this directory for the invariants.
 */
package dev.olifant.wal;
