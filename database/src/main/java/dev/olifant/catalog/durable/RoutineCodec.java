package dev.olifant.catalog.durable;

import dev.olifant.catalog.Routine;
import dev.olifant.catalog.Routines;
import dev.olifant.catalog.Trigger;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;
import dev.olifant.wal.WalFormatException;
import dev.olifant.wal.WalInput;
import dev.olifant.wal.WalOutput;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The functions, procedures and triggers of a catalog image. */
final class RoutineCodec {
    private RoutineCodec() {
    }

    static void write(WalOutput out, Routines r) {
        out.i32(r.all().size());
        for (Routine f : r.all()) {
            out.i64(f.oid()).str(f.name()).i64(f.namespaceOid()).i64(f.ownerOid()).u8(f.kind());
            out.i32(f.argTypes().size());
            for (int i = 0; i < f.argTypes().size(); i++) {
                out.str(f.argNames().get(i)).i32(f.argTypes().get(i).oid()).u8(f.argModes().get(i));
            }
            out.i32(f.argDefaults().size());
            f.argDefaults().forEach(out::str);
            out.i32(f.returnType().oid()).bool(f.returnsSet()).str(f.language()).str(f.body()).u8(f.volatility())
                    .bool(f.strict()).u8(f.parallel());
        }
        out.i32(r.triggers().size());
        for (Trigger t : r.triggers()) {
            out.i64(t.oid()).i64(t.tableOid()).str(t.name()).i64(t.functionOid()).i32(t.type()).u8(t.enabled());
            out.i32(t.columns().size());
            t.columns().forEach(out::i32);
            out.str(t.when());
            out.i32(t.arguments().size());
            t.arguments().forEach(out::str);
            out.bool(t.constraint()).bool(t.deferrable()).bool(t.initiallyDeferred()).i64(t.parentOid());
        }
    }

    static Routines read(WalInput in) {
        Map<Long, Routine> routines = new HashMap<>();
        for (int n = in.i32(); n > 0; n--) {
            long oid = in.i64();
            String name = in.str();
            long ns = in.i64();
            long owner = in.i64();
            char kind = (char) in.u8();
            List<String> names = new ArrayList<>();
            List<PgType> types = new ArrayList<>();
            List<Character> modes = new ArrayList<>();
            for (int i = in.i32(); i > 0; i--) {
                names.add(in.str());
                types.add(type(in.i32()));
                modes.add((char) in.u8());
            }
            List<String> defaults = new ArrayList<>();
            for (int i = in.i32(); i > 0; i--) {
                defaults.add(in.str());
            }
            routines.put(oid, new Routine(oid, name, ns, owner, kind, names, types, modes, defaults, type(in.i32()),
                    in.bool(), in.str(), in.str(), (char) in.u8(), in.bool(), (char) in.u8()));
        }
        Map<Long, Trigger> triggers = new HashMap<>();
        for (int n = in.i32(); n > 0; n--) {
            long oid = in.i64();
            long table = in.i64();
            String name = in.str();
            long fn = in.i64();
            int type = in.i32();
            char enabled = (char) in.u8();
            List<Integer> cols = new ArrayList<>();
            for (int i = in.i32(); i > 0; i--) {
                cols.add(in.i32());
            }
            String when = in.str();
            List<String> args = new ArrayList<>();
            for (int i = in.i32(); i > 0; i--) {
                args.add(in.str());
            }
            triggers.put(oid, new Trigger(oid, table, name, fn, type, enabled, cols, when, args, in.bool(), in.bool(),
                    in.bool(), in.i64()));
        }
        return new Routines(routines, triggers);
    }

    private static PgType type(int oid) {
        PgType t = Types.byOid(oid);
        if (t == null) {
            throw new WalFormatException("unknown type oid " + oid + " in catalog image");
        }
        return t;
    }
}
