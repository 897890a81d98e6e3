/**
 * Plan operators: each {@link dev.olifant.exec.plan.PlanNode} opens a
 * {@link dev.olifant.exec.plan.RowSource} that yields rows one at a time, so a LIMIT stops the
 * work below it and a cursor (portal) can be resumed between Execute messages.
 */
package dev.olifant.exec.plan;
