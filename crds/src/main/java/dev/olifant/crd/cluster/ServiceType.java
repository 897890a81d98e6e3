package dev.olifant.crd.cluster;

/** Kubernetes Service types the cluster's services may use. */
public enum ServiceType {
  ClusterIP,
  NodePort,
  LoadBalancer
}
