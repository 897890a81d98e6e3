package dev.olifant.catalog;

/** pg_attribute.attidentity. */
public enum Identity {
    NONE(""), ALWAYS("a"), BY_DEFAULT("d");

    private final String code;

    Identity(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
