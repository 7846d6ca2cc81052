package io.tork.app.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns flat keys into the {@link TorkConfig} tree, applying defaults and collecting every problem. */
final class TorkConfigBinder {
    static final String DEFAULT_ADDRESS = "localhost:8000";
    static final String DEFAULT_ENDPOINT = "http://localhost:8000";
    static final String DEFAULT_QUEUE = "default";
    static final Duration DEFAULT_HEARTBEAT = Duration.ofSeconds(10);
    static final int DEFAULT_PIDS_LIMIT = 1024;
    static final List<String> DEFAULT_SHELL = List.of("bash", "-c");
    static final String DEFAULT_ARTEMIS_URL = "tcp://localhost:61616";
    static final String DEFAULT_ARTEMIS_DATA_DIR = "./data/artemis";
    static final int DEFAULT_MAX_POOL_SIZE = 25;
    static final Duration DEFAULT_LOG_RETENTION = Duration.ofHours(168);
    static final Duration DEFAULT_JOB_RETENTION = Duration.ofHours(8760);
    static final Duration MIN_RETENTION = Duration.ofMinutes(1);

    private TorkConfigBinder() {
    }

    static TorkConfig bind(ConfigValues values) {
        LoggingConfig logging = new LoggingConfig(
                values.choice("logging.level", LogLevel.class, LogLevel.INFO),
                values.choice("logging.format", LogFormat.class, LogFormat.PRETTY));
        CoordinatorConfig coordinator = new CoordinatorConfig(
                address(values, "coordinator.address"),
                values.text("coordinator.name", "Coordinator"));
        WorkerConfig worker = new WorkerConfig(
                values.text("worker.name", "Worker"),
                queues(values),
                new WorkerLimits(values.text("worker.limits.cpus"), values.text("worker.limits.memory"),
                        values.duration("worker.limits.timeout")),
                values.positiveDuration("worker.heartbeat.interval", DEFAULT_HEARTBEAT));
        BrokerConfig broker = new BrokerConfig(values.choice("broker.type", BrokerType.class, BrokerType.INMEMORY),
                artemis(values));
        DatastoreConfig datastore = new DatastoreConfig(
                values.choice("datastore.type", DatastoreType.class, DatastoreType.INMEMORY), postgres(values),
                values.text("datastore.encryption.key"),
                new RetentionConfig(retention(values, "datastore.retention.logs.duration", DEFAULT_LOG_RETENTION),
                        retention(values, "datastore.retention.jobs.duration", DEFAULT_JOB_RETENTION)));
        RuntimeConfig runtime = new RuntimeConfig(
                runtimeType(values),
                new ShellRuntimeConfig(shellCommand(values), id(values, "runtime.shell.uid"),
                        id(values, "runtime.shell.gid")),
                new DockerRuntimeConfig(values.bool("runtime.docker.privileged", false),
                        values.integer("runtime.docker.pids.limit", DEFAULT_PIDS_LIMIT, 0),
                        values.choice("runtime.docker.torkdir.mode", DockerTorkDirMode.class, DockerTorkDirMode.AUTO),
                        values.text("runtime.docker.torkdir.root").flatMap(text -> values.parsed(
                                "runtime.docker.torkdir.root", text, Path::of, "expected a folder path"))),
                pluginRuntimeSettings(values));
        MountsConfig mounts = new MountsConfig(values.bool("mounts.bind.allowed", false),
                values.list("mounts.bind.sources", List.of()));
        WebConfig web = WebConfigBinder.web(values);
        ClientConfig client = WebConfigBinder.client(values);
        PluginsConfig plugins = new PluginsConfig(pluginsDir(values));
        URI endpoint = endpoint(values);
        values.throwIfProblems();
        return new TorkConfig(logging, coordinator, worker, broker, datastore, runtime, mounts, web, plugins, endpoint,
                client);
    }

    private static ListenAddress address(ConfigValues values, String key) {
        String text = values.text(key, DEFAULT_ADDRESS);
        return values.parsed(key, text, ListenAddress::parse, "expected host:port such as localhost:8000")
                .orElseGet(() -> ListenAddress.parse(DEFAULT_ADDRESS));
    }

    private static ArtemisBrokerConfig artemis(ConfigValues values) {
        boolean embedded = values.bool("broker.artemis.embedded", false);
        String url = values.text("broker.artemis.url", DEFAULT_ARTEMIS_URL);
        if (!url.contains("://")) {
            values.problem("broker.artemis.url", url, "expected a broker URL such as " + DEFAULT_ARTEMIS_URL);
            url = DEFAULT_ARTEMIS_URL;
        } else if (embedded) {
            // the embedded broker listens on this address, so it must name one host and port
            url = values.parsed("broker.artemis.url", url, TorkConfigBinder::listenableTcpUrl,
                    "an embedded broker needs tcp://host:port, such as tcp://0.0.0.0:61616").orElse(DEFAULT_ARTEMIS_URL);
        }
        String dataDirText = values.text("broker.artemis.data-dir", DEFAULT_ARTEMIS_DATA_DIR);
        Path dataDir = values.parsed("broker.artemis.data-dir", dataDirText, Path::of, "expected a folder path")
                .orElseGet(() -> Path.of(DEFAULT_ARTEMIS_DATA_DIR));
        return new ArtemisBrokerConfig(url, embedded, dataDir, values.text("broker.artemis.username"),
                values.text("broker.artemis.password"));
    }

