package dev.olifant.catalog;

/** A pg_auth_members row: {@code memberOid} is a member of {@code roleOid}. */
public record Membership(long roleOid, long memberOid, long grantorOid, boolean adminOption) {
}
