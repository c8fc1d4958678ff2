/**
 * Typed SQL expressions: columns, values, operators and functions ({@link dev.sleet.expr.Functions}), conditions,
 * orderings, CASE and subqueries; what a query's clauses take.
 */
@NullMarked
package dev.sleet.expr;

import org.jspecify.annotations.NullMarked;
