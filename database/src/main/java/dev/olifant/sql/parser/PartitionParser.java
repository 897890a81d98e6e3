package dev.olifant.sql.parser;

import dev.olifant.sql.ast.DetachPartition;
import dev.olifant.sql.ast.Expr;
import dev.olifant.sql.ast.PartitionBoundSpec;
import dev.olifant.sql.ast.PartitionSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Declarative partitioning's syntax: {@code PARTITION BY strategy (key)}, partition bounds
 * ({@code FOR VALUES IN | FROM … TO | WITH (…)}, {@code DEFAULT}) and the DETACH modes.
 */
abstract class PartitionParser extends TableDefParser {

    PartitionParser(Tokens tokens) {
        super(tokens);
    }

    /** {@code PARTITION BY strategy (col, ...)}, the current token being PARTITION. */
    final PartitionSpec partitionSpec() {
        int loc = loc();
        expectKw("partition");
        expectKw("by");
        int sloc = loc();
        String strategy = colId().toLowerCase(Locale.ROOT);
        if (!strategy.equals("list") && !strategy.equals("range") && !strategy.equals("hash")) {
            throw error(dev.olifant.error.SqlState.INVALID_PARAMETER_VALUE, "unrecognized partitioning strategy \""
                    + strategy + "\"", sloc);
        }
        expect(TokenKind.LPAREN);
        List<String> columns = new ArrayList<>();
        List<Integer> locations = new ArrayList<>();
        do {
            int cloc = loc();
            locations.add(cloc);
            if (!isColId() || kind(1) != TokenKind.COMMA && kind(1) != TokenKind.RPAREN) {
                throw notSupported("partition keys other than plain columns are not supported", cloc);
            }
            columns.add(colId());
        } while (accept(TokenKind.COMMA));
        expect(TokenKind.RPAREN);
        return new PartitionSpec(strategy, columns, locations, loc);
    }

    /** {@code DEFAULT} or {@code FOR VALUES …}. */
    final PartitionBoundSpec partitionBound() {
        int loc = loc();
        if (acceptKw("default")) {
            return new PartitionBoundSpec(PartitionBoundSpec.Kind.DEFAULT, List.of(), List.of(), List.of(), 0, 0, loc);
        }
        expectKw("for");
        expectKw("values");
        loc = loc();
        if (acceptKw("in")) {
            expect(TokenKind.LPAREN);
            List<Expr> values = exprList();
            expect(TokenKind.RPAREN);
            return new PartitionBoundSpec(PartitionBoundSpec.Kind.LIST, values, List.of(), List.of(), 0, 0, loc);
        }
        if (acceptKw("from")) {
            expect(TokenKind.LPAREN);
            List<Expr> from = exprList();
            expect(TokenKind.RPAREN);
            expectKw("to");
            expect(TokenKind.LPAREN);
            List<Expr> to = exprList();
            expect(TokenKind.RPAREN);
            return new PartitionBoundSpec(PartitionBoundSpec.Kind.RANGE, List.of(), from, to, 0, 0, loc);
        }
        expectKw("with");
        expect(TokenKind.LPAREN);
        int modulus = -1;
        int remainder = -1;
        do {
            String word = colId().toLowerCase(Locale.ROOT);
            int value = iconst();
            if (word.equals("modulus")) {
                modulus = value;
            } else if (word.equals("remainder")) {
                remainder = value;
            } else {
                throw error(dev.olifant.error.SqlState.SYNTAX_ERROR, "unrecognized hash partition bound specification \""
                        + word + "\"", loc);
            }
        } while (accept(TokenKind.COMMA));
        expect(TokenKind.RPAREN);
        if (modulus < 0) {
            throw error(dev.olifant.error.SqlState.SYNTAX_ERROR, "modulus for hash partition must be specified", loc);
        }
        if (remainder < 0) {
            throw error(dev.olifant.error.SqlState.SYNTAX_ERROR, "remainder for hash partition must be specified", loc);
        }
        return new PartitionBoundSpec(PartitionBoundSpec.Kind.HASH, List.of(), List.of(), List.of(), modulus, remainder,
                loc);
    }

    /** The optional CONCURRENTLY / FINALIZE after DETACH PARTITION name. */
    final DetachPartition.Mode detachMode() {
        if (acceptKw("concurrently")) {
            return DetachPartition.Mode.CONCURRENTLY;
        }
        if (acceptKw("finalize")) {
            return DetachPartition.Mode.FINALIZE;
        }
        return DetachPartition.Mode.PLAIN;
    }
}
