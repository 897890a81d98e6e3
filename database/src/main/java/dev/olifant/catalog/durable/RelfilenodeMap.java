package dev.olifant.catalog.durable;

import dev.olifant.storage.TableStorage;

/**
 * Storages by relfilenode for replay, looked up once per row record: open addressing on
 * primitive keys, so a lookup neither boxes its key nor chases a chain (records of a few tables
 * interleave, so the last storage found rarely matches the next record).
 */
final class RelfilenodeMap {
    private long[] keys = new long[16];
    private TableStorage[] values = new TableStorage[16];
    private int size;

    TableStorage get(long relfilenode) {
        int mask = keys.length - 1;
        for (int i = slot(relfilenode, mask);; i = (i + 1) & mask) {
            TableStorage v = values[i];
            if (v == null || keys[i] == relfilenode) {
                return v;
            }
        }
    }

    void put(TableStorage storage) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        long key = storage.id();
        int i = slot(key, mask);
        while (values[i] != null && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (values[i] == null) {
            size++;
        }
        keys[i] = key;
        values[i] = storage;
    }

    void clear() {
        java.util.Arrays.fill(values, null);
        size = 0;
    }

    private void grow() {
        TableStorage[] old = values;
        keys = new long[old.length * 2];
        values = new TableStorage[old.length * 2];
        size = 0;
        for (TableStorage s : old) {
            if (s != null) {
                put(s);
            }
        }
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 32) & mask;
    }
}
