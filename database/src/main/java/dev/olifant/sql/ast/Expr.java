package dev.olifant.sql.ast;

/**
 * A value expression (PostgreSQL's a_expr / b_expr / c_expr).
 */
public sealed interface Expr extends Node
        permits ColumnRef,
                ParamRef,
                NumericLiteral,
                StringLiteral,
                BoolLiteral,
                NullLiteral,
                DefaultExpr,
                BinaryOp,
                UnaryOp,
                And,
                Or,
                Not,
                NullTest,
                BoolTest,
                DistinctFrom,
                Between,
                InList,
                InSubquery,
                Like,
                AnyAll,
                AnyAllSubquery,
                Exists,
                ScalarSubquery,
                ArraySubquery,
                ArrayConstructor,
                Subscript,
                FieldSelect,
                RowExpr,
                CaseExpr,
                Coalesce,
                NullIf,
                MinMax,
                Cast,
                Collate,
                FuncCall,
                NamedArg,
                SqlValueFunction,
                GroupingFunc,
                GroupingSet,
                CurrentOf {
    /** 0-based offset of the expression's characteristic token (for operators, the operator itself, as PostgreSQL does), -1 when unknown */
    int location();
}
