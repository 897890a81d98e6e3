package dev.olifant.sql.parser;

import dev.olifant.sql.ast.AddColumn;
import dev.olifant.sql.ast.AddConstraint;
import dev.olifant.sql.ast.AlterColumnDefault;
import dev.olifant.sql.ast.AlterColumnIdentity;
import dev.olifant.sql.ast.AlterColumnNotNull;
import dev.olifant.sql.ast.AlterColumnStatistics;
import dev.olifant.sql.ast.AlterColumnType;
import dev.olifant.sql.ast.AlterTableCmd;
import dev.olifant.sql.ast.AlterTableStmt;
import dev.olifant.sql.ast.ColumnDef;
import dev.olifant.sql.ast.CommentStmt;
import dev.olifant.sql.ast.Constraint;
import dev.olifant.sql.ast.CreateIndexStmt;
import dev.olifant.sql.ast.CreateSchemaStmt;
import dev.olifant.sql.ast.CreateTableAsStmt;
import dev.olifant.sql.ast.CreateTableStmt;
import dev.olifant.sql.ast.CreateViewStmt;
import dev.olifant.sql.ast.DefElem;
import dev.olifant.sql.ast.DropBehavior;
import dev.olifant.sql.ast.DropColumn;
import dev.olifant.sql.ast.DropConstraint;
import dev.olifant.sql.ast.DropStmt;
import dev.olifant.sql.ast.ForeignKeyAction;
import dev.olifant.sql.ast.IdentityKind;
import dev.olifant.sql.ast.LikeOption;
import dev.olifant.sql.ast.ObjectKind;
import dev.olifant.sql.ast.OwnerTo;
import dev.olifant.sql.ast.RenameStmt;
import dev.olifant.sql.ast.RoleSpec;
import dev.olifant.sql.ast.SequenceOption;
import dev.olifant.sql.ast.SetRelOptions;
import dev.olifant.sql.ast.Statement;
import dev.olifant.sql.ast.TableElement;
import dev.olifant.sql.ast.TableLike;
import java.util.List;

/** Printing of DDL: tables, constraints, indexes, schemas, sequences, views, comments. */
abstract class DdlPrinter extends QueryPrinter {

    abstract void statement(Statement s);

    final void createTable(CreateTableStmt c) {
        w("CREATE ").w(SqlPrinter.persistence(c.persistence())).w("TABLE ").w(c.ifNotExists() ? "IF NOT EXISTS " : "");
        name(c.name());
        if (c.partitionOf() != null) {
            w(" PARTITION OF ");
            name(c.partitionOf());
            w(" ");
            partitionBound(c.bound());
        } else {
            w(" (");
            for (int i = 0; i < c.elements().size(); i++) {
                w(i > 0 ? ", " : "");
                tableElement(c.elements().get(i));
            }
            w(")");
        }
        if (c.partitionBy() != null) {
            w(" PARTITION BY ").w(c.partitionBy().strategy().toUpperCase(java.util.Locale.ROOT)).w(" (");
            for (int i = 0; i < c.partitionBy().columns().size(); i++) {
                w(i > 0 ? ", " : "");
                ident(c.partitionBy().columns().get(i));
            }
            w(")");
        }
        if (!c.inherits().isEmpty()) {
            w(" INHERITS (");
            for (int i = 0; i < c.inherits().size(); i++) {
                w(i > 0 ? ", " : "");
                name(c.inherits().get(i));
            }
            w(")");
        }
        withOptions(c.options());
        switch (c.onCommit()) {
            case DROP -> w(" ON COMMIT DROP");
            case DELETE_ROWS -> w(" ON COMMIT DELETE ROWS");
            case PRESERVE_ROWS -> w(" ON COMMIT PRESERVE ROWS");
            case NOOP -> {
            }
        }
    }

    private void withOptions(List<DefElem> options) {
        if (!options.isEmpty()) {
            w(" WITH ");
            defList(options);
        }
    }

