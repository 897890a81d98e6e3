package dev.olifant.catalog.durable;

import dev.olifant.catalog.PartitionBound;
import dev.olifant.catalog.PartitionKey;
import dev.olifant.catalog.PartitionStrategy;
import dev.olifant.catalog.Partitioning;
import dev.olifant.wal.WalFormatException;
import dev.olifant.wal.WalInput;
import dev.olifant.wal.WalOutput;
import java.util.ArrayList;
import java.util.List;

/** A table's {@link Partitioning} as bytes, after the rest of its catalog entry. */
final class PartitioningCodec {
    private PartitioningCodec() {
    }

    static void write(WalOutput out, Partitioning p) {
        out.bool(p != null);
        if (p == null) {
            return;
        }
        out.bool(p.key() != null);
        if (p.key() != null) {
            out.u8(p.key().strategy().code()).i32(p.key().attnums().size());
            p.key().attnums().forEach(out::i32);
        }
        out.i64(p.parentOid()).bool(p.detachPending()).i32(p.indexParents().size());
        p.indexParents().forEach((k, v) -> out.i64(k).i64(v));
        out.i32(p.inhParents().size());
        p.inhParents().forEach(out::i64);
        if (p.parentOid() == 0) {
            return;
        }
        switch (p.bound()) {
            case PartitionBound.Default d -> out.u8('d');
            case PartitionBound.Hash h -> out.u8('h').i32(h.modulus()).i32(h.remainder());
            case PartitionBound.In in -> {
                out.u8('l').i32(in.values().size());
                in.values().forEach(out::value);
            }
            case PartitionBound.Range r -> {
                out.u8('r');
                datums(out, r.lower());
                datums(out, r.upper());
            }
        }
    }

    private static void datums(WalOutput out, List<PartitionBound.RangeDatum> ds) {
        out.i32(ds.size());
        for (PartitionBound.RangeDatum d : ds) {
            out.u8(d.kind().ordinal()).value(d.value());
        }
    }

    static Partitioning read(WalInput in) {
        if (!in.bool()) {
            return null;
        }
        PartitionKey key = null;
        if (in.bool()) {
            char code = (char) in.u8();
            PartitionStrategy strategy = null;
            for (PartitionStrategy s : PartitionStrategy.values()) {
                if (s.code() == code) {
                    strategy = s;
                }
            }
            if (strategy == null) {
                throw new WalFormatException("unknown partition strategy '" + code + "' in catalog image");
            }
            List<Integer> attnums = new ArrayList<>();
            for (int i = in.i32(); i > 0; i--) {
                attnums.add(in.i32());
            }
            key = new PartitionKey(strategy, attnums);
        }
        long parent = in.i64();
        boolean pending = in.bool();
        java.util.Map<Long, Long> indexParents = new java.util.HashMap<>();
        for (int i = in.i32(); i > 0; i--) {
            indexParents.put(in.i64(), in.i64());
        }
        List<Long> inhParents = new ArrayList<>();
        for (int i = in.i32(); i > 0; i--) {
            inhParents.add(in.i64());
        }
        PartitionBound bound = null;
        if (parent != 0) {
            char kind = (char) in.u8();
            bound = switch (kind) {
                case 'd' -> new PartitionBound.Default();
                case 'h' -> new PartitionBound.Hash(in.i32(), in.i32());
                case 'l' -> {
                    List<Object> values = new ArrayList<>();
                    for (int i = in.i32(); i > 0; i--) {
                        values.add(in.value());
                    }
                    yield new PartitionBound.In(values);
                }
                case 'r' -> new PartitionBound.Range(datums(in), datums(in));
                default -> throw new WalFormatException("unknown partition bound '" + kind + "' in catalog image");
            };
        }
        return new Partitioning(key, parent, bound, pending, indexParents, inhParents);
    }

    private static List<PartitionBound.RangeDatum> datums(WalInput in) {
        List<PartitionBound.RangeDatum> ds = new ArrayList<>();
        for (int i = in.i32(); i > 0; i--) {
            ds.add(new PartitionBound.RangeDatum(PartitionBound.RangeDatum.Kind.values()[in.u8()], in.value()));
        }
        return ds;
    }
}
