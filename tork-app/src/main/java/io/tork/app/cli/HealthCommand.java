package io.tork.app.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code tork health}: prints {@code Status: UP} when the coordinator answers 200, fails otherwise. */
@Command(
        name = "health",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Ask a running coordinator whether it is healthy.")
final class HealthCommand implements Callable<Integer> {
    private final ConfigSource configSource;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--endpoint",
            paramLabel = "URL",
            description = "The coordinator's API (default: the 'endpoint' configuration key, http://localhost:8000).")
    String endpoint;

    HealthCommand(ConfigSource configSource) {
        this.configSource = Objects.requireNonNull(configSource);
    }

    @Override
    public Integer call() throws InterruptedException {
        int status = HealthProbe.status(endpoint());
        if (status != 200) {
            throw new CommandFailedException("Health check failed. Status Code: " + status);
        }
        spec.commandLine().getOut().println("Status: UP");
        spec.commandLine().getOut().flush();
        return 0;
    }

    private URI endpoint() {
        if (endpoint == null) {
            return configSource.load().endpoint();
        }
        try {
            URI uri = new URI(endpoint.trim());
            if (uri.getScheme() == null || uri.getHost() == null || !uri.getScheme().startsWith("http")) {
                throw new URISyntaxException(endpoint, "not an http(s) URL");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new ParameterException(spec.commandLine(),
                    "invalid --endpoint '" + endpoint + "': expected a URL such as http://localhost:8000");
        }
    }
}
