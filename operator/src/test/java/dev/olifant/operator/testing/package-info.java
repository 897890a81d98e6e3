/**
 * Test support shared with the e2e module (through this module's test-jar): a real
 * kube-apiserver + etcd started through fabric8's kube-api-test in offline mode.
 */
package dev.olifant.operator.testing;
