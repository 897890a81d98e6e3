/**
 * The {@code Switchover} custom resource: a planned change of primary kept as a record. Its spec
 * is immutable, so re-applying the same manifest (GitOps) never triggers a second switchover.
 */
package dev.olifant.crd.switchover;