    final void defList(List<DefElem> options) {
        w("(");
        for (int i = 0; i < options.size(); i++) {
            w(i > 0 ? ", " : "");
            DefElem d = options.get(i);
            String[] parts = d.name().split("\\.");
            for (int k = 0; k < parts.length; k++) {
                w(k > 0 ? "." : "");
                label(parts[k]);
            }
            if (d.kind() != dev.olifant.sql.ast.DefElemKind.NONE) {
                w(" = ");
                defValue(d);
            }
        }
        w(")");
    }

    final void defValue(DefElem d) {
        switch (d.kind()) {
            case STRING -> string(d.value());
            case NUMBER -> w(d.value());
            case WORD -> label(d.value());
            case DEFAULT -> w("DEFAULT");
            case STAR -> w("*");
            case LIST -> {
                w("(");
                identList(d.list());
                w(")");
            }
            case NONE -> {
            }
        }
    }

    /** A word where any keyword is accepted (option names and values): quoted only for its characters. */
    final void label(String s) {
        boolean plain = !s.isEmpty() && !s.equals("default") && (Character.isLowerCase(s.charAt(0)) || s.charAt(0) == '_');
        for (int i = 0; plain && i < s.length(); i++) {
            char c = s.charAt(i);
            plain = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
        }
        if (plain) {
            w(s);
        } else {
            w('"' + s.replace("\"", "\"\"") + '"');
        }
    }

    final void typeList(List<dev.olifant.sql.ast.TypeName> types) {
        for (int i = 0; i < types.size(); i++) {
            w(i > 0 ? ", " : "");
            typeName(types.get(i));
        }
    }

    private void tableElement(TableElement e) {
        switch (e) {
            case ColumnDef c -> columnDef(c);
            case Constraint c -> constraint(c, true);
            case TableLike l -> {
                w("LIKE ");
                name(l.source());
                for (LikeOption o : l.options()) {
                    w(o.including() ? " INCLUDING " : " EXCLUDING ").w(upper(o.option()));
                }
            }
        }
    }

    final void columnDef(ColumnDef c) {
        ident(c.name());
        w(" ");
        typeName(c.type());
        if (c.collation() != null) {
            w(" COLLATE ");
            name(c.collation());
        }
        for (Constraint k : c.constraints()) {
            w(" ");
            constraint(k, false);
        }
    }

    final void constraint(Constraint c, boolean table) {
        if (c.name() != null) {
            w("CONSTRAINT ");
            ident(c.name());
            w(" ");
        }
        switch (c.type()) {
            case NOT_NULL -> w("NOT NULL");
            case NULL -> w("NULL");
            case DEFAULT -> {
                w("DEFAULT ");
                expr(c.expr());
            }
            case CHECK -> {
                w("CHECK (");
                expr(c.expr());
                w(")");
                w(c.noInherit() ? " NO INHERIT" : "");
            }
            case PRIMARY_KEY, UNIQUE -> {
                w(c.type() == dev.olifant.sql.ast.ConstraintType.UNIQUE ? "UNIQUE" : "PRIMARY KEY");
                w(c.nullsNotDistinct() ? " NULLS NOT DISTINCT" : "");
                if (table) {
                    w(" (");
                    identList(c.columns());
                    w(")");
                }
                if (!c.include().isEmpty()) {
                    w(" INCLUDE (");
                    identList(c.include());
                    w(")");
                }
                withOptions(c.indexOptions());
            }
            case FOREIGN_KEY -> {
                if (table) {
                    w("FOREIGN KEY (");
                    identList(c.columns());
                    w(") ");
                }
                w("REFERENCES ");
                name(c.refTable());
                if (!c.refColumns().isEmpty()) {
                    w(" (");
                    identList(c.refColumns());
                    w(")");
                }
                if (c.match() != dev.olifant.sql.ast.ForeignKeyMatch.SIMPLE) {
                    w(" MATCH ").w(c.match().name());
                }
                if (c.onDelete() != ForeignKeyAction.NO_ACTION) {
                    w(" ON DELETE ").w(c.onDelete().name().replace('_', ' '));
                    if (!c.deleteSetColumns().isEmpty()) {
                        w(" (");
                        identList(c.deleteSetColumns());
                        w(")");
                    }
                }
                if (c.onUpdate() != ForeignKeyAction.NO_ACTION) {
                    w(" ON UPDATE ").w(c.onUpdate().name().replace('_', ' '));
                }
            }
            case IDENTITY -> {
                w(c.identity() == IdentityKind.ALWAYS ? "GENERATED ALWAYS AS IDENTITY" : "GENERATED BY DEFAULT AS IDENTITY");
                if (!c.sequenceOptions().isEmpty()) {
                    w(" (");
                    sequenceOptions(c.sequenceOptions(), "");
                    w(")");
                }
            }
            case GENERATED -> {
                w("GENERATED ALWAYS AS (");
                expr(c.expr());
                w(") STORED");
            }
        }
        w(c.deferrable() ? " DEFERRABLE" : "");
        w(c.initiallyDeferred() ? " INITIALLY DEFERRED" : "");
        w(c.notValid() ? " NOT VALID" : "");
    }

