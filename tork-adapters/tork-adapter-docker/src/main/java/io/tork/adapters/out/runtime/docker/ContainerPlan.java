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
 * directory, and the files put into it before it starts — the {@code /tork} files and the task's {@code files}.
 *
 * @param cmd        {@code null} keeps the image's
 * @param entrypoint {@code null} keeps the image's
 * @param workdir    {@code null} keeps the image's
 * @param entries    the files and directories to put in place, parents before children
 */
record ContainerPlan(String image, List<String> cmd, List<String> entrypoint, List<String> env, String workdir,
        List<Entry> entries) {

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
                entries(spec, hasScript, workdir));
    }

    /**
     * A file or directory put into the container before it starts.
     *
     * @param path    absolute ({@code /tork/stdout}); a task's file name may add {@code .} or repeated slashes
     * @param content {@code null} for a directory
     */
    record Entry(String path, byte[] content, int mode) {
        boolean isDirectory() {
            return content == null;
        }
    }

    /** Every entry as a tar to extract at {@code /}. */
    byte[] archive() {
        return archive(entries);
    }

    /** The given entries as a tar to extract at {@code /}. */
    static byte[] archive(List<Entry> entries) {
        try {
            return TarWriter.inMemory(tar -> {
                for (Entry entry : entries) {
                    if (entry.isDirectory()) {
                        tar.directory(relative(entry.path()), entry.mode());
                    } else {
                        tar.file(relative(entry.path()), entry.content(), entry.mode());
                    }
                }
            }, System.currentTimeMillis() / 1000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    private static List<Entry> entries(TaskSpec spec, boolean hasScript, String workdir) throws RuntimeFailure {
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry(OUTPUT_FILE, new byte[0], WRITABLE_BY_ALL));
        entries.add(new Entry(PROGRESS_FILE, new byte[0], WRITABLE_BY_ALL));
        if (hasScript) {
            entries.add(new Entry(ENTRYPOINT_FILE, utf8(spec.run()), EXECUTABLE));
        }
        if (spec.files() != null && !spec.files().isEmpty()) {
            if (DEFAULT_WORKDIR.equals(workdir)) {
                entries.add(new Entry(DEFAULT_WORKDIR, null, OPEN_DIRECTORY));
            }
            for (Map.Entry<String, String> file : spec.files().entrySet()) {
                entries.add(new Entry(filePath(workdir, file.getKey()),
                        utf8(file.getValue() == null ? "" : file.getValue()), READ_ONLY));
            }
        }
        return List.copyOf(entries);
    }

    /** Where a file named {@code name} lands, an absolute path; names may not climb out of the workdir. */
    private static String filePath(String workdir, String name) throws RuntimeFailure {
        if (isBlank(name) || name.startsWith("/") || List.of(name.split("/")).contains("..")) {
            throw new RuntimeFailure("invalid file name: '" + name + "' (must be relative and stay in the workdir)");
        }
        if (!workdir.startsWith("/")) {
            throw new RuntimeFailure("workdir must be an absolute path: " + workdir);
        }
        String dir = "/" + relative(workdir);
        return (dir.equals("/") ? "" : dir) + "/" + name;
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
