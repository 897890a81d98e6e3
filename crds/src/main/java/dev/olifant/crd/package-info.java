/**
 * Olifant's custom resources, group {@code olifant.dev}, version {@code v1alpha1}.
 *
 * <p>The Java classes are the source of truth: the CRD YAML under {@code crds/generated/} is
 * generated from them by Fabric8's crd-generator and a test fails when the committed YAML drifts.
 * {@link dev.olifant.crd.OlifantResources} lists every kind.
 */
package dev.olifant.crd;
