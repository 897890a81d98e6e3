package dev.olifant.sql.ast;

/**
 * One INCLUDING / EXCLUDING option of LIKE.
 * @param option lower-cased option word: comments, compression, constraints, defaults, generated,
 *     identity, indexes, statistics, storage, all
 */
public record LikeOption(boolean including, String option) {
}
