/**
 * The operator as users run it: the packaged Quarkus application
 * ({@code operator/target/quarkus-app/quarkus-run.jar}) started as a process against a real API
 * server, configured only through the environment variables the chart sets.
 */
package dev.olifant.e2e.process;
