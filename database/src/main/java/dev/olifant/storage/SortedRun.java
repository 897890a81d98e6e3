package dev.olifant.storage;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SortedMap;

/**
 * A read-only sorted map over a slice of an array of distinct keys already in {@code comparator}
 * order, every key mapped to {@code TRUE}. It exists to hand a sorted run to
 * {@link java.util.concurrent.ConcurrentSkipListMap#ConcurrentSkipListMap(SortedMap)}, which
 * builds its levels bottom-up in one linear pass instead of searching for every key (an index
 * bulk load, as PostgreSQL's nbtree builds from sorted tuples).
 */
final class SortedRun<K> extends AbstractMap<K, Boolean> implements SortedMap<K, Boolean> {
    private final K[] keys;
    private final int from;
    private final int to;
    private final Comparator<? super K> comparator;

    SortedRun(K[] keys, int from, int to, Comparator<? super K> comparator) {
        this.keys = keys;
        this.from = from;
        this.to = to;
        this.comparator = comparator;
    }

    @Override
    public Comparator<? super K> comparator() {
        return comparator;
    }

    /** The position of the first key not below {@code k} (keys are distinct). */
    private int lowerBound(K k) {
        int i = Arrays.binarySearch(keys, from, to, k, comparator);
        return i >= 0 ? i : -i - 1;
    }

    @Override
    public SortedMap<K, Boolean> subMap(K fromKey, K toKey) {
        return new SortedRun<>(keys, lowerBound(fromKey), Math.max(lowerBound(fromKey), lowerBound(toKey)), comparator);
    }

    @Override
    public SortedMap<K, Boolean> headMap(K toKey) {
        return new SortedRun<>(keys, from, lowerBound(toKey), comparator);
    }

    @Override
    public SortedMap<K, Boolean> tailMap(K fromKey) {
        return new SortedRun<>(keys, lowerBound(fromKey), to, comparator);
    }

    @Override
    public K firstKey() {
        if (from >= to) {
            throw new NoSuchElementException();
        }
        return keys[from];
    }

    @Override
    public K lastKey() {
        if (from >= to) {
            throw new NoSuchElementException();
        }
        return keys[to - 1];
    }

    @Override
    public int size() {
        return to - from;
    }

    @Override
    public Set<Entry<K, Boolean>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return to - from;
            }

            @Override
            public Iterator<Entry<K, Boolean>> iterator() {
                return new Iterator<>() {
                    int i = from;

                    @Override
                    public boolean hasNext() {
                        return i < to;
                    }

                    @Override
                    public Entry<K, Boolean> next() {
                        if (i >= to) {
                            throw new NoSuchElementException();
                        }
                        return new SimpleImmutableEntry<>(keys[i++], Boolean.TRUE);
                    }
                };
            }
        };
    }
}
