package io.tork.application.port.out;

/**
 * A search over jobs: {@code text} is the words of the user's {@code q} (matched against name, description and
 * state), {@code tags} the {@code tag:}/{@code tags:} tokens (a job matches if it has any of them).
 */
public record JobQuery(String text, java.util.List<String> tags, int page, int size) {
    public JobQuery {
        tags = tags == null ? java.util.List.of() : java.util.List.copyOf(tags);
        text = text == null ? "" : text.trim();
    }

    public static JobQuery all(int page, int size) {
        return new JobQuery("", java.util.List.of(), page, size);
    }
}
