package dev.olifant.operator.cluster;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.olifant.crd.cluster.Cluster;
import dev.olifant.crd.cluster.ClusterSpec;
import dev.olifant.crd.cluster.ReplicationSpec;
import dev.olifant.crd.cluster.StorageSpec;
import dev.olifant.crd.common.ClusterReference;
import dev.olifant.crd.common.ReclaimPolicy;
import dev.olifant.crd.sql.Database;
import dev.olifant.crd.sql.DatabaseSpec;
import dev.olifant.operator.testing.ApiServer;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API server itself rejects invalid custom resources, with the message of the CRD schema
 * (required fields, minimums, patterns, CEL rules including immutability). No operator runs.
 */
class CrdValidationIT {

  static ApiServer api;
  static final String ns = "validation";

  @BeforeAll
  static void start() throws Exception {
    api = ApiServer.start();
    api.installCrds();
    api.createNamespace(ns);
  }

  @AfterAll
  static void stop() {
    if (api != null) {
      api.close();
    }
  }

  static Cluster cluster(String ns, String name, int instances) {
    return ClusterReconcilerIT.cluster(ns, name, instances);
  }

  @Test
  void invalidSpecsAreRejectedWithTheSchemasMessage() {
    assertThatThrownBy(() -> api.apply(cluster(ns, "zero", 0)))
        .isInstanceOf(KubernetesClientException.class)
        .hasMessageContaining("spec.instances")
        .hasMessageContaining("should be greater than or equal to 1");

    Cluster noStorage = cluster(ns, "nostorage", 1);
    noStorage.setSpec(new ClusterSpec(1, null, null, null, null, null, null, null, null));
    assertThatThrownBy(() -> api.apply(noStorage))
        .hasMessageContaining("spec.storage: Required value");

    Cluster badSync = cluster(ns, "badsync", 1);
    badSync.setSpec(new ClusterSpec(2, null, new StorageSpec("1Gi", null), null, null,
        new ReplicationSpec(null, 2), null, null, null));
    assertThatThrownBy(() -> api.apply(badSync))
        .hasMessageContaining("replication.syncReplicas must be smaller than instances");

    Cluster fixed = cluster(ns, "fixed", 1);
    fixed.setSpec(new ClusterSpec(1, null, new StorageSpec("1Gi", "fast"), null, null, null, null,
        null, null));
    api.apply(fixed);
    fixed.setSpec(new ClusterSpec(1, null, new StorageSpec("1Gi", "slow"), null, null, null, null,
        null, null));
    assertThatThrownBy(() -> api.apply(fixed))
        .hasMessageContaining("storage.storageClass is immutable");

    Database database = new Database();
    database.setMetadata(new ObjectMetaBuilder().withName("shop").withNamespace(ns).build());
    database.setSpec(new DatabaseSpec(new ClusterReference("fixed"), ReclaimPolicy.RETAIN, "shop",
        "shop", null));
    api.apply(database);
    database.setSpec(new DatabaseSpec(new ClusterReference("other"), ReclaimPolicy.RETAIN, "shop",
        "shop", null));
    assertThatThrownBy(() -> api.apply(database)).hasMessageContaining("clusterRef is immutable");
    database.setSpec(new DatabaseSpec(new ClusterReference("fixed"), null, "Bad-Name", "shop", null));
    assertThatThrownBy(() -> api.apply(database)).hasMessageContaining("spec.name");

    Cluster badSize = cluster(ns, "badsize", 1);
    badSize.setSpec(new ClusterSpec(1, null, new StorageSpec("lots", null), null, null, null, null,
        null, null));
    assertThatThrownBy(() -> api.apply(badSize)).hasMessageContaining("spec.storage.size");
  }
}
