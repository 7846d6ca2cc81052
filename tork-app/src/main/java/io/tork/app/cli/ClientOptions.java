package io.tork.app.cli;

import io.tork.app.client.Credentials;
import io.tork.app.client.TorkApi;
import io.tork.app.config.TorkConfig;
import java.net.URI;
import java.net.URISyntaxException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --endpoint} and {@code --json}, shared by the client commands, and the API they lead to. */
final class ClientOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "The coordinator's API (default: the 'endpoint' setting, http://localhost:8000).")
    String endpoint;

    @Option(names = "--json", description = "Print the API's JSON instead of text for people.")
    boolean json;

    /**
     * The API at {@code --endpoint} or the configured endpoint, with the configured client credentials
     * ({@code client.key}, or {@code client.username} and {@code client.password}).
     */
    TorkApi api(ConfigSource configSource) {
        TorkConfig config = configSource.load();
        URI uri = endpoint == null ? config.endpoint() : parsedEndpoint();
        var client = config.client();
        return new TorkApi(uri, Credentials.of(client.key(), client.username(), client.password()));
    }

    private URI parsedEndpoint() {
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
