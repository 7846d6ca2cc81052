package io.tork.adapters.out.runtime.docker;

import com.github.dockerjava.api.exception.DockerException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns docker-java's exceptions into messages fit for a user: the daemon's own words, not HTTP noise. */
final class DockerErrors {
    // docker-java puts the daemon's JSON body in the message: Status 404: {"message":"No such image: x"}
    private static final Pattern DAEMON_MESSAGE = Pattern.compile("\"message\"\\s*:\\s*\"((?:\\\\.|[^\"\\\\])*)\"");
    private static final Pattern STATUS_PREFIX = Pattern.compile("^Status \\d+:\\s*");

    private DockerErrors() {
    }

    static String describe(Throwable error) {
        String message = error.getMessage();
        if (message == null || message.isBlank()) {
            return error.getClass().getSimpleName();
        }
        if (error instanceof DockerException) {
            Matcher m = DAEMON_MESSAGE.matcher(message);
            if (m.find()) {
                return unescape(m.group(1));
            }
            return STATUS_PREFIX.matcher(message.trim()).replaceFirst("");
        }
        return message.trim();
    }

    private static String unescape(String json) {
        return json.replace("\\\"", "\"").replace("\\n", " ").replace("\\t", " ").replace("\\\\", "\\").trim();
    }
}
