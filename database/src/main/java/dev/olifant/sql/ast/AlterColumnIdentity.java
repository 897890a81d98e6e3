package dev.olifant.sql.ast;

import java.util.List;

/**
 * {@code ALTER [COLUMN] c ADD GENERATED … AS IDENTITY [(options)]}, {@code DROP IDENTITY [IF
 * EXISTS]} and {@code SET GENERATED … / SET sequence_option / RESTART}.
 * @param identity ALWAYS / BY DEFAULT for ADD and SET GENERATED, null otherwise
 * @param options sequence options for ADD and SET
 * @param ifExists DROP IDENTITY IF EXISTS
 */
public record AlterColumnIdentity(
        String column,
        IdentityAction action,
        IdentityKind identity,
        List<SequenceOption> options,
        boolean ifExists,
        int location) implements AlterTableCmd {
    public AlterColumnIdentity {
        options = List.copyOf(options);
    }
}
