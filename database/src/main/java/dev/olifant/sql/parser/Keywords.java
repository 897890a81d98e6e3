package dev.olifant.sql.parser;

import java.util.HashMap;
import java.util.Map;

/**
 * PostgreSQL 15's keyword list (kwlist.h) with each keyword's category and whether it may be
 * used as a bare column label ({@code SELECT 1 x} without AS).
 *
 * <p>The categories decide where a keyword may stand in for an identifier: unreserved keywords
 * anywhere, column-name keywords as column / table names but not as function or type names,
 * type-or-function-name keywords as function / type names but not as column names, reserved
 * keywords only as labels after AS or after a dot.
 */
public final class Keywords {

    /** Keyword categories of PostgreSQL's grammar. */
    public enum Category {
        UNRESERVED, COL_NAME, TYPE_FUNC_NAME, RESERVED
    }

    /** One keyword: its lower-case spelling (the canonical instance), category and bare-label flag. */
    public record Keyword(String word, Category category, boolean bareLabel) {
    }

    private static final String UNRESERVED = ""
            + "abort absolute access action add admin after aggregate also alter always asensitive "
            + "assertion assignment at atomic attach attribute backward before begin breadth by cache "
            + "call called cascade cascaded catalog chain characteristics checkpoint class close "
            + "cluster columns comment comments commit committed compression configuration conflict "
            + "connection constraints content continue conversion copy cost csv cube current cursor "
            + "cycle data database day deallocate declare defaults deferred definer delete delimiter "
            + "delimiters depends depth detach dictionary disable discard document domain double drop "
            + "each enable encoding encrypted enum escape event exclude excluding exclusive execute "
            + "explain expression extension external family filter finalize first following force "
            + "forward function functions generated global granted groups handler header hold hour "
            + "identity if immediate immutable implicit import include including increment index "
            + "indexes inherit inherits inline input insensitive insert instead invoker isolation key "
            + "label language large last leakproof level listen load local location lock locked logged "
            + "mapping match matched materialized maxvalue merge method minute minvalue mode month move "
            + "name names new next nfc nfd nfkc nfkd no normalized nothing notify nowait nulls object "
            + "of off oids old operator option options ordinality others over overriding owned owner "
            + "parallel parameter parser partial partition passing password plans policy preceding "
            + "prepare prepared preserve prior privileges procedural procedure procedures program "
            + "publication quote range read reassign recheck recursive ref referencing refresh reindex "
            + "relative release rename repeatable replace replica reset restart restrict return returns "
            + "revoke role rollback rollup routine routines rows rule savepoint schema schemas scroll "
            + "search second security sequence sequences serializable server session set sets share "
            + "show simple skip snapshot sql stable standalone start statement statistics stdin stdout "
            + "storage stored strict strip subscription support sysid system tables tablespace temp "
            + "template temporary text ties transaction transform trigger truncate trusted type types "
            + "uescape unbounded uncommitted unencrypted unknown unlisten unlogged until update vacuum "
            + "valid validate validator value varying version view views volatile whitespace within "
            + "without work wrapper write xml year yes zone "
            ;
    private static final String COL_NAME = ""
            + "between bigint bit boolean char character coalesce dec decimal exists extract float "
            + "greatest grouping inout int integer interval least national nchar none normalize nullif "
            + "numeric out overlay position precision real row setof smallint substring time timestamp "
            + "treat trim values varchar xmlattributes xmlconcat xmlelement xmlexists xmlforest "
            + "xmlnamespaces xmlparse xmlpi xmlroot xmlserialize xmltable "
            ;
    private static final String TYPE_FUNC_NAME = ""
            + "authorization binary collation concurrently cross current_schema freeze full ilike inner "
            + "is isnull join left like natural notnull outer overlaps right similar tablesample "
            + "verbose "
            ;
    private static final String RESERVED = ""
            + "all analyse analyze and any array as asc asymmetric both case cast check collate column "
            + "constraint create current_catalog current_date current_role current_time "
            + "current_timestamp current_user default deferrable desc distinct do else end except false "
            + "fetch for foreign from grant group having in initially intersect into lateral leading "
            + "limit localtime localtimestamp not null offset on only or order placing primary "
            + "references returning select session_user some symmetric table then to trailing true "
            + "union unique user using variadic when where window with "
            ;
    /** Keywords that can be a column label only after AS. */
    private static final String AS_LABEL_ONLY = ""
            + "array as char character create day except fetch filter for from grant group having hour "
            + "intersect into isnull limit minute month notnull offset on order over overlaps precision "
            + "returning second to union varying where window with within without year "
            ;

