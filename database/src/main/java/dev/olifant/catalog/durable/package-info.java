/**
 * How the cluster's state reaches the WAL and checkpoint images and comes back: catalog and
 * cluster codecs, redo of WAL records into catalogs and heaps (serial, or partitioned by table
 * storage across threads during crash recovery), checkpoint images, crash recovery at startup
 * with the index rebuild it leaves running in the background, and {@link dev.olifant.catalog.durable.Durability}, the instance's WAL
 * service that commits, sequences and cluster changes go through. It sits above {@code wal}
 * (bytes and LSNs) because replay needs catalogs, heaps and the transaction manager.
 */
package dev.olifant.catalog.durable;
