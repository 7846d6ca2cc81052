package io.tork.adapters.out.runtime.docker;

import io.tork.application.port.out.RuntimeFailure;
import io.tork.domain.spec.TaskSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What one container of a task looks like (reference §4.2): its command, entrypoint, environment and working
 * directory, and the archive copied into it before it starts — the {@code /tork} files and the task's
 * {@code files}.
 *
 * @param cmd        {@code null} keeps the image's
 * @param entrypoint {@code null} keeps the image's
 * @param workdir    {@code null} keeps the image's
 * @param archive    a tar to extract at {@code /}
 */
record ContainerPlan(String image, List<String> cmd, List<String> entrypoint, List<String> env, String workdir,
        byte[] archive) {

    static final String TORK_DIR = "/tork";
    static final String OUTPUT_FILE = TORK_DIR + "/stdout";
    static final String PROGRESS_FILE = TORK_DIR + "/progress";
    static final String ENTRYPOINT_FILE = TORK_DIR + "/entrypoint";
    static final String DEFAULT_WORKDIR = TORK_DIR + "/workdir";

    // The task may run as any user: it must be able to write its output and progress.
    private static final int WRITABLE_BY_ALL = 0666;
    private static final int EXECUTABLE = 0555;
    private static final int READ_ONLY = 0444;
    private static final int OPEN_DIRECTORY = 0777;

    static ContainerPlan of(TaskSpec spec) throws RuntimeFailure {
        if (spec.image() == null || spec.image().isBlank()) {
            throw new RuntimeFailure("task image is required");
        }
        boolean hasScript = spec.run() != null && !spec.run().isBlank();
        boolean hasFiles = spec.files() != null && !spec.files().isEmpty();
        List<String> cmd = spec.cmd() != null ? spec.cmd() : hasScript ? List.of(ENTRYPOINT_FILE) : null;
        List<String> entrypoint = spec.entrypoint() != null ? spec.entrypoint() : hasScript ? List.of("sh", "-c") : null;
        String workdir = !isBlank(spec.workdir()) ? spec.workdir() : hasFiles ? DEFAULT_WORKDIR : null;
        return new ContainerPlan(spec.image(), cmd, entrypoint, environment(spec.env()), workdir,
                archive(spec, hasScript, workdir));
    }

    private static List<String> environment(Map<String, String> taskEnv) {
        List<String> env = new ArrayList<>();
        if (taskEnv != null) {
            taskEnv.forEach((name, value) -> env.add(name + "=" + (value == null ? "" : value)));
        }
        env.add("TORK_OUTPUT=" + OUTPUT_FILE);
        env.add("TORK_PROGRESS=" + PROGRESS_FILE);
        return List.copyOf(env);
    }

    private static byte[] archive(TaskSpec spec, boolean hasScript, String workdir) throws RuntimeFailure {
        List<Map.Entry<String, String>> files = new ArrayList<>();
        if (spec.files() != null) {
            for (Map.Entry<String, String> file : spec.files().entrySet()) {
                files.add(Map.entry(filePath(workdir, file.getKey()), file.getValue() == null ? "" : file.getValue()));
            }
        }
        try {
            return TarWriter.inMemory(tar -> {
                tar.file(relative(OUTPUT_FILE), new byte[0], WRITABLE_BY_ALL);
                tar.file(relative(PROGRESS_FILE), new byte[0], WRITABLE_BY_ALL);
                if (hasScript) {
                    tar.file(relative(ENTRYPOINT_FILE), utf8(spec.run()), EXECUTABLE);
                }
                if (DEFAULT_WORKDIR.equals(workdir) && !files.isEmpty()) {
                    tar.directory(relative(DEFAULT_WORKDIR), OPEN_DIRECTORY);
                }
                for (Map.Entry<String, String> file : files) {
                    tar.file(file.getKey(), utf8(file.getValue()), READ_ONLY);
                }
            }, System.currentTimeMillis() / 1000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where a file named {@code name} lands, relative to {@code /}; names may not climb out of the workdir. */
    private static String filePath(String workdir, String name) throws RuntimeFailure {
        if (isBlank(name) || name.startsWith("/") || List.of(name.split("/")).contains("..")) {
            throw new RuntimeFailure("invalid file name: '" + name + "' (must be relative and stay in the workdir)");
        }
        if (!workdir.startsWith("/")) {
            throw new RuntimeFailure("workdir must be an absolute path: " + workdir);
        }
        String dir = relative(workdir);
        return dir.isEmpty() ? name : dir + "/" + name;
    }

    private static String relative(String absolute) {
        return absolute.replaceAll("^/+", "").replaceAll("/+$", "");
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
