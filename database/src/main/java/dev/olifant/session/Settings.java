package dev.olifant.session;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One session's configuration parameter values.
 *
 * <p>As in PostgreSQL, SET is transactional: the values a transaction started with are saved at
 * its first change and restored if it rolls back; SET LOCAL values revert when it ends either way.
 * Values are stored in canonical form (booleans as on/off, integers in their base unit, enums in
 * lower case) and SHOW renders them as PostgreSQL does.
 */
public final class Settings {
    private final Map<String, String> values = new HashMap<>();
    /** What RESET restores: the defaults as the connection's startup parameters left them. */
    private final Map<String, String> resetValues = new HashMap<>();
    /** Values at the start of the current transaction, for the settings it changed; null outside one. */
    private Map<String, String> savedAtTransactionStart;
    /** Values before SET LOCAL, restored at transaction end. */
    private Map<String, String> savedBeforeLocal;
    /** Every change the current transaction made, oldest first, for ROLLBACK TO SAVEPOINT. */
    private List<Undo> undo;

    /** What one change replaced: the value, and whether (and with what) SET LOCAL had saved it. */
    private record Undo(String key, String value, boolean hadLocal, String localValue) {
    }

    public Settings(Map<String, String> overrides) {
        for (SettingDef d : SettingDefs.all()) {
            putValue(key(d.name()), d.defaultValue());
        }
        overrides.forEach((k, v) -> putValue(key(k), v));
    }

    /** Counts changes of any value, so that derived state (format settings) is rebuilt only after one. */
    private long version;

    private void putValue(String k, String v) {
        values.put(k, v);
        version++;
    }

    private void removeValue(String k) {
        values.remove(k);
        version++;
    }

    /** Changes with every change of any setting's value. */
    long version() {
        return version;
    }

    /** Lower-cased names already seen (the engine asks for the same few names per statement). */
    private static final java.util.concurrent.ConcurrentHashMap<String, String> KEYS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static String key(String name) {
        String k = KEYS.get(name);
        if (k == null) {
            k = name.toLowerCase(Locale.ROOT);
            if (KEYS.size() < 4096) {
                KEYS.put(name, k);
            }
        }
        return k;
    }

    /** The canonical value of a setting; custom (dotted) settings never set read as null. */
    public String get(String name) {
        return values.get(key(name));
    }

    public boolean getBool(String name) {
        return "on".equals(get(name));
    }

    public long getLong(String name) {
        return Long.parseLong(get(name));
    }

    /**
     * SET {@code name} TO {@code value} ({@code null} = DEFAULT).
     *
     * @return the definition, so the caller can report the change when the setting is reported
     */
    public SettingDef set(String name, String value, boolean local, boolean inTransaction, boolean superuser) {
        SettingDef def = SettingDefs.find(name);
        if (def == null) {
            if (name.indexOf('.') > 0) {
                remember(key(name), local, inTransaction);
                putValue(key(name), value == null ? "" : value);
                return null;
            }
            throw new PgException(SqlState.UNDEFINED_OBJECT, "unrecognized configuration parameter \"" + name + "\"");
        }
        if (!def.settableBySession() || def.context() == SettingDef.Context.SUPERUSER && !superuser) {
            throw cannotChange(def);
        }
        String canonical = value == null ? resetValues.getOrDefault(key(def.name()), def.defaultValue())
                : SettingValues.canonical(def, value);
        remember(key(def.name()), local, inTransaction);
        putValue(key(def.name()), canonical);
        return def;
    }

    /**
     * Sets a value that follows another setting (is_superuser follows SET ROLE), bypassing the
     * context check but undone with the transaction like the change it follows.
     */
    public void setDerived(String name, String canonicalValue, boolean local, boolean inTransaction) {
        remember(key(name), local, inTransaction);
        putValue(key(name), canonicalValue);
    }

    /** The value RESET returns to: the session's default after its startup parameters. */
    public String sessionDefault(String name) {
        return resetValues.get(key(name));
    }

    /** Records the current values as those RESET returns to (called once startup parameters are applied). */
    public void markSessionDefaults() {
        resetValues.putAll(values);
    }

