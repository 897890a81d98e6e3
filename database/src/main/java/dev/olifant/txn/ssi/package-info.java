/**
 * Serializable snapshot isolation (PostgreSQL's storage/lmgr/predicate.c, after Cahill et al. and
 * Ports &amp; Grittner): SIREAD predicate locks recorded by SERIALIZABLE readers, rw-antidependencies
 * between concurrent SERIALIZABLE transactions found when a write meets a SIREAD lock or a read
 * meets a concurrent write, and the dangerous-structure test that rolls back one transaction with
 * 40001 before an anomaly can commit. See {@code ../README.md}.
 */
package dev.olifant.txn.ssi;
