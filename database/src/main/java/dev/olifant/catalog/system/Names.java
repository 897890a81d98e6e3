package dev.olifant.catalog.system;

import dev.olifant.catalog.Namespace;
import dev.olifant.catalog.Role;

/** Names of catalog objects by OID, as the system views print them. */
final class Names {
    private Names() {
    }

    static String role(SystemContext ctx, long oid) {
        Role r = ctx.cluster().role(oid);
        return r == null ? null : r.name();
    }

    static String namespace(SystemContext ctx, long oid) {
        Namespace ns = ctx.catalog().namespace(oid);
        return ns == null ? null : ns.name();
    }
}