    final void sequenceOptions(List<SequenceOption> options, String lead) {
        for (int i = 0; i < options.size(); i++) {
            w(i > 0 ? " " : lead);
            SequenceOption o = options.get(i);
            switch (o.kind()) {
                case AS -> {
                    w("AS ");
                    typeName(o.type());
                }
                case INCREMENT -> w("INCREMENT BY ").w(o.value());
                case MINVALUE -> w("MINVALUE ").w(o.value());
                case NO_MINVALUE -> w("NO MINVALUE");
                case MAXVALUE -> w("MAXVALUE ").w(o.value());
                case NO_MAXVALUE -> w("NO MAXVALUE");
                case START -> w("START WITH ").w(o.value());
                case RESTART -> w(o.value() == null ? "RESTART" : "RESTART WITH " + o.value());
                case CACHE -> w("CACHE ").w(o.value());
                case CYCLE -> w("CYCLE");
                case NO_CYCLE -> w("NO CYCLE");
                case OWNED_BY -> {
                    w("OWNED BY ");
                    if (o.name() == null) {
                        w("NONE");
                    } else {
                        name(o.name());
                    }
                }
                case SEQUENCE_NAME -> {
                    w("SEQUENCE NAME ");
                    name(o.name());
                }
            }
        }
    }

    final void createTableAs(CreateTableAsStmt c) {
        w("CREATE ").w(SqlPrinter.persistence(c.persistence())).w("TABLE ").w(c.ifNotExists() ? "IF NOT EXISTS " : "");
        name(c.name());
        if (!c.columnNames().isEmpty()) {
            w(" (");
            identList(c.columnNames());
            w(")");
        }
        withOptions(c.options());
        w(" AS ");
        query(c.query());
        w(c.withData() ? "" : " WITH NO DATA");
    }

    final void drop(DropStmt d) {
        w("DROP ").w(d.kind().name()).w(d.concurrently() ? " CONCURRENTLY" : "").w(d.ifExists() ? " IF EXISTS " : " ");
        for (int i = 0; i < d.names().size(); i++) {
            w(i > 0 ? ", " : "");
            name(d.names().get(i));
        }
        w(d.force() ? " WITH (FORCE)" : "");
        behavior(d.behavior());
    }

    final void behavior(DropBehavior b) {
        switch (b) {
            case CASCADE -> w(" CASCADE");
            case RESTRICT -> w(" RESTRICT");
            case DEFAULT -> {
            }
        }
    }

    final void alterTable(AlterTableStmt a) {
        w("ALTER ").w(a.kind().name()).w(a.ifExists() ? " IF EXISTS " : " ").w(a.only() ? "ONLY " : "");
        name(a.name());
        for (int i = 0; i < a.commands().size(); i++) {
            w(i > 0 ? ", " : " ");
            alterCmd(a.commands().get(i));
        }
    }

