/**
 * End-to-end tests on K3s through Testcontainers: a real scheduler, kubelet, storage provisioner
 * and garbage collector. They run where Docker runs and are skipped, with a message saying so,
 * where it does not.
 */
package dev.olifant.e2e.k3s;
