// A local Neo4j DBMS for KIES Explorer: Bolt on a loopback port, auth on, running until SIGTERM or stdin closes.
package kies;

import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * Usage: KiesNeo4jServer --port N [--password P] [--data DIR] [--no-auth-lock]
 *
 * Without --data the DBMS lives in a temporary folder (Neo4j's test harness, deleted on stop); with --data it is
 * kept in DIR across starts (the same embedded DBMS, built directly so the harness does not delete it). Once Bolt
 * accepts connections it prints exactly one line on stdout, `neo4j: bolt://127.0.0.1:N user neo4j password P`,
 * which the Node launcher waits for.
 */
public final class KiesNeo4jServer {
  private KiesNeo4jServer() {}

  public static void main(String[] args) throws Exception {
    int port = 7687;
    String password = null;
    Path data = null;
    boolean authLock = true;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (arg) {
        case "--port" -> { port = Integer.parseInt(require(arg, value)); i++; }
        case "--password" -> { password = require(arg, value); i++; }
        case "--data" -> { data = Path.of(require(arg, value)).toAbsolutePath(); i++; }
        case "--no-auth-lock" -> authLock = false;
        default -> fail("unknown argument " + arg + " (use --port N [--password P] [--data DIR] [--no-auth-lock])");
      }
    }
    // Neo4j refuses passwords shorter than 8 characters by default.
    if (password == null) password = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
    if (password.length() < 8) fail("--password must have at least 8 characters (Neo4j's minimum)");

    SocketAddress bolt = new SocketAddress("127.0.0.1", port);
    Map<org.neo4j.graphdb.config.Setting<?>, Object> config = Map.of(
        BoltConnector.enabled, true,
        BoltConnector.listen_address, bolt,
        // The advertised address is what a neo4j:// routing table names: the same loopback address.
        BoltConnector.advertised_address, bolt,
        BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED,
        HttpConnector.enabled, false,
        HttpsConnector.enabled, false,
        GraphDatabaseSettings.auth_enabled, true,
        // Tests try wrong passwords on purpose; Neo4j's lock after 3 failures (5 s) would then refuse the right one
        // to every other test file sharing the server. 0 turns the lock off (only with --no-auth-lock).
        GraphDatabaseSettings.auth_max_failed_attempts, authLock ? 3 : 0);

    Runnable stop;
    DatabaseManagementService dbms;
    if (data == null) {
      var builder = Neo4jBuilders.newInProcessBuilder();
      for (var entry : config.entrySet()) builder = withConfig(builder, entry.getKey(), entry.getValue());
      Neo4j harness = builder.build();
      dbms = harness.databaseManagementService();
      stop = harness::close;
    } else {
      Files.createDirectories(data);
      DatabaseManagementService service = new DatabaseManagementServiceBuilder(data).setConfig(config).build();
      dbms = service;
      stop = service::shutdown;
    }

    // In-process statements run without authentication, so the password is set here: no forced change on first use.
    dbms.database("system").executeTransactionally(
        "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));

    CountDownLatch stopped = new CountDownLatch(1);
    Runnable shutdown = new Runnable() {
      private boolean done;
      @Override public synchronized void run() {
        if (done) return;
        done = true;
        System.err.println("neo4j: stopping");
        stop.run();
        System.err.println("neo4j: stopped");
        stopped.countDown();
      }
    };
    // SIGTERM / SIGINT run shutdown hooks; the JVM waits for them, so the store is closed cleanly.
    Runtime.getRuntime().addShutdownHook(new Thread(shutdown, "kies-neo4j-shutdown"));

    waitForBolt(port);
    System.out.println("neo4j: bolt://127.0.0.1:" + port + " user neo4j password " + password);
    System.out.flush();

    // stdin closing (the launching process went away) stops the server as SIGTERM does.
    Thread stdinWatch = new Thread(() -> {
      try {
        InputStream in = System.in;
        while (in.read() != -1) { /* ignore input */ }
      } catch (Exception ignored) {
        // stdin unreadable: treat as closed
      }
      shutdown.run();
      System.exit(0);
    }, "kies-neo4j-stdin");
    stdinWatch.setDaemon(true);
    stdinWatch.start();
    stopped.await();
  }

  @SuppressWarnings("unchecked")
  private static <T> org.neo4j.harness.Neo4jBuilder withConfig(
      org.neo4j.harness.Neo4jBuilder builder, org.neo4j.graphdb.config.Setting<T> setting, Object value) {
    return builder.withConfig(setting, (T) value);
  }

  private static void waitForBolt(int port) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 60_000;
    while (System.currentTimeMillis() < deadline) {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
        return;
      } catch (Exception notYet) {
        Thread.sleep(100);
      }
    }
    fail("Bolt did not accept connections on 127.0.0.1:" + port + " within 60 s");
  }

  private static String require(String arg, String value) {
    if (value == null || value.startsWith("--")) fail(arg + " needs a value");
    return value;
  }

  private static void fail(String message) {
    System.err.println("neo4j: " + message);
    System.exit(2);
  }
}