    private void alterCmd(AlterTableCmd cmd) {
        switch (cmd) {
            case AddColumn c -> {
                w("ADD COLUMN ").w(c.ifNotExists() ? "IF NOT EXISTS " : "");
                columnDef(c.column());
            }
            case DropColumn c -> {
                w("DROP COLUMN ").w(c.ifExists() ? "IF EXISTS " : "");
                ident(c.name());
                behavior(c.behavior());
            }
            case AddConstraint c -> {
                w("ADD ");
                constraint(c.constraint(), true);
            }
            case DropConstraint c -> {
                w("DROP CONSTRAINT ").w(c.ifExists() ? "IF EXISTS " : "");
                ident(c.name());
                behavior(c.behavior());
            }
            case AlterColumnDefault c -> {
                w("ALTER COLUMN ");
                ident(c.column());
                if (c.defaultValue() == null) {
                    w(" DROP DEFAULT");
                } else {
                    w(" SET DEFAULT ");
                    expr(c.defaultValue());
                }
            }
            case AlterColumnNotNull c -> {
                w("ALTER COLUMN ");
                ident(c.column());
                w(c.set() ? " SET NOT NULL" : " DROP NOT NULL");
            }
            case AlterColumnType c -> {
                w("ALTER COLUMN ");
                ident(c.column());
                w(" TYPE ");
                typeName(c.type());
                if (c.collation() != null) {
                    w(" COLLATE ");
                    name(c.collation());
                }
                if (c.using() != null) {
                    w(" USING ");
                    expr(c.using());
                }
            }
            case AlterColumnIdentity c -> {
                w("ALTER COLUMN ");
                ident(c.column());
                switch (c.action()) {
                    case ADD -> {
                        w(c.identity() == IdentityKind.ALWAYS ? " ADD GENERATED ALWAYS AS IDENTITY"
                                : " ADD GENERATED BY DEFAULT AS IDENTITY");
                        if (!c.options().isEmpty()) {
                            w(" (");
                            sequenceOptions(c.options(), "");
                            w(")");
                        }
                    }
                    case DROP -> w(" DROP IDENTITY").w(c.ifExists() ? " IF EXISTS" : "");
                    case SET -> {
                        if (c.identity() != null) {
                            w(c.identity() == IdentityKind.ALWAYS ? " SET GENERATED ALWAYS" : " SET GENERATED BY DEFAULT");
                        }
                        for (SequenceOption o : c.options()) {
                            w(o.kind() == dev.olifant.sql.ast.SequenceOptionKind.RESTART ? " " : " SET ");
                            sequenceOptions(List.of(o), "");
                        }
                    }
                }
            }
            case AlterColumnStatistics c -> {
                w("ALTER COLUMN ");
                ident(c.column());
                w(" SET STATISTICS ").w(String.valueOf(c.target()));
            }
            case OwnerTo o -> {
                w("OWNER TO ");
                roleSpec(o.owner());
            }
            case SetRelOptions o -> {
                w(o.reset() ? "RESET " : "SET ");
                defList(o.options());
            }
            case dev.olifant.sql.ast.EnableTrigger e -> {
                w(e.enabled() == 'D' ? "DISABLE TRIGGER " : e.enabled() == 'A' ? "ENABLE ALWAYS TRIGGER "
                        : e.enabled() == 'R' ? "ENABLE REPLICA TRIGGER " : "ENABLE TRIGGER ");
                if (e.name() != null) {
                    ident(e.name());
                } else {
                    w(e.all() ? "ALL" : "USER");
                }
            }
            case dev.olifant.sql.ast.ValidateConstraint v -> {
                w("VALIDATE CONSTRAINT ");
                ident(v.name());
            }
            case dev.olifant.sql.ast.AttachPartition a -> {
                w("ATTACH PARTITION ");
                name(a.partition());
                w(" ");
                partitionBound(a.bound());
            }
            case dev.olifant.sql.ast.InheritTable i -> {
                w(i.remove() ? "NO INHERIT " : "INHERIT ");
                name(i.parent());
            }
            case dev.olifant.sql.ast.DetachPartition d -> {
                w("DETACH PARTITION ");
                name(d.partition());
                switch (d.mode()) {
                    case CONCURRENTLY -> w(" CONCURRENTLY");
                    case FINALIZE -> w(" FINALIZE");
                    case PLAIN -> {
                    }
                }
            }
        }
    }

