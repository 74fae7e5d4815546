package org.saidgraph.graph;

import org.neo4j.bolt.BoltServer;
import org.neo4j.bolt.protocol.common.connector.Connector;
import org.neo4j.bolt.protocol.common.connector.connection.Connection;
import org.neo4j.bolt.protocol.common.connector.listener.ConnectorListener;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.internal.kernel.api.connectioninfo.ClientConnectionInfo;
import org.neo4j.internal.kernel.api.security.AuthenticationResult;
import org.neo4j.internal.kernel.api.security.LoginContext;
import org.neo4j.configuration.Config;
import org.neo4j.io.ByteUnit;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.kernel.impl.security.User;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;
import org.neo4j.server.security.auth.CommunitySecurityModule;
import org.neo4j.server.security.auth.FileUserRepository;
import org.neo4j.kernel.api.security.AuthManager;
import org.neo4j.kernel.api.security.exception.InvalidAuthTokenException;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A Neo4j Community database inside this process. From outside it is reachable only through its Bolt connector on
 * 127.0.0.1, for Neo4j Browser, drivers and the application's own driver (the user's Cypher endpoint, the schema);
 * the loader and the API's reads use its Java API ({@link #database()}) instead, without Bolt in between.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

    private final DatabaseManagementService service;
    /** Whether this start had to run ALTER USER to put the Bolt password in place (for tests of this package). */
    final boolean passwordAltered;
    private final int boltPort;
    private final String password;
    private final GraphVersion version;

    private EmbeddedNeo4j(DatabaseManagementService service, int boltPort, String password, boolean passwordAltered) {
        this.service = service;
        this.version = GraphVersion.watch(service, GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        this.passwordAltered = passwordAltered;
        this.boltPort = boltPort;
        this.password = password;
    }

    /** Starts with the generated (or stored) Bolt password and no WebSocket origin allowed. */
    public static EmbeddedNeo4j start(Path home, int boltPort, GraphProperties.Embedded limits) {
        return start(home, new GraphProperties.Bolt(boltPort, null, List.of()), limits);
    }

    public static EmbeddedNeo4j start(Path home, GraphProperties.Bolt bolt, GraphProperties.Embedded limits) {
        long started = System.nanoTime();
        int boltPort = bolt.port();
        DataDirectory.restrictToOwner(home);
        redactCommandLine();
        String password = BoltPassword.resolve(home, bolt.password());
        Path initialUser = writeInitialUser(home, password);
        DatabaseManagementService service = new DatabaseManagementServiceBuilder(home.toAbsolutePath())
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", boltPort))
                // Loopback is no boundary against a web page or another user of the machine: Bolt asks for the
                // password (BoltPassword), and WebSocket upgrades from other origins are refused (WebSocketOriginGuard).
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(limits.pageCache()))
                .setConfig(GraphDatabaseSettings.memory_transaction_max_size, ByteUnit.parse(limits.transactionMemory()))
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "keep_none")
                // Bolt's network threads otherwise wait for 5 s of quiet, twice, before they stop: a stop took 10.6 s.
                // By the time the database stops, the application has closed its driver and stopped serving HTTP.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .build();
        try {
            deleteQuietly(initialUser);
            boolean altered = setPassword(service, password);
            GraphDatabaseAPI db = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            guardWebSockets(db, bolt.websocketOrigins());
            int port = db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                    .getLocalAddress(ConnectorType.BOLT).getPort();
            log.info("Embedded Neo4j started in {} ms at {}, Bolt on bolt://127.0.0.1:{} (user {}, password required)",
                    (System.nanoTime() - started) / 1_000_000, home.toAbsolutePath(), port, BoltPassword.USER);
            return new EmbeddedNeo4j(service, port, password, altered);
        } catch (RuntimeException e) {
            service.shutdown();
            throw e;
        }
    }

    /** The database management service, for tests of this package. */
    DatabaseManagementService service() {
        return service;
    }

    /** The database itself, for reading and writing through its Java API instead of Bolt (the loader, EmbeddedReads). */
    public org.neo4j.graphdb.GraphDatabaseService database() {
        return service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    }

    /** Moves at every commit to the database, whoever wrote (the loader, the API, a Bolt client). */
    public GraphVersion version() {
        return version;
    }

    /**
     * Neo4j writes every system property into {@code debug.log}, among them {@code sun.java.command}: the command
     * line, with any {@code --saidgraph.api.write-token=…} or {@code --saidgraph.bolt.password=…} on it. The values of
     * such options are blanked there before Neo4j starts (the README says to pass secrets by environment or file).
     */
    static void redactCommandLine() {
        String command = System.getProperty("sun.java.command");
        if (command != null) {
            System.setProperty("sun.java.command", redact(command));
        }
    }

    static String redact(String command) {
        return command.replaceAll("(?i)(\\S*(?:token|password|secret)[\\w.-]*=)\\S+", "$1<redacted>");
    }

    /**
     * Sets the password of the {@code neo4j} user in the system database, in-process (which needs no login): the
     * configured or stored one, at every start, so that changing {@code saidgraph.bolt.password} takes effect.
     */
    /**
     * Makes {@code password} the Bolt user's password. Asking the authentication manager first whether it already is
     * costs a password hash; {@code ALTER USER} is a system command that the cold Cypher compiler took 3 to 4 s to
     * plan and run on every start (a profile of a restart over 10,000 articles put more than half of the embedded
     * database's start there), so it is run only when the password differs: on the first start, when
     * {@code saidgraph.bolt.password} changed, or when someone changed it over Bolt.
     */
    private static boolean setPassword(DatabaseManagementService service, String password) {
        if (passwordIsAlready(service, password)) {
            return false;
        }
        try {
            service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER " + BoltPassword.USER + " SET PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", password));
        } catch (RuntimeException e) {
            if (!String.valueOf(e.getMessage()).contains("Old password and new password cannot be the same")) {
                throw new IllegalStateException("cannot set the Bolt password (saidgraph.bolt.password): "
                        + e.getMessage(), e);
            }
        }
        return true;
    }

    /**
     * Before the first start (no system database yet), the Bolt user's password is written where Neo4j takes the
     * initial user from when it creates its system database (what {@code neo4j-admin dbms set-initial-password}
     * writes), so that the first start, too, needs no {@code ALTER USER}. Returns the file, or null when the system
     * database exists. If Neo4j ever ignored the file, {@link #setPassword} would still set the password.
     */
    private static Path writeInitialUser(Path home, String password) {
        Config config = Config.defaults(GraphDatabaseSettings.neo4j_home, home.toAbsolutePath());
        if (Files.exists(config.get(GraphDatabaseSettings.data_directory).resolve("databases")
                .resolve(GraphDatabaseSettings.SYSTEM_DATABASE_NAME))) {
            return null;
        }
        Path file = CommunitySecurityModule.getInitialUserRepositoryFile(config);
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            FileUserRepository users = new FileUserRepository(new DefaultFileSystemAbstraction(), file,
                    NullLogProvider.getInstance(), EmptyMemoryTracker.INSTANCE);
            users.start();
            users.create(new User(BoltPassword.USER, null, SystemGraphCredential.createCredentialForPassword(
                    password.getBytes(StandardCharsets.UTF_8), new SecureHasher()), false, false));
            users.shutdown();
            return file;
        } catch (Exception e) {
            log.debug("No initial user file ({}); the password is set after the start instead", e.toString());
            deleteQuietly(file);
            return null;
        }
    }

    /** The initial user file holds a hash of the password: it is not kept once Neo4j has read it. */
    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (java.io.IOException e) {
            log.warn("Could not delete {}: {}", file, e.toString());
        }
    }

    /** Whether the Bolt user logs in with {@code password} and may work (no password change required). */
    static boolean passwordIsAlready(DatabaseManagementService service, String password) {
        AuthManager auth = ((GraphDatabaseAPI) service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME))
                .getDependencyResolver().resolveDependency(AuthManager.class);
        try {
            LoginContext login = auth.login(
                    org.neo4j.kernel.api.security.AuthToken.newBasicAuthToken(BoltPassword.USER, password),
                    ClientConnectionInfo.EMBEDDED_CONNECTION);
            return login.subject().getAuthenticationResult() == AuthenticationResult.SUCCESS;
        } catch (InvalidAuthTokenException e) {
            return false;
        }
    }

    /** Puts {@link WebSocketOriginGuard} first on every new Bolt connection. */
    private static void guardWebSockets(GraphDatabaseAPI db, List<String> origins) {
        Set<String> allowed = new HashSet<>();
        origins.forEach(origin -> allowed.add(origin.strip().toLowerCase(Locale.ROOT)));
        BoltServer bolt = db.getDependencyResolver().resolveDependency(BoltServer.class);
        for (Connector<?> connector : bolt.getConnectors()) {
            connector.registerListener(new ConnectorListener() {
                @Override
                public void onConnectionCreated(Connection connection) {
                    connection.modifyPipeline(pipeline -> pipeline.addFirst("saidgraphWebSocketOriginGuard",
                            new WebSocketOriginGuard(allowed)));
                }
            });
        }
    }

    /** Credentials for the embedded database: user neo4j and its password. */
    public AuthToken authToken() {
        return AuthTokens.basic(BoltPassword.USER, password);
    }

    public int boltPort() {
        return boltPort;
    }

    public String boltUri() {
        return "bolt://127.0.0.1:" + boltPort;
    }

    @Override
    public void close() {
        service.shutdown();
    }
}
