package org.r2pgraph.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs an embedded Neo4j Community server for local development and tests.
 *
 * <p>Bolt listens on 127.0.0.1 only. The process stops when its standard input closes, so that a
 * parent that dies without cleaning up (a killed `npm start`, a crashed test run) never leaves an
 * orphan JVM holding the port and the store lock.
 */
public final class LocalNeo4j {
  private LocalNeo4j() {}

  public static void main(String[] args) throws Exception {
    Path home = Path.of(required("r2p.home")).toAbsolutePath();
    int port = Integer.parseInt(System.getProperty("r2p.boltPort", "7687"));
    long pageCache = ByteUnit.parse(System.getProperty("r2p.pageCache", "128m"));
    String password = required("r2p.password");
    Duration txTimeout = Duration.ofSeconds(Long.parseLong(System.getProperty("r2p.txTimeoutSeconds", "60")));

    DatabaseManagementService service =
        new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(HttpConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
            .setConfig(GraphDatabaseSettings.auth_enabled, true)
            .setConfig(GraphDatabaseSettings.transaction_timeout, txTimeout)
            .build();

    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> shutdown(service), "r2p-neo4j-shutdown"));

    setPassword(service, password);
    // The parent reads this exact line to know that Bolt accepts connections.
    System.out.println("R2P_NEO4J_READY bolt://127.0.0.1:" + port);
    System.out.flush();

    waitForStdinToClose(System.in);
    System.exit(0);
  }

  private static void setPassword(DatabaseManagementService service, String password) {
    try {
      service
          .database("system")
          .executeTransactionally(
              "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } catch (RuntimeException e) {
      // An unchanged password is rejected by Neo4j; any other failure is real.
      if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
        throw e;
      }
    }
  }

  private static void waitForStdinToClose(InputStream in) {
    byte[] buffer = new byte[256];
    try {
      while (in.read(buffer) >= 0) {
        // Input is ignored: only its end matters.
      }
    } catch (IOException e) {
      // A broken pipe means the parent is gone, the same as end of input.
    }
  }

  private static void shutdown(DatabaseManagementService service) {
    System.out.println("R2P_NEO4J_STOPPING");
    System.out.flush();
    service.shutdown();
  }

  private static String required(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      System.err.println("Missing system property -D" + name);
      System.exit(2);
    }
    return value;
  }
}
