package cn.batterycarbon.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one real Keycloak all Keycloak tests of a JVM share: the distribution from Maven Central that
 * the build unpacks into target/keycloak, started with {@code kc.sh start-dev --import-realm} on
 * 127.0.0.1 with the realm export of docker/keycloak, plus what only tests may have (password grant,
 * clients for wrong audiences and expired tokens, users the platform must refuse). Stopped, with
 * its whole process tree, after the test run by {@link KeycloakExtension} and by a shutdown hook
 * should the run die first.
 */
public final class KeycloakServer {

    private static final Logger log = LoggerFactory.getLogger(KeycloakServer.class);

    public static final String REALM = "batterycarbon";
    public static final String PLATFORM_CLIENT = "battery-carbon-platform";
    public static final String ERP_CLIENT = "erp-ningchuan";
    /** A client whose tokens are not meant for the platform: no platform audience. */
    public static final String OTHER_CLIENT = "other-app";
    /** A machine client of the manufacturer whose access tokens live three seconds. */
    public static final String SHORT_LIVED_CLIENT = "short-lived";

    public static final String TEST_CLIENT_SECRET = "test-only-secret";
    public static final int SHORT_LIVED_SECONDS = 3;
    /** A user whose organization credit code no platform organization has. */
    public static final String STRANGER = "stranger";
    /** A supplier's user who also holds REGULATOR in Keycloak, which a supplier cannot have. */
    public static final String MIXED = "mixed";

    public static final String UNREGISTERED_CREDIT_CODE = "91440300MA5G12345L";

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static KeycloakServer instance;
    private static RuntimeException startFailure;

    private final Process process;
    private final String adminPassword;
    private final int port;
    private final int appPort;
    private final Map<String, String> clientSecrets;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final JsonMapper json = new JsonMapper();

    private KeycloakServer(
            Process process, String adminPassword, int port, int appPort, Map<String, String> clientSecrets) {
        this.process = process;
        this.adminPassword = adminPassword;
        this.port = port;
        this.appPort = appPort;
        this.clientSecrets = clientSecrets;
    }

    /** The running Keycloak, started on first use. */
    public static synchronized KeycloakServer started() {
        if (startFailure != null) {
            throw new IllegalStateException("Keycloak failed to start earlier in this run", startFailure);
        }
        if (instance == null) {
            try {
                instance = start();
            } catch (RuntimeException e) {
                startFailure = e;
                throw e;
            }
        }
        return instance;
    }

    /** Stops the Keycloak of this JVM if one runs; harmless when called twice. */
    static synchronized void stopIfStarted() {
        if (instance != null) {
            instance.stop();
            instance = null;
        }
    }

    public String issuer() {
        return baseUrl("127.0.0.1") + "/realms/" + REALM;
    }

    /** The same realm reached under another host name: Keycloak then names that host as issuer. */
    public String issuerVia(String host) {
        return baseUrl(host) + "/realms/" + REALM;
    }

    /** The port the application under test must listen on: the only one its redirect URIs allow. */
    public int appPort() {
        return appPort;
    }

    public String clientSecret(String clientId) {
        return clientSecrets.get(clientId);
    }

    /** Token response of the password grant, enabled for the platform client in the test realm only. */
    public Map<String, Object> passwordGrant(String username, String password) {
        return token(
                issuer(),
                Map.of(
                        "grant_type",
                        "password",
                        "client_id",
                        PLATFORM_CLIENT,
                        "client_secret",
                        clientSecret(PLATFORM_CLIENT),
                        "username",
                        username,
                        "password",
                        password,
                        "scope",
                        "openid"));
    }

    public String accessToken(String username) {
        return (String) passwordGrant(username, "demo1234").get("access_token");
    }

    public String clientCredentialsToken(String clientId) {
        return clientCredentialsToken(issuer(), clientId);
    }

    public String clientCredentialsToken(String issuer, String clientId) {
        return (String) token(
                        issuer,
                        Map.of(
                                "grant_type",
                                "client_credentials",
                                "client_id",
                                clientId,
                                "client_secret",
                                clientSecret(clientId)))
                .get("access_token");
    }