    private static String listenableTcpUrl(String text) {
        try {
            URI uri = new URI(text);
            if (!"tcp".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || uri.getPort() < 0) {
                throw new IllegalArgumentException("not tcp://host:port: " + text);
            }
            return text;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: " + text, e);
        }
    }

    private static PostgresDatastoreConfig postgres(ConfigValues values) {
        Optional<String> url = values.text("datastore.postgres.url");
        Optional<String> dsn = values.text("datastore.postgres.dsn");
        if (url.isPresent() && dsn.isPresent()) {
            values.problem("datastore.postgres.dsn", "(set)", "set datastore.postgres.url or datastore.postgres.dsn, "
                    + "not both");
        }
        url = url.flatMap(text -> values.parsed("datastore.postgres.url", text, TorkConfigBinder::jdbcUrl,
                "expected a JDBC URL such as jdbc:postgresql://localhost:5432/tork"));
        return new PostgresDatastoreConfig(url, values.text("datastore.postgres.username"),
                values.text("datastore.postgres.password"), dsn,
                values.integer("datastore.postgres.max-pool-size", DEFAULT_MAX_POOL_SIZE, 1));
    }

    private static Duration retention(ConfigValues values, String key, Duration defaultValue) {
        Duration duration = values.duration(key).orElse(defaultValue);
        if (duration.compareTo(MIN_RETENTION) < 0) {
            values.problem(key, values.text(key).orElse(""), "expected at least 1m: a shorter retention would delete "
                    + "jobs and logs while they are still being read");
            return defaultValue;
        }
        return duration;
    }

    private static String jdbcUrl(String text) {
        if (!text.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + text);
        }
        return text;
    }

    private static RuntimeType runtimeType(ConfigValues values) {
        return values.text("runtime.type").flatMap(text -> values.parsed("runtime.type", text, RuntimeType::parse,
                "expected a runtime name (lower-case letters, digits and dashes): docker, shell or one a plugin "
                        + "provides")).orElse(RuntimeType.DOCKER);
    }

    /** Keys under {@code runtime.} that no built-in runtime reads: settings of plugin runtimes. */
    private static Map<String, String> pluginRuntimeSettings(ConfigValues values) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String key : values.keysUnder("runtime")) {
            if (!key.equals("type") && !key.startsWith("shell.") && !key.startsWith("docker.")) {
                settings.put(key, values.joinedText("runtime." + key));
            }
        }
        return settings;
    }

    private static Map<String, Integer> queues(ConfigValues values) {
        Map<String, Integer> queues = new LinkedHashMap<>();
        for (String queue : values.keysUnder("worker.queues")) {
            queues.put(queue, values.integer("worker.queues." + queue, 1, 1));
        }
        if (queues.isEmpty()) {
            queues.put(DEFAULT_QUEUE, 1);
        }
        return queues;
    }

    private static List<String> shellCommand(ConfigValues values) {
        List<String> cmd = values.list("runtime.shell.cmd", DEFAULT_SHELL);
        return cmd.isEmpty() ? DEFAULT_SHELL : cmd;
    }

    /** A user or group id; {@code -} (the Go engine's spelling) means "not set". */
    private static Optional<Integer> id(ConfigValues values, String key) {
        return values.text(key)
                .filter(text -> !text.equals("-"))
                .flatMap(text -> values.parsed(key, text, TorkConfigBinder::nonNegativeInt,
                        "expected a numeric id of 0 or more, or -"));
    }

    private static int nonNegativeInt(String text) {
        int value = Integer.parseInt(text);
        if (value < 0) {
            throw new IllegalArgumentException("negative");
        }
        return value;
    }

    private static Path pluginsDir(ConfigValues values) {
        String text = values.text("plugins.dir", "./plugins");
        return values.parsed("plugins.dir", text, Path::of, "expected a folder path")
                .orElseGet(() -> Path.of("./plugins"));
    }

    private static URI endpoint(ConfigValues values) {
        String text = values.text("endpoint", DEFAULT_ENDPOINT);
        return values.parsed("endpoint", text, TorkConfigBinder::httpUri, "expected a URL such as http://localhost:8000")
                .orElseGet(() -> URI.create(DEFAULT_ENDPOINT));
    }

    static URI httpUri(String text) {
        try {
            URI uri = new URI(text.trim());
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    || uri.getHost() == null) {
                throw new IllegalArgumentException("not an http(s) URL: " + text);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: " + text, e);
        }
    }
}