    private void partitionBound(dev.olifant.sql.ast.PartitionBoundSpec b) {
        switch (b.kind()) {
            case DEFAULT -> w("DEFAULT");
            case LIST -> {
                w("FOR VALUES IN (");
                exprs(b.in());
                w(")");
            }
            case RANGE -> {
                w("FOR VALUES FROM (");
                exprs(b.from());
                w(") TO (");
                exprs(b.to());
                w(")");
            }
            case HASH -> w("FOR VALUES WITH (MODULUS " + b.modulus() + ", REMAINDER " + b.remainder() + ")");
        }
    }

    final void rename(RenameStmt r) {
        w("ALTER ").w(r.relationKind().name()).w(r.ifExists() ? " IF EXISTS " : " ");
        name(r.name());
        w(" RENAME ");
        if (r.kind() == ObjectKind.COLUMN) {
            w("COLUMN ");
            ident(r.subName());
            w(" ");
        } else if (r.kind() == ObjectKind.CONSTRAINT) {
            w("CONSTRAINT ");
            ident(r.subName());
            w(" ");
        }
        w("TO ");
        ident(r.newName());
    }

    final void createIndex(CreateIndexStmt c) {
        w("CREATE ").w(c.unique() ? "UNIQUE " : "").w("INDEX ").w(c.concurrently() ? "CONCURRENTLY " : "");
        w(c.ifNotExists() ? "IF NOT EXISTS " : "");
        if (c.name() != null) {
            ident(c.name());
            w(" ");
        }
        w("ON ").w(c.only() ? "ONLY " : "");
        name(c.table());
        if (c.method() != null) {
            w(" USING ");
            ident(c.method());
        }
        w(" ");
        indexElems(c.elements());
        if (!c.include().isEmpty()) {
            w(" INCLUDE (");
            identList(c.include());
            w(")");
        }
        w(c.nullsNotDistinct() ? " NULLS NOT DISTINCT" : "");
        withOptions(c.options());
        if (c.where() != null) {
            w(" WHERE ");
            expr(c.where());
        }
    }

    final void createSchema(CreateSchemaStmt c) {
        w("CREATE SCHEMA ").w(c.ifNotExists() ? "IF NOT EXISTS " : "");
        if (c.name() != null) {
            ident(c.name());
        }
        if (c.authorization() != null) {
            w(c.name() != null ? " AUTHORIZATION " : "AUTHORIZATION ");
            roleSpec(c.authorization());
        }
        for (Statement s : c.elements()) {
            w(" ");
            statement(s);
        }
    }

    final void databaseOptions(List<DefElem> options) {
        for (DefElem d : options) {
            w(" ");
            label(d.name());
            w(" = ");
            defValue(d);
        }
    }

    final void createView(CreateViewStmt c) {
        w("CREATE ").w(c.orReplace() ? "OR REPLACE " : "").w(SqlPrinter.persistence(c.persistence()));
        w(c.recursive() ? "RECURSIVE VIEW " : "VIEW ");
        name(c.name());
        if (!c.columnNames().isEmpty()) {
            w(" (");
            identList(c.columnNames());
            w(")");
        }
        withOptions(c.options());
        w(" AS ");
        query(c.query());
        switch (c.checkOption()) {
            case LOCAL -> w(" WITH LOCAL CHECK OPTION");
            case CASCADED -> w(" WITH CASCADED CHECK OPTION");
            case NONE -> {
            }
        }
    }

    final void roleSpec(RoleSpec r) {
        switch (r.kind()) {
            case NAME -> ident(r.name());
            default -> w(r.kind().name());
        }
    }

    final void comment(CommentStmt c) {
        w("COMMENT ON ").w(c.kind().name()).w(" ");
        if (c.kind() == ObjectKind.CONSTRAINT) {
            ident(c.constraintName());
            w(" ON ");
        }
        name(c.name());
        if (c.kind() == ObjectKind.FUNCTION && !c.functionArgs().isEmpty()) {
            w("(");
            typeList(c.functionArgs());
            w(")");
        }
        w(" IS ");
        if (c.comment() == null) {
            w("NULL");
        } else {
            string(c.comment());
        }
    }

}
