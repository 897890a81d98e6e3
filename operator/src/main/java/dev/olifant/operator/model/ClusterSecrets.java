package dev.olifant.operator.model;

import dev.olifant.crd.cluster.BootstrapSpec;
import dev.olifant.crd.cluster.Cluster;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The superuser Secret and the application owner's Secret, both {@code kubernetes.io/basic-auth}.
 *
 * <p>Password protocol: a password is generated once, when the Secret does not exist, and from
 * then on the existing value is carried into every desired Secret, so reconciling never rotates
 * it. Builders take the password as an argument (they stay pure); {@link #existingPassword} reads
 * it back from an observed Secret and {@link #generatePassword()} is the only random step.
 * Passwords appear in Secret data only, never in logs, events or status.
 */
public final class ClusterSecrets {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

  private ClusterSecrets() {}

  public static Secret superuser(Cluster cluster, String password) {
    ClusterNames names = ClusterNames.of(cluster);
    return secret(cluster, names.superuserSecret(), DatabaseDefaults.SUPERUSER, password, Map.of());
  }

  /** The owner's Secret with connection details, as applications mount it. */
  public static Secret app(Cluster cluster, String password) {
    ClusterNames names = ClusterNames.of(cluster);
    String owner = owner(cluster);
    String database = database(cluster);
    String host = names.service(ServiceRole.RW) + "." + cluster.getMetadata().getNamespace() + ".svc";
    int port = DatabaseDefaults.POSTGRES_PORT;
    Map<String, String> extra = Map.of(
        "dbname", database,
        "host", host,
        "port", Integer.toString(port),
        "jdbc-uri", "jdbc:postgresql://" + host + ":" + port + "/" + database,
        "uri", "postgresql://" + owner + ":" + password + "@" + host + ":" + port + "/" + database);
    return secret(cluster, names.appSecret(), owner, password, extra);
  }

  /** Whether the operator generates the owner's Secret (the user did not bring credentials). */
  public static boolean generatesAppSecret(Cluster cluster) {
    BootstrapSpec bootstrap = cluster.getSpec().bootstrap();
    return bootstrap == null || bootstrap.credentials() == null;
  }

  public static String owner(Cluster cluster) {
    BootstrapSpec bootstrap = cluster.getSpec().bootstrap();
    return bootstrap == null || bootstrap.owner() == null
        ? DatabaseDefaults.DEFAULT_OWNER : bootstrap.owner();
  }

  public static String database(Cluster cluster) {
    BootstrapSpec bootstrap = cluster.getSpec().bootstrap();
    return bootstrap == null || bootstrap.database() == null
        ? DatabaseDefaults.DEFAULT_DATABASE : bootstrap.database();
  }

  /** The password stored in an observed Secret, if it has one. */
  public static Optional<String> existingPassword(Secret secret) {
    if (secret == null) {
      return Optional.empty();
    }
    if (secret.getData() != null && secret.getData().get("password") != null) {
      return Optional.of(new String(
          Base64.getDecoder().decode(secret.getData().get("password")), StandardCharsets.UTF_8));
    }
    if (secret.getStringData() != null) {
      return Optional.ofNullable(secret.getStringData().get("password"));
    }
    return Optional.empty();
  }

  /** 24 characters from an unambiguous alphabet, about 140 bits of entropy. */
  public static String generatePassword() {
    StringBuilder password = new StringBuilder(24);
    for (int i = 0; i < 24; i++) {
      password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }

  private static Secret secret(
      Cluster cluster, String name, String username, String password, Map<String, String> extra) {
    // data (base64) rather than stringData: the API server stores data, so a desired object in
    // the same form compares equal to the stored one and a second apply is a no-op.
    Map<String, String> data = new TreeMap<>();
    data.put("username", base64(username));
    data.put("password", base64(password));
    extra.forEach((key, value) -> data.put(key, base64(value)));
    return new SecretBuilder()
        .withNewMetadata()
            .withName(name)
            .withNamespace(cluster.getMetadata().getNamespace())
            .withLabels(Labels.common(cluster.getMetadata().getName()))
        .endMetadata()
        .withType("kubernetes.io/basic-auth")
        .withData(data)
        .build();
  }

  private static String base64(String value) {
    return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
  }
}
