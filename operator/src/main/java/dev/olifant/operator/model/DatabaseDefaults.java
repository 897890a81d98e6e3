package dev.olifant.operator.model;

/**
 * Constants of the database server the operator runs: ports, paths, health endpoints, the image
 * used when a Cluster names none, and the superuser's name.
 */
public final class DatabaseDefaults {

  /** PostgreSQL protocol port. */
  public static final int POSTGRES_PORT = 5432;
  /** Quarkus HTTP port serving health and metrics. */
  public static final int MANAGEMENT_PORT = 8080;
  public static final String POSTGRES_PORT_NAME = "postgresql";
  public static final String MANAGEMENT_PORT_NAME = "management";

  public static final String LIVE_PATH = "/q/health/live";
  public static final String READY_PATH = "/q/health/ready";
  public static final String STARTED_PATH = "/q/health/started";

  /** Where each instance's PVC is mounted; the data directory is {@code data} below it. */
  public static final String VOLUME_MOUNT = "/var/lib/olifant";
  public static final String DATA_DIRECTORY = VOLUME_MOUNT + "/data";
  /** Quarkus reads {@code config/application.properties} relative to its working directory. */
  public static final String CONFIG_MOUNT = "/deployments/config";
  public static final String CONFIG_FILE = "application.properties";

  /** UID/GID of the database image's user (the Quarkus JVM image's default). */
  public static final long RUN_AS = 185L;

  public static final String SUPERUSER = "postgres";
  public static final String DEFAULT_DATABASE = "app";
  public static final String DEFAULT_OWNER = "app";

  /** Image used when a Cluster names none and the operator was not configured with another. */
  public static final String IMAGE = "olifant/olifant:0.1.0";

  private DatabaseDefaults() {}

  /** The operator's default database image: {@code OLIFANT_DATABASE_IMAGE} or {@link #IMAGE}. */
  public static String configuredImage() {
    String image = System.getenv("OLIFANT_DATABASE_IMAGE");
    return image == null || image.isBlank() ? IMAGE : image;
  }
}
