package dev.olifant.catalog.durable;

import dev.olifant.catalog.Acl;

import dev.olifant.catalog.Catalog;
import dev.olifant.catalog.Column;
import dev.olifant.catalog.Constraint;
import dev.olifant.catalog.ConstraintKind;
import dev.olifant.catalog.ForeignKeyAction;
import dev.olifant.catalog.Identity;
import dev.olifant.catalog.Index;
import dev.olifant.catalog.Namespace;
import dev.olifant.catalog.Relation;
import dev.olifant.catalog.Sequence;
import dev.olifant.catalog.Table;
import dev.olifant.catalog.View;
import dev.olifant.storage.SequenceData;
import dev.olifant.storage.TableStorage;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;
import dev.olifant.wal.WalFormatException;
import dev.olifant.wal.WalInput;
import dev.olifant.wal.WalOutput;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A database catalog as bytes: schemas, relations (with OIDs, so reg* values and pg_class oids
 * survive), comments. A table is stored with its relfilenode, a sequence with the position
 * that is safe to restore ({@link SequenceData#durableValue()}).
 */
public final class CatalogCodec {
    /**
     * Version 5: relations with partitioning and index options, then comments, routines (triggers
     * with their parent trigger) and access control lists. Older images are not read: the control file's format version, bumped with
     * this one, stops startup on a data directory written in an older format.
     */
    private static final int VERSION = 5;

    /** How decoding finds the data objects catalog entries point to. */
    public interface Resolver {
        TableStorage table(long relfilenode);

        SequenceData sequence(long sequenceOid, long increment, long value, boolean called);
    }

    private CatalogCodec() {
    }

    public static byte[] encode(Catalog c) {
        WalOutput out = new WalOutput(1024);
        write(out, c);
        return out.toByteArray();
    }

    public static void write(WalOutput out, Catalog c) {
        out.i32(VERSION).i32(c.namespaces().size());
        for (Namespace ns : c.namespaces()) {
            out.i64(ns.oid()).str(ns.name()).i64(ns.ownerOid());
        }
        out.i32(c.relations().size());
        for (Relation r : c.relations()) {
            writeRelation(out, r);
        }
        out.i32(c.comments().size());
        for (var e : c.comments().entrySet()) {
            out.i64(e.getKey().objectOid()).i64(e.getKey().classOid()).i32(e.getKey().subId()).str(e.getValue());
        }
        RoutineCodec.write(out, c.routines());
        out.i32(c.acls().size());
        for (var e : c.acls().entrySet()) {
            out.i64(e.getKey()).i32(e.getValue().items().size());
            for (Acl.Item i : e.getValue().items()) {
                out.i64(i.grantee()).i64(i.grantor()).i32(i.privileges()).i32(i.grantOptions());
            }
        }
    }

    private static void writeRelation(WalOutput out, Relation r) {
        out.u8(r.kind()).i64(r.oid()).str(r.name()).i64(r.namespaceOid()).i64(r.ownerOid()).u8(r.persistence());
        switch (r) {
            case Table t -> {
                out.i64(t.storage().id()).i32(t.columns().size());
                for (Column col : t.columns()) {
                    out.str(col.name()).i32(col.attnum()).i32(col.type().oid()).i32(col.typmod()).bool(col.notNull())
                            .str(col.defaultExpr()).value(col.missingValue()).str(col.identity().name())
                            .i64(col.sequenceOid()).bool(col.dropped());
                }
                out.i32(t.constraints().size());
                for (Constraint k : t.constraints()) {
                    out.i64(k.oid()).str(k.name()).str(k.kind().name());
                    ints(out, k.columns());
                    out.i64(k.indexOid()).str(k.checkExpr()).bool(k.foreignKey() != null);
                    if (k.foreignKey() != null) {
                        var fk = k.foreignKey();
                        out.i64(fk.referencedTableOid());
                        ints(out, fk.referencedColumns());
                        out.str(fk.onUpdate().name()).str(fk.onDelete().name()).u8(fk.matchType());
                        ints(out, fk.deleteSetColumns());
                    }
                    out.bool(k.deferrable()).bool(k.initiallyDeferred()).bool(k.validated());
                }
                out.i32(t.indexOids().size());
                for (long oid : t.indexOids()) {
                    out.i64(oid);
                }
                PartitioningCodec.write(out, t.partitioning());
            }
            case Index ix -> {
                out.i64(ix.tableOid());
                ints(out, ix.keyColumns());
                strs(out, ix.expressions());
                bools(out, ix.descending());
                bools(out, ix.nullsFirst());
                out.bool(ix.unique()).bool(ix.primary()).str(ix.predicate());
                ints(out, ix.includeColumns());
                out.bool(ix.nullsNotDistinct()).str(ix.method());
            }
            case View v -> {
                out.str(v.query()).i32(v.columns().size());
                for (View.ViewColumn vc : v.columns()) {
                    out.str(vc.name()).i32(vc.type().oid()).i32(vc.typmod());
                }
            }
            case Sequence s -> {
                out.i32(s.type().oid()).i64(s.start()).i64(s.increment()).i64(s.min()).i64(s.max()).i64(s.cache())
                        .bool(s.cycle()).i64(s.ownedByTable()).i32(s.ownedByColumn())
                        .i64(s.data().durableValue()).bool(s.data().isCalled());
            }
        }
    }

    public static Catalog decode(byte[] image, Resolver resolver) {
        return read(new WalInput(image), resolver);
    }

    public static Catalog read(WalInput in, Resolver resolver) {
        int version = in.i32();
        if (version != VERSION) {
            throw new WalFormatException("unknown catalog image version " + version);
        }
        Catalog c = Catalog.empty();
        for (int i = in.i32(); i > 0; i--) {
            c = c.withNamespace(new Namespace(in.i64(), in.str(), in.i64()));
        }
        for (int i = in.i32(); i > 0; i--) {
            c = c.withRelation(readRelation(in, resolver));
        }
        for (int i = in.i32(); i > 0; i--) {
            c = c.withComment(new Catalog.CommentKey(in.i64(), in.i64(), in.i32()), in.str());
        }
        c = c.withRoutines(RoutineCodec.read(in));
        for (int i = in.i32(); i > 0; i--) {
            long oid = in.i64();
            List<Acl.Item> items = new ArrayList<>();
            for (int n = in.i32(); n > 0; n--) {
                items.add(new Acl.Item(in.i64(), in.i64(), in.i32(), in.i32()));
            }
            c = c.withAcl(oid, new Acl(items));
        }
        return c;
    }

    private static Relation readRelation(WalInput in, Resolver resolver) {
        char kind = (char) in.u8();
        long oid = in.i64();
        String name = in.str();
        long ns = in.i64();
        long owner = in.i64();
        char persistence = (char) in.u8();
        return switch (kind) {
            case 'r', 'p' -> {
                TableStorage storage = resolver.table(in.i64());
                List<Column> cols = new ArrayList<>();
                for (int i = in.i32(); i > 0; i--) {
                    cols.add(new Column(in.str(), in.i32(), type(in.i32()), in.i32(), in.bool(), in.str(), in.value(),
                            Identity.valueOf(in.str()), in.i64(), in.bool()));
                }
                List<Constraint> cons = new ArrayList<>();
                for (int i = in.i32(); i > 0; i--) {
                    long coid = in.i64();
                    String cname = in.str();
                    ConstraintKind ck = ConstraintKind.valueOf(in.str());
                    List<Integer> ccols = ints(in);
                    long ixOid = in.i64();
                    String check = in.str();
                    Constraint.ForeignKey fk = null;
                    if (in.bool()) {
                        fk = new Constraint.ForeignKey(in.i64(), ints(in), ForeignKeyAction.valueOf(in.str()),
                                ForeignKeyAction.valueOf(in.str()), (char) in.u8(), ints(in));
                    }
                    cons.add(new Constraint(coid, cname, ck, ccols, ixOid, check, fk, in.bool(), in.bool(), in.bool()));
                }
                List<Long> idx = new ArrayList<>();
                for (int i = in.i32(); i > 0; i--) {
                    idx.add(in.i64());
                }
                yield new Table(oid, name, ns, owner, persistence, List.copyOf(cols), List.copyOf(cons),
                        List.copyOf(idx), storage, PartitioningCodec.read(in));
            }
            case 'i' -> new Index(oid, name, ns, owner, in.i64(), ints(in), strs(in), bools(in), bools(in), in.bool(),
                    in.bool(), in.str(), ints(in), in.bool(), in.str());
            case 'v' -> {
                String query = in.str();
                List<View.ViewColumn> cols = new ArrayList<>();
                for (int i = in.i32(); i > 0; i--) {
                    cols.add(new View.ViewColumn(in.str(), type(in.i32()), in.i32()));
                }
                yield new View(oid, name, ns, owner, persistence, query, List.copyOf(cols));
            }
            case 'S' -> {
                PgType t = type(in.i32());
                long start = in.i64();
                long inc = in.i64();
                long min = in.i64();
                long max = in.i64();
                long cache = in.i64();
                boolean cycle = in.bool();
                long ownedTable = in.i64();
                int ownedCol = in.i32();
                SequenceData data = resolver.sequence(oid, inc, in.i64(), in.bool());
                yield new Sequence(oid, name, ns, owner, persistence, t, start, inc, min, max, cache, cycle, ownedTable,
                        ownedCol, data);
            }
            default -> throw new WalFormatException("unknown relation kind '" + kind + "' in catalog image");
        };
    }

    private static PgType type(int oid) {
        PgType t = Types.byOid(oid);
        if (t == null) {
            throw new WalFormatException("unknown type oid " + oid + " in catalog image");
        }
        return t;
    }

    private static void ints(WalOutput out, List<Integer> v) {
        out.i32(v.size());
        v.forEach(out::i32);
    }

    private static List<Integer> ints(WalInput in) {
        List<Integer> v = new ArrayList<>();
        for (int i = in.i32(); i > 0; i--) {
            v.add(in.i32());
        }
        return List.copyOf(v);
    }

    private static void strs(WalOutput out, List<String> v) {
        out.i32(v.size());
        v.forEach(out::str);
    }

    private static List<String> strs(WalInput in) {
        List<String> v = new ArrayList<>();
        for (int i = in.i32(); i > 0; i--) {
            v.add(in.str());
        }
        return java.util.Collections.unmodifiableList(v);
    }

    private static void bools(WalOutput out, List<Boolean> v) {
        out.i32(v.size());
        v.forEach(out::bool);
    }

    private static List<Boolean> bools(WalInput in) {
        List<Boolean> v = new ArrayList<>();
        for (int i = in.i32(); i > 0; i--) {
            v.add(in.bool());
        }
        return List.copyOf(v);
    }

    /** Every table storage the cluster's catalogs point to, by relfilenode. */
    static Map<Long, TableStorage> storagesOf(dev.olifant.catalog.Cluster cluster) {
        Map<Long, TableStorage> into = new java.util.HashMap<>();
        for (dev.olifant.catalog.Database db : cluster.databases()) {
            for (Relation r : db.committed().relations()) {
                if (r instanceof Table t) {
                    into.put(t.storage().id(), t.storage());
                }
            }
        }
        return into;
    }
}
