package io.tork.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import io.tork.app.config.LogLevel;
import io.tork.app.logging.LoggingSetup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * A canary secret goes through a real engine (Docker tasks print it, write it as their result and fail with it in
 * their output) and is then searched for in every answer of the API, in what the command line prints and in every
 * log event of the process, at DEBUG level.
 */
class SecretCanaryEndToEndTest {
    private static final String KEY = "canary-test-key-0123456789";
    private final String canary = "CANARY-" + UUID.randomUUID();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Map<Logger, Level> levels = new LinkedHashMap<>();
    /** The test configuration's console output, silenced meanwhile: DEBUG would flood the build log. */
    private final List<Appender<ILoggingEvent>> silenced = new ArrayList<>();

    @TempDir
    Path dir;

    /** As an operator's {@code logging.level = debug} does: the engine and its libraries at DEBUG. */
    @BeforeEach
    void captureEveryLogEvent() {
        LoggerContext context = root.getLoggerContext();
        context.getLoggerList().forEach(logger -> levels.put(logger, logger.getLevel()));
        LoggingSetup.applyLevel(LogLevel.DEBUG);
        root.iteratorForAppenders().forEachRemaining(silenced::add);
        silenced.forEach(root::detachAppender);
        logs.start();
        root.addAppender(logs);
    }

    @AfterEach
    void release() {
        root.detachAppender(logs);
        silenced.forEach(root::addAppender);
        levels.forEach(Logger::setLevel);
    }

    @Test
    void theSecretAppearsInNoAnswerNoOutputAndNoLog() throws Exception {
        String job = """
                name: canary
                secrets:
                  canary: %1$s
                inputs:
                  password: %1$s
                output: "{{ tasks.token }}"
                tasks:
                  - name: print it
                    image: ubuntu:mantic
                    var: token
                    env:
                      TOKEN: "{{ secrets.canary }}"
                    run: echo "the token is $TOKEN"; echo -n "$TOKEN" > $TORK_OUTPUT
                  - name: fail with it
                    image: ubuntu:mantic
                    env:
                      TOKEN: "{{ secrets.canary }}"
                    run: echo "failing with $TOKEN"; exit 4
                """.formatted(canary);
        Map<String, String> seen = new LinkedHashMap<>();
        try (DockerEngine engine = DockerEngine.start(Map.of("middleware.web.keyauth.enabled", "true",
                "middleware.web.keyauth.key", KEY, "middleware.web.logger.level", "info"))) {
            SecuredApi api = new SecuredApi(engine.endpoint());
            String auth = SecuredApi.bearer(KEY);
            Map<String, String> client = Map.of("endpoint", engine.endpoint(), "client.key", KEY);

            Cli.Run submitted = Cli.run(client, "submit", Files.writeString(dir.resolve("canary.yaml"), job).toString(),
                    "--wait");
            seen.put("tork submit --wait (out)", submitted.out());
            seen.put("tork submit --wait (err)", submitted.err());
            assertThat(submitted.exitCode()).as(submitted.err()).isEqualTo(1);
            String id = submitted.out().lines().findFirst().orElseThrow().split(" ")[1];
            engine.remember(id);

            JsonNode full = new com.fasterxml.jackson.databind.ObjectMapper().readTree(api.get("/jobs/" + id, auth).body());
            assertThat(full.path("state").asText()).isEqualTo("FAILED");
            List<String> paths = new ArrayList<>(List.of("/jobs/" + id, "/jobs", "/jobs?q=canary", "/jobs/" + id + "/log",
                    "/metrics", "/metrics/prometheus", "/queues", "/nodes", "/openapi.json", "/users"));
            for (JsonNode task : full.path("execution")) {
                paths.add("/tasks/" + task.path("id").asText());
                paths.add("/tasks/" + task.path("id").asText() + "/log");
            }
            for (String path : paths) seen.put("GET " + path, api.get(path, auth).body());
            seen.put("POST /jobs with wait", api.post("/jobs", auth, "text/yaml",
                    job + "wait:\n  timeout: 2m\n").body());
            for (String[] args : List.of(new String[] {"job", id}, new String[] {"job", id, "--json"},
                    new String[] {"jobs"}, new String[] {"jobs", "--json"}, new String[] {"logs", id},
                    new String[] {"logs", id, "--json"})) {
                Cli.Run run = Cli.run(client, args);
                seen.put("tork " + String.join(" ", args), run.out() + run.err());
            }

            // the secret did reach the containers: what they printed is in the log, redacted
            assertThat(seen.get("GET /jobs/" + id + "/log")).contains("the token is [REDACTED]");
            assertThat(full.path("execution").get(0).path("result").asText()).isEqualTo("[REDACTED]");
            engine.assertNothingLeftBehind();
        }

        seen.forEach((where, text) -> assertThat(text).as(where).doesNotContain(canary));
        assertThat(logs.list).as("log events captured").isNotEmpty();
        for (ILoggingEvent event : logs.list) {
            assertThat(event.getFormattedMessage()).as("log event of %s", event.getLoggerName()).doesNotContain(canary);
            IThrowableProxy thrown = event.getThrowableProxy();
            if (thrown != null) {
                assertThat(ThrowableProxyUtil.asString(thrown)).as("stack trace logged by %s", event.getLoggerName())
                        .doesNotContain(canary);
            }
        }
    }
}
