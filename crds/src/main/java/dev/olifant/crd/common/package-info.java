/**
 * Types shared by several custom resources: the reference to a {@code Cluster}, the reclaim
 * policy of SQL objects, and the kstatus condition vocabulary every status uses.
 */
package dev.olifant.crd.common;
