package dev.olifant.crd;

import dev.olifant.crd.cluster.Cluster;
import dev.olifant.crd.sql.Database;
import dev.olifant.crd.sql.DatabaseRole;
import dev.olifant.crd.sql.Schema;
import dev.olifant.crd.switchover.Switchover;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;

/** The API group's constants and the list of every custom resource kind it defines. */
public final class OlifantResources {

  public static final String GROUP = "olifant.dev";
  public static final String VERSION = "v1alpha1";
  public static final String API_VERSION = GROUP + "/" + VERSION;
  /** {@code kubectl get olifant} lists every kind that carries this category. */
  public static final String CATEGORY = "olifant";

  /** Every kind, in the order their CRD files are listed in bundles. */
  public static final List<Class<? extends HasMetadata>> KINDS =
      List.of(Cluster.class, DatabaseRole.class, Database.class, Schema.class, Switchover.class);

  private OlifantResources() {}
}