    private static final Map<String, Keyword> KEYWORDS = new HashMap<>(1024);
    /** Open-addressing table for allocation-free lookups straight from the scanner's char array. */
    private static final Keyword[] TABLE = new Keyword[2048];
    private static final int MAX_LENGTH;

    static {
        load(UNRESERVED, Category.UNRESERVED);
        load(COL_NAME, Category.COL_NAME);
        load(TYPE_FUNC_NAME, Category.TYPE_FUNC_NAME);
        load(RESERVED, Category.RESERVED);
        for (String w : AS_LABEL_ONLY.trim().split(" +")) {
            Keyword k = KEYWORDS.get(w);
            KEYWORDS.put(w, new Keyword(k.word(), k.category(), false));
        }
        int max = 0;
        for (Keyword k : KEYWORDS.values()) {
            max = Math.max(max, k.word().length());
            int h = 0;
            for (int i = 0; i < k.word().length(); i++) {
                h = 31 * h + k.word().charAt(i);
            }
            int idx = slot(h);
            while (TABLE[idx] != null) {
                idx = (idx + 1) & (TABLE.length - 1);
            }
            TABLE[idx] = k;
        }
        MAX_LENGTH = max;
    }

    private static int slot(int h) {
        return (h ^ (h >>> 11)) & (TABLE.length - 1);
    }

    /** The keyword spelled by {@code s[start..end)} in any case (ASCII folding), or null. */
    static Keyword lookup(char[] s, int start, int end) {
        int len = end - start;
        if (len > MAX_LENGTH) {
            return null;
        }
        int h = 0;
        for (int i = start; i < end; i++) {
            char c = s[i];
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            } else if (c >= 0x80) {
                return null;
            }
            h = 31 * h + c;
        }
        for (int idx = slot(h); TABLE[idx] != null; idx = (idx + 1) & (TABLE.length - 1)) {
            String w = TABLE[idx].word();
            if (w.length() == len && matches(w, s, start)) {
                return TABLE[idx];
            }
        }
        return null;
    }

    private static boolean matches(String w, char[] s, int start) {
        for (int i = 0; i < w.length(); i++) {
            char c = s[start + i];
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (c != w.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private Keywords() {
    }

    private static void load(String words, Category category) {
        for (String w : words.trim().split(" +")) {
            String word = w.intern();
            KEYWORDS.put(word, new Keyword(word, category, true));
        }
    }

    /** The keyword spelled {@code lowerCaseWord}, or null when it is not a keyword. */
    public static Keyword lookup(String lowerCaseWord) {
        return KEYWORDS.get(lowerCaseWord);
    }

    /** Whether an identifier must be double-quoted to be read back as the same identifier. */
    public static boolean needsQuotes(String ident) {
        if (ident.isEmpty()) {
            return true;
        }
        char c0 = ident.charAt(0);
        if (!(c0 >= 'a' && c0 <= 'z') && c0 != '_') {
            return true;
        }
        for (int i = 1; i < ident.length(); i++) {
            char c = ident.charAt(i);
            if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9') && c != '_') {
                return true;
            }
        }
        Keyword k = KEYWORDS.get(ident);
        return k != null && k.category() != Category.UNRESERVED;
    }
}