    /** Sets a value bypassing the context check (startup parameters, internal updates). */
    public void setInternal(String name, String canonicalValue) {
        putValue(key(name), canonicalValue);
    }

    private static PgException cannotChange(SettingDef def) {
        if (def.context() == SettingDef.Context.POSTMASTER) {
            return new PgException(SqlState.CANT_CHANGE_RUNTIME_PARAM,
                    "parameter \"" + def.name() + "\" cannot be changed without restarting the server");
        }
        if (def.context() == SettingDef.Context.SUPERUSER) {
            return new PgException(SqlState.INSUFFICIENT_PRIVILEGE,
                    "permission denied to set parameter \"" + def.name() + "\"");
        }
        return new PgException(SqlState.CANT_CHANGE_RUNTIME_PARAM, "parameter \"" + def.name() + "\" cannot be changed");
    }

    private void remember(String k, boolean local, boolean inTransaction) {
        if (!inTransaction) {
            return;
        }
        if (undo == null) {
            undo = new ArrayList<>();
        }
        boolean hadLocal = savedBeforeLocal != null && savedBeforeLocal.containsKey(k);
        undo.add(new Undo(k, values.get(k), hadLocal, hadLocal ? savedBeforeLocal.get(k) : null));
        if (savedAtTransactionStart == null) {
            savedAtTransactionStart = new HashMap<>();
        }
        savedAtTransactionStart.putIfAbsent(k, values.get(k));
        if (local) {
            if (savedBeforeLocal == null) {
                savedBeforeLocal = new HashMap<>();
            }
            savedBeforeLocal.putIfAbsent(k, values.get(k));
        } else if (savedBeforeLocal != null) {
            savedBeforeLocal.remove(k);
        }
    }

    /** A mark for a savepoint: how many changes the transaction has made so far. */
    public int savepoint() {
        return undo == null ? 0 : undo.size();
    }

    /**
     * Undoes the changes made since {@code mark} (ROLLBACK TO SAVEPOINT), SET LOCAL ones included.
     *
     * @return the settings whose value changed back, so reported ones can be re-sent
     */
    public Map<String, String> rollbackTo(int mark) {
        Map<String, String> changed = new LinkedHashMap<>();
        while (undo != null && undo.size() > mark) {
            Undo u = undo.remove(undo.size() - 1);
            if (u.value() == null) {
                values.remove(u.key());
            } else {
                values.put(u.key(), u.value());
            }
            if (savedBeforeLocal != null) {
                if (u.hadLocal()) {
                    savedBeforeLocal.put(u.key(), u.localValue());
                } else {
                    savedBeforeLocal.remove(u.key());
                }
            } else if (u.hadLocal()) {
                savedBeforeLocal = new HashMap<>();
                savedBeforeLocal.put(u.key(), u.localValue());
            }
            changed.put(u.key(), u.value());
        }
        return changed;
    }

    /**
     * Ends the transaction's view of settings.
     *
     * @return the settings whose value changed back, so reported ones can be re-sent
     */
    public Map<String, String> endTransaction(boolean committed) {
        Map<String, String> restore = new LinkedHashMap<>();
        if (!committed && savedAtTransactionStart != null) {
            restore.putAll(savedAtTransactionStart);
        } else if (savedBeforeLocal != null) {
            restore.putAll(savedBeforeLocal);
        }
        Map<String, String> changed = new LinkedHashMap<>();
        restore.forEach((k, old) -> {
            String now = values.get(k);
            if (old == null) {
                removeValue(k);
            } else {
                putValue(k, old);
            }
            if (now == null ? old != null : !now.equals(old)) {
                changed.put(k, old);
            }
        });
        savedAtTransactionStart = null;
        savedBeforeLocal = null;
        undo = null;
        return changed;
    }

    /** SHOW's rendering of a setting. */
    public String show(String name) {
        SettingDef def = SettingDefs.find(name);
        if (def == null) {
            String v = values.get(key(name));
            if (v == null) {
                throw new PgException(SqlState.UNDEFINED_OBJECT, "unrecognized configuration parameter \"" + name + "\"");
            }
            return v;
        }
        return SettingValues.display(def, values.get(key(def.name())));
    }
}
