package dev.olifant.sql.parser;

import java.util.List;

/** Printing of functions, procedures and triggers: CREATE / DROP FUNCTION, PROCEDURE and TRIGGER. */
abstract class RoutinePrinter extends AccessPrinter {

    final void createFunction(dev.olifant.sql.ast.CreateFunctionStmt c) {
        w("CREATE ").w(c.orReplace() ? "OR REPLACE " : "").w(c.procedure() ? "PROCEDURE " : "FUNCTION ");
        name(c.name());
        parameters(c.parameters());
        if (c.returnType() != null) {
            w(" RETURNS ").w(c.returnType().setof() ? "SETOF " : "");
            typeName(c.returnType());
        } else if (!c.tableColumns().isEmpty()) {
            w(" RETURNS TABLE ");
            parameters(c.tableColumns());
        }
        if (c.language() != null) {
            w(" LANGUAGE ").w(c.language());
        }
        if (c.volatility() != 0) {
            w(c.volatility() == 'i' ? " IMMUTABLE" : c.volatility() == 's' ? " STABLE" : " VOLATILE");
        }
        if (c.strict() != null) {
            w(c.strict() ? " STRICT" : " CALLED ON NULL INPUT");
        }
        if (c.parallel() != 0) {
            w(c.parallel() == 's' ? " PARALLEL SAFE" : c.parallel() == 'r' ? " PARALLEL RESTRICTED" : " PARALLEL UNSAFE");
        }
        if (c.body() != null) {
            w(" AS ");
            string(c.body());
        }
    }

    private void parameters(List<dev.olifant.sql.ast.FunctionParameter> params) {
        w("(");
        for (int i = 0; i < params.size(); i++) {
            var fp = params.get(i);
            w(i > 0 ? ", " : "");
            if (fp.mode() != dev.olifant.sql.ast.FunctionParameter.ParameterMode.IN) {
                w(fp.mode().name()).w(" ");
            }
            if (fp.name() != null) {
                ident(fp.name());
                w(" ");
            }
            typeName(fp.type());
            if (fp.defaultValue() != null) {
                w(" DEFAULT ");
                expr(fp.defaultValue());
            }
        }
        w(")");
    }

    final void dropRoutine(dev.olifant.sql.ast.DropRoutineStmt d) {
        w(d.procedure() ? "DROP PROCEDURE " : "DROP FUNCTION ").w(d.ifExists() ? "IF EXISTS " : "");
        for (int i = 0; i < d.routines().size(); i++) {
            w(i > 0 ? ", " : "");
            name(d.routines().get(i).name());
            if (d.routines().get(i).parameters() != null) {
                parameters(d.routines().get(i).parameters());
            }
        }
        behavior(d.behavior());
    }

    final void createTrigger(dev.olifant.sql.ast.CreateTriggerStmt c) {
        w("CREATE ").w(c.orReplace() ? "OR REPLACE " : "").w(c.constraint() ? "CONSTRAINT " : "").w("TRIGGER ");
        ident(c.name());
        w(c.timing().equals("INSTEAD") ? " INSTEAD OF " : " " + c.timing() + " ");
        for (int i = 0; i < c.events().size(); i++) {
            w(i > 0 ? " OR " : "").w(c.events().get(i));
            if (c.events().get(i).equals("UPDATE") && !c.updateColumns().isEmpty()) {
                w(" OF ");
                identList(c.updateColumns());
            }
        }
        w(" ON ");
        name(c.table());
        if (c.deferrable()) {
            w(" DEFERRABLE");
        }
        if (c.initiallyDeferred()) {
            w(" INITIALLY DEFERRED");
        }
        w(c.forEachRow() ? " FOR EACH ROW" : " FOR EACH STATEMENT");
        if (c.when() != null) {
            w(" WHEN (");
            expr(c.when());
            w(")");
        }
        w(" EXECUTE FUNCTION ");
        name(c.function());
        w("(");
        for (int i = 0; i < c.arguments().size(); i++) {
            w(i > 0 ? ", " : "");
            string(c.arguments().get(i));
        }
        w(")");
    }
}