    /** What a Keycloak administrator does with "Sign out" on a user: ends all their sessions. */
    @SuppressWarnings("unchecked")
    public void signOutEverywhere(String username) {
        String adminToken = (String) token(
                        baseUrl("127.0.0.1") + "/realms/master",
                        Map.of(
                                "grant_type", "password",
                                "client_id", "admin-cli",
                                "username", "admin",
                                "password", adminPassword))
                .get("access_token");
        String users = baseUrl("127.0.0.1") + "/admin/realms/" + REALM + "/users";
        List<Map<String, Object>> found = json.readValue(
                send(HttpRequest.newBuilder(URI.create(users + "?exact=true&username=" + username))
                        .header("Authorization", "Bearer " + adminToken)
                        .GET()
                        .build()),
                List.class);
        send(HttpRequest.newBuilder(URI.create(users + "/" + found.get(0).get("id") + "/logout"))
                .header("Authorization", "Bearer " + adminToken)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
    }

    private String send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException("Keycloak answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> token(String issuer, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token: " + response.body());
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> token = json.readValue(response.body(), Map.class);
            return token;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String baseUrl(String host) {
        return "http://" + host + ":" + port;
    }

    private static KeycloakServer start() {
        Path home = Path.of(System.getProperty("keycloak.home", "target/keycloak/keycloak-26.7.3"));
        Path realmExport = Path.of(System.getProperty("keycloak.realm", "../docker/keycloak/realm-batterycarbon.json"));
        if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("No Keycloak distribution at " + home.toAbsolutePath()
                    + ": the Maven build unpacks it (maven-dependency-plugin, execution unpack-keycloak)");
        }
        long started = System.nanoTime();
        try {
            int port = freePort();
            int managementPort = freePort();
            int appPort = freePort();
            // A fresh Keycloak database every run, so the realm is imported with this run's ports.
            deleteRecursively(home.resolve("data"));
            Path imports = Files.createDirectories(home.resolve("data/import"));
            Map<String, String> secrets = new LinkedHashMap<>();
            writeTestRealm(realmExport, imports.resolve("realm-" + REALM + ".json"), appPort, secrets);

            Path logFile = home.resolve("keycloak-test.log");
            ProcessBuilder builder = new ProcessBuilder(
                            "bash",
                            home.resolve("bin/kc.sh").toString(),
                            "start-dev",
                            "--import-realm",
                            "--http-host=127.0.0.1",
                            "--http-port=" + port,
                            "--http-management-port=" + managementPort)
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(logFile.toFile());
            Map<String, String> env = builder.environment();
            env.put("JAVA_HOME", javaHomeForKeycloak().toString());
            env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            String adminPassword = UUID.randomUUID().toString();
            env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
            env.put("JAVA_OPTS_KC_HEAP", "-Xms128m -Xmx768m");
            // The client compiler only: a test Keycloak answers a few hundred requests, and starts twice as fast.
            env.put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");
            Process process = builder.start();
            KeycloakServer server = new KeycloakServer(process, adminPassword, port, appPort, secrets);
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "keycloak-stop"));
            server.awaitRealm(logFile);
            log.info(
                    "Keycloak started at {} in {} s",
                    server.issuer(),
                    Duration.ofNanos(System.nanoTime() - started).toSeconds());
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Keycloak", e);
        }
    }

    private void awaitRealm(Path logFile) throws IOException {
        URI discovery = URI.create(issuer() + "/.well-known/openid-configuration");
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped while starting:\n" + tail(logFile));
            }
            try {
                HttpResponse<Void> response = http.send(
                        HttpRequest.newBuilder(discovery)
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop();
                throw new IllegalStateException(e);
            }
            sleep(Duration.ofMillis(500));
        }
        stop();
        throw new IllegalStateException(
                "Keycloak did not serve " + discovery + " within " + START_TIMEOUT + ":\n" + tail(logFile));
    }

    /** Ends Keycloak and every process it started; waits for them, forcing them after 20 s. */
    synchronized void stop() {
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        for (ProcessHandle handle : all) {
            while (handle.isAlive() && System.nanoTime() < deadline) {
                sleep(Duration.ofMillis(100));
            }
            if (handle.isAlive()) {
                handle.destroyForcibly();
            }
        }
    }

    /**
     * The realm export of docker/keycloak as it is, plus what only the test realm has: the password
     * grant for the platform client, this run's redirect URIs, and clients and users that must be
     * refused.
     */
    @SuppressWarnings("unchecked")
    private static void writeTestRealm(Path export, Path target, int appPort, Map<String, String> secrets)
            throws IOException {
        JsonMapper json = new JsonMapper();
        Map<String, Object> realm = json.readValue(Files.readString(export), LinkedHashMap.class);
        List<Map<String, Object>> clients = (List<Map<String, Object>>) realm.get("clients");
        List<Map<String, Object>> users = (List<Map<String, Object>>) realm.get("users");
        Map<String, Object> platform = find(clients, "clientId", PLATFORM_CLIENT);
        Map<String, Object> erp = find(clients, "clientId", ERP_CLIENT);

        String app = "http://localhost:" + appPort;
        ((List<String>) platform.get("redirectUris")).add(app + "/login/oauth2/code/keycloak");
        Map<String, Object> attributes = (Map<String, Object>) platform.get("attributes");
        attributes.put(
                "post.logout.redirect.uris",
                attributes.get("post.logout.redirect.uris") + "##" + app + "/login?logout");
        attributes.put("backchannel.logout.url", app + "/logout/connect/back-channel/keycloak");
        platform.put("directAccessGrantsEnabled", true);

        Map<String, Object> other = json.readValue(json.writeValueAsString(erp), LinkedHashMap.class);
        other.put("clientId", OTHER_CLIENT);
        other.put("secret", TEST_CLIENT_SECRET);
        ((List<Map<String, Object>>) other.get("protocolMappers"))
                .removeIf(mapper -> "oidc-audience-mapper".equals(mapper.get("protocolMapper")));
        clients.add(other);

        Map<String, Object> shortLived = json.readValue(json.writeValueAsString(erp), LinkedHashMap.class);
        shortLived.put("clientId", SHORT_LIVED_CLIENT);
        shortLived.put("secret", TEST_CLIENT_SECRET);
        ((Map<String, Object>) shortLived.get("attributes"))
                .put("access.token.lifespan", String.valueOf(SHORT_LIVED_SECONDS));
        clients.add(shortLived);

        Map<String, Object> erpAccount = find(users, "serviceAccountClientId", ERP_CLIENT);
        for (String clientId : List.of(OTHER_CLIENT, SHORT_LIVED_CLIENT)) {
            Map<String, Object> account = json.readValue(json.writeValueAsString(erpAccount), LinkedHashMap.class);
            account.remove("id");
            account.put("username", "service-account-" + clientId);
            account.put("serviceAccountClientId", clientId);
            users.add(account);
        }
        Map<String, Object> maker = find(users, "username", "maker");
        users.add(person(json, maker, STRANGER, UNREGISTERED_CREDIT_CODE, List.of("MANUFACTURER")));
        users.add(person(json, maker, MIXED, "91430100MA4HLHJ1PU", List.of("SUPPLIER", "REGULATOR")));

        for (Map<String, Object> client : clients) {
            secrets.put((String) client.get("clientId"), (String) client.get("secret"));
        }
        Files.writeString(target, json.writeValueAsString(realm));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> person(
            JsonMapper json, Map<String, Object> template, String username, String creditCode, List<String> roles) {
        Map<String, Object> user = json.readValue(json.writeValueAsString(template), LinkedHashMap.class);
        user.remove("id");
        user.put("username", username);
        user.put("email", username + "@test.example.cn");
        ((Map<String, Object>) user.get("attributes")).put("organization_credit_code", List.of(creditCode));
        List<String> realmRoles = new ArrayList<>(List.of("default-roles-" + REALM));
        realmRoles.addAll(roles);
        user.put("realmRoles", realmRoles);
        return user;
    }

    private static Map<String, Object> find(List<Map<String, Object>> items, String key, String value) {
        return items.stream()
                .filter(item -> value.equals(item.get(key)))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The realm export has no " + key + " " + value));
    }

    /**
     * Keycloak 26 needs Java 21 or later, while the build runs on Java 17: {@code KEYCLOAK_JAVA_HOME}
     * when set, else the newest JDK of at least 21 under /usr/lib/jvm, else this JVM if new enough.
     */
    static Path javaHomeForKeycloak() throws IOException {
        String configured = System.getenv("KEYCLOAK_JAVA_HOME");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvms)) {
            try (Stream<Path> candidates = Files.list(jvms)) {
                Optional<Path> newest = candidates
                        .filter(home -> Files.isExecutable(home.resolve("bin/java")))
                        .filter(home -> majorVersion(home) >= 21)
                        .max(Comparator.comparingInt(KeycloakServer::majorVersion));
                if (newest.isPresent()) {
                    return newest.get();
                }
            }
        }
        if (Runtime.version().feature() >= 21) {
            return Path.of(System.getProperty("java.home"));
        }
        throw new IllegalStateException(
                "Keycloak needs Java 21 or later: install a JDK under /usr/lib/jvm or set KEYCLOAK_JAVA_HOME");
    }

    private static int majorVersion(Path javaHome) {
        try {
            for (String line : Files.readAllLines(javaHome.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    String major = version.startsWith("1.") ? version.substring(2) : version;
                    return Integer.parseInt(major.split("[.+-]")[0]);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static String tail(Path logFile) {
        try {
            List<String> lines = Files.readAllLines(logFile);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
