package dev.olifant.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * An object's access control list (pg_class.relacl): one item per grantee and grantor, each a
 * set of privilege bits and the subset granted WITH GRANT OPTION. An object without an Acl has
 * PostgreSQL's default: its owner holds every privilege, nobody else any; the first GRANT or
 * REVOKE makes that default explicit, as PostgreSQL's acldefault does.
 */
public record Acl(List<Item> items) {
    /** The grantee PUBLIC (every role), as in PostgreSQL's ACL_ID_PUBLIC. */
    public static final long PUBLIC = 0;

    /** Table privileges in PostgreSQL's aclitem letter order. */
    public enum Privilege {
        INSERT('a'), SELECT('r'), UPDATE('w'), DELETE('d'), TRUNCATE('D'), REFERENCES('x'), TRIGGER('t');

        private final char letter;

        Privilege(char letter) {
            this.letter = letter;
        }

        public int bit() {
            return 1 << ordinal();
        }

        public char letter() {
            return letter;
        }
    }

    /** Every table privilege. */
    public static final int ALL_TABLE = (1 << Privilege.values().length) - 1;

    /** One aclitem: {@code grantee=privileges/grantor}. */
    public record Item(long grantee, long grantor, int privileges, int grantOptions) {
    }

    public Acl {
        items = List.copyOf(items);
    }

    /** The default a table's owner starts with. */
    public static Acl ownerDefault(long ownerOid) {
        return new Acl(List.of(new Item(ownerOid, ownerOid, ALL_TABLE, 0)));
    }

    /** This list with {@code privileges} added to (grant) or removed from (revoke) one grantee's item. */
    public Acl change(long grantee, long grantor, int privileges, boolean grant, boolean grantOption) {
        List<Item> out = new ArrayList<>();
        boolean found = false;
        for (Item i : items) {
            if (i.grantee() == grantee && i.grantor() == grantor) {
                found = true;
                int p = i.privileges();
                int g = i.grantOptions();
                if (grant) {
                    p |= privileges;
                    g |= grantOption ? privileges : 0;
                } else {
                    g &= ~privileges;
                    p = grantOption ? p : p & ~privileges;
                }
                if (p != 0) {
                    out.add(new Item(grantee, grantor, p, g));
                }
            } else {
                out.add(i);
            }
        }
        if (!found && grant) {
            out.add(new Item(grantee, grantor, privileges, grantOption ? privileges : 0));
        }
        return new Acl(out);
    }

    /** The privileges granted to any of {@code roles} (PUBLIC always included). */
    public int privilegesOf(List<Long> roles) {
        int p = 0;
        for (Item i : items) {
            if (i.grantee() == PUBLIC || roles.contains(i.grantee())) {
                p |= i.privileges();
            }
        }
        return p;
    }

    /** The privileges {@code roles} may grant on (WITH GRANT OPTION). */
    public int grantOptionsOf(List<Long> roles) {
        int p = 0;
        for (Item i : items) {
            if (i.grantee() == PUBLIC || roles.contains(i.grantee())) {
                p |= i.grantOptions();
            }
        }
        return p;
    }

    /** The privilege letters of a bit set, with {@code *} after each one held WITH GRANT OPTION. */
    public static String letters(int privileges, int grantOptions) {
        StringBuilder b = new StringBuilder();
        for (Privilege p : Privilege.values()) {
            if ((privileges & p.bit()) != 0) {
                b.append(p.letter());
                if ((grantOptions & p.bit()) != 0) {
                    b.append('*');
                }
            }
        }
        return b.toString();
    }

    /** The list after an owner change: the old owner's items, as grantee and as grantor, become the new owner's (aclnewowner). */
    public Acl withNewOwner(long oldOwner, long newOwner) {
        Acl out = new Acl(List.of());
        for (Item i : items) {
            long grantee = i.grantee() == oldOwner ? newOwner : i.grantee();
            long grantor = i.grantor() == oldOwner ? newOwner : i.grantor();
            out = out.change(grantee, grantor, i.privileges(), true, false);
            if (i.grantOptions() != 0) {
                out = out.change(grantee, grantor, i.grantOptions(), true, true);
            }
        }
        return out;
    }
}
