package dev.olifant.storage;

/**
 * What one vacuum of one table found and did.
 *
 * @param scanned        versions looked at
 * @param removed        versions removed (slot freed, index entries deleted) by this vacuum
 * @param live           versions left that some transaction can see
 * @param recentlyDead   dead versions left because a snapshot may still see them
 */
public record VacuumResult(long scanned, long removed, long live, long recentlyDead) {
}
