package dev.olifant.commands;

import dev.olifant.catalog.Namespace;
import dev.olifant.catalog.Routine;
import dev.olifant.catalog.Trigger;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.sql.analyze.Names;
import dev.olifant.sql.analyze.RoutineLookup;
import dev.olifant.sql.analyze.TypeResolver;
import dev.olifant.sql.ast.CreateFunctionStmt;
import dev.olifant.sql.ast.DropBehavior;
import dev.olifant.sql.ast.DropRoutineStmt;
import dev.olifant.sql.ast.FunctionParameter;
import dev.olifant.sql.ast.TypeName;
import dev.olifant.sql.parser.SqlPrinter;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** CREATE [OR REPLACE] FUNCTION / PROCEDURE and DROP FUNCTION / PROCEDURE. */
public final class Functions {
    private Functions() {
    }

    static String create(CreateFunctionStmt s, CommandContext ctx, Consumer<Routine> validator) {
        String what = s.procedure() ? "procedure" : "function";
        Namespace ns = Names.creationNamespace(ctx.analysis(), s.name());
        List<String> names = new ArrayList<>();
        List<PgType> types = new ArrayList<>();
        List<Character> modes = new ArrayList<>();
        List<String> defaults = new ArrayList<>();
        List<PgType> outTypes = new ArrayList<>();
        List<FunctionParameter> all = new ArrayList<>(s.parameters());
        all.addAll(s.tableColumns());
        for (FunctionParameter p : all) {
            PgType t = type(p.type());
            names.add(p.name() == null ? "" : p.name());
            types.add(t);
            modes.add(s.tableColumns().contains(p) ? 't' : p.mode().code());
            if (p.mode() != FunctionParameter.ParameterMode.IN && p.mode() != FunctionParameter.ParameterMode.VARIADIC) {
                outTypes.add(t);
            }
            if (p.defaultValue() != null) {
                defaults.add(SqlPrinter.print(p.defaultValue()));
            } else if (!defaults.isEmpty() && p.mode().isInput()) {
                throw new PgException(SqlState.INVALID_FUNCTION_DEFINITION,
                        "input parameters after one with a default value must also have defaults");
            }
        }
        PgType result;
        boolean set = false;
        if (s.procedure()) {
            result = outTypes.isEmpty() ? Types.VOID : outTypes.size() == 1 ? outTypes.get(0) : Types.RECORD;
        } else if (s.returnType() != null) {
            result = type(s.returnType());
            set = s.returnType().setof();
        } else if (!outTypes.isEmpty()) {
            result = outTypes.size() == 1 ? outTypes.get(0) : Types.RECORD;
            set = !s.tableColumns().isEmpty();
        } else {
            throw new PgException(SqlState.INVALID_FUNCTION_DEFINITION, "function result type must be specified");
        }
        if (s.language() == null) {
            throw new PgException(SqlState.INVALID_FUNCTION_DEFINITION, "no language specified");
        }
        if (!s.language().equals("sql") && !s.language().equals("plpgsql")) {
            throw new PgException(SqlState.UNDEFINED_OBJECT, "language \"" + s.language() + "\" does not exist");
        }
        if (s.body() == null) {
            throw new PgException(SqlState.INVALID_FUNCTION_DEFINITION, "no function body specified");
        }
        if (result == Types.TRIGGER && s.language().equals("sql")) {
            throw new PgException(SqlState.INVALID_FUNCTION_DEFINITION, "SQL functions cannot return type trigger");
        }
        List<PgType> inputs = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            if (modes.get(i) != 'o' && modes.get(i) != 't') {
                inputs.add(types.get(i));
            }
        }
        Routine existing = RoutineLookup.exact(ctx.analysis(), List.of(ns.name(), s.name().last()), inputs);
        long oid;
        long owner = ctx.userOid();
        if (existing != null) {
            if (!s.orReplace()) {
                throw new PgException(SqlState.DUPLICATE_FUNCTION, what + " \"" + s.name().last()
                        + "\" already exists with same argument types");
            }
            // ProcedureCreate names the kind "function" whichever it is
            Ownership.check(ctx.cluster(), ctx.userOid(), existing.ownerOid(), "function", s.name().last());
            if (existing.kind() != (s.procedure() ? 'p' : 'f')) {
                throw new PgException(SqlState.WRONG_OBJECT_TYPE, "cannot change routine kind").withDetail("\""
                        + existing.name() + "\" is a " + (existing.kind() == 'p' ? "procedure" : "function") + ".");
            }
            if (!existing.returnType().equals(result) || existing.returnsSet() != set) {
                throw new PgException(SqlState.INVALID_FUNCTION_DEFINITION, "cannot change return type of existing function")
                        .withHint("Use DROP FUNCTION " + RoutineLookup.signature(existing.name(), inputs).replace(", ", ",")
                                + " first.");
            }
            oid = existing.oid();
            owner = existing.ownerOid();
        } else {
            oid = ctx.newOid();
        }
        char volatility = s.volatility() == 0 ? 'v' : s.volatility();
        Routine r = new Routine(oid, s.name().last(), ns.oid(), owner, s.procedure() ? 'p' : 'f', names, types, modes,
                defaults, result, set, s.language(), s.body(), volatility, Boolean.TRUE.equals(s.strict()),
                s.parallel() == 0 ? 'u' : s.parallel());
        validator.accept(r);
        ctx.change(c -> c.withRoutines(c.routines().withRoutine(r)));
        return s.procedure() ? "CREATE PROCEDURE" : "CREATE FUNCTION";
    }

    private static String describe(CommandContext ctx, Trigger t) {
        var table = ctx.catalog().relation(t.tableOid());
        return "trigger " + t.name() + " on table " + (table == null ? "?" : table.name());
    }

    /** Checks a PL/pgSQL body's syntax at creation, as PostgreSQL's validator does. */
    static void validate(CreateFunctionStmt s, Routine r) {
        if (r.language().equals("plpgsql")) {
            try {
                dev.olifant.plpgsql.PlParser.parse(r.body());
            } catch (PgException e) {
                if (e.position() <= 0 || s.bodyLocation() < 0) {
                    throw e;
                }
                // the position is in the body: make it one in the CREATE statement
                throw new PgException(e.state(), e.severity(), e.getMessage(), e.detail(), e.hint(),
                        s.bodyLocation() + e.position(), null);
            }
        }
    }

    /** A type as PostgreSQL's grammar names it (its notices print that): SQL spellings become pg_catalog names. */
    private static String grammarName(TypeName t) {
        if (t.names().size() > 1) {
            return String.join(".", t.names());
        }
        String n = t.names().get(0);
        String internal = switch (n) {
            case "integer", "int" -> "int4";
            case "smallint" -> "int2";
            case "bigint" -> "int8";
            case "real" -> "float4";
            case "double precision" -> "float8";
            case "boolean" -> "bool";
            case "numeric", "decimal" -> "numeric";
            case "character varying" -> "varchar";
            case "character" -> "bpchar";
            case "timestamp without time zone", "timestamp" -> "timestamp";
            case "timestamp with time zone" -> "timestamptz";
            case "interval" -> "interval";
            default -> null;
        };
        String base = internal == null ? n : "pg_catalog." + internal;
        return base + "[]".repeat(t.arrayBounds().size());
    }

    /** A parameter's or result's type: pseudo-types are allowed here. */
    public static PgType type(TypeName t) {
        String last = t.names().get(t.names().size() - 1);
        if (t.arrayBounds().isEmpty() && (t.names().size() == 1 || t.names().get(0).equals("pg_catalog"))) {
            PgType pseudo = switch (last) {
                case "void" -> Types.VOID;
                case "trigger" -> Types.TRIGGER;
                case "record" -> Types.RECORD;
                case "anyelement" -> Types.ANYELEMENT;
                case "anynonarray" -> Types.ANYNONARRAY;
                default -> null;
            };
            if (pseudo != null) {
                return pseudo;
            }
        }
        return TypeResolver.resolve(t).type();
    }

    static String drop(DropRoutineStmt s, CommandContext ctx) {
        String what = s.procedure() ? "procedure" : "function";
        for (DropRoutineStmt.Signature sig : s.routines()) {
            Routine r;
            if (sig.parameters() == null) {
                List<Routine> found = RoutineLookup.candidates(ctx.analysis(), sig.name().parts());
                if (found.size() > 1) {
                    throw new PgException(SqlState.AMBIGUOUS_FUNCTION, what + " name \"" + sig.name() + "\" is not unique")
                            .withHint("Specify the argument list to select the " + what + " unambiguously.");
                }
                r = found.isEmpty() ? null : found.get(0);
                if (r == null) {
                    if (s.ifExists()) {
                        ctx.notice(CreateTable.notice(SqlState.SUCCESSFUL_COMPLETION, what + " " + sig.name() + "() does not exist, skipping"));
                        continue;
                    }
                    throw new PgException(SqlState.UNDEFINED_FUNCTION, "could not find a " + what + " named \""
                            + sig.name() + "\"");
                }
            } else {
                List<PgType> inputs = new ArrayList<>();
                for (FunctionParameter p : sig.parameters()) {
                    if (p.mode().isInput()) {
                        inputs.add(type(p.type()));
                    }
                }
                r = RoutineLookup.exact(ctx.analysis(), sig.name().parts(), inputs);
                if (r == null) {
                    String text = RoutineLookup.signature(sig.name().toString(), inputs);
                    if (s.ifExists()) {
                        List<String> written = new ArrayList<>();
                        for (FunctionParameter p : sig.parameters()) {
                            if (p.mode().isInput()) {
                                written.add(grammarName(p.type()));
                            }
                        }
                        ctx.notice(CreateTable.notice(SqlState.SUCCESSFUL_COMPLETION, what + " " + sig.name() + "("
                                + String.join(", ", written) + ") does not exist, skipping"));
                        continue;
                    }
                    throw new PgException(SqlState.UNDEFINED_FUNCTION, what + " " + text + " does not exist");
                }
            }
            dev.olifant.catalog.Namespace ns = ctx.catalog().namespace(r.namespaceOid());
            if (ns == null || !Ownership.owns(ctx.cluster(), ctx.userOid(), ns.ownerOid())) {
                Ownership.check(ctx.cluster(), ctx.userOid(), r.ownerOid(), what, sig.name().toString());
            }
            Routine target = r;
            // a clone goes with the trigger it was cloned from and is not reported on its own
            List<Trigger> all = ctx.catalog().routines().triggers().stream()
                    .filter(t -> t.functionOid() == target.oid()).toList();
            List<Trigger> users = all.stream().filter(t -> !t.isClone()).toList();
            if (!users.isEmpty() && s.behavior() != DropBehavior.CASCADE) {
                Trigger t = users.get(0);
                var table = ctx.catalog().relation(t.tableOid());
                throw new PgException(SqlState.DEPENDENT_OBJECTS_STILL_EXIST, "cannot drop " + what + " "
                        + RoutineLookup.signature(r.name(), r.inputTypes()) + " because other objects depend on it")
                        .withDetail("trigger " + t.name() + " on table " + (table == null ? "?" : table.name())
                                + " depends on " + what + " " + RoutineLookup.signature(r.name(), r.inputTypes()))
                        .withHint("Use DROP ... CASCADE to drop the dependent objects too.");
            }
            if (users.size() == 1) {
                ctx.notice(CreateTable.notice(SqlState.SUCCESSFUL_COMPLETION, "drop cascades to " + describe(ctx,
                        users.get(0))));
            } else if (users.size() > 1) {
                List<String> lines = new ArrayList<>();
                users.stream().sorted(java.util.Comparator.comparing(Trigger::oid))
                        .forEach(t -> lines.add("drop cascades to " + describe(ctx, t)));
                ctx.notice(CreateTable.notice(SqlState.SUCCESSFUL_COMPLETION, "drop cascades to " + users.size()
                        + " other objects").withDetail(String.join("\n", lines)));
            }
            ctx.change(c -> {
                var routines = c.routines().withoutRoutine(target.oid());
                for (Trigger t : all) {
                    routines = routines.withoutTrigger(t.oid());
                }
                return c.withRoutines(routines);
            });
        }
        return s.procedure() ? "DROP PROCEDURE" : "DROP FUNCTION";
    }
}
