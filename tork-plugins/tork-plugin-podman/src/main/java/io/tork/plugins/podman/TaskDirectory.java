package io.tork.plugins.podman;

import io.tork.plugin.api.RunRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One step's folder on the host. Its {@code tork} sub-folder is mounted at {@code /tork} in the container: the empty
 * {@code stdout} and {@code progress} files the task writes ({@code TORK_OUTPUT}, {@code TORK_PROGRESS}), the
 * script ({@code entrypoint}), and the task's files when it uses the default working directory
 * {@code /tork/workdir}; results and progress are read straight from it. Beside it, files the container must not
 * see (the environment file, files staged for a custom workdir). Deleted when the step ends.
 */
final class TaskDirectory implements AutoCloseable {
    static final String MOUNT_POINT = "/tork";
    static final String OUTPUT_FILE = MOUNT_POINT + "/stdout";
    static final String PROGRESS_FILE = MOUNT_POINT + "/progress";
    static final String ENTRYPOINT_FILE = MOUNT_POINT + "/entrypoint";
    static final String DEFAULT_WORKDIR = MOUNT_POINT + "/workdir";

    private static final Logger LOG = LoggerFactory.getLogger(TaskDirectory.class);
    // The task may run as any user: it must be able to write its output and progress.
    private static final String WRITABLE_BY_ALL = "rw-rw-rw-";
    private static final String EXECUTABLE = "r-xr-xr-x";
    private static final String READ_ONLY = "r--r--r--";
    private static final String OPEN_DIRECTORY = "rwxrwxrwx";

    private final Path root;
    private final Path path;

    private TaskDirectory(Path root) {
        this.root = root;
        this.path = root.resolve("tork");
    }

    /** Creates the folder for {@code step}; the task's files go in it unless the step has a workdir of its own. */
    static TaskDirectory create(RunRequest step) throws IOException {
        Path root = Files.createTempDirectory("tork-podman-");
        TaskDirectory directory = new TaskDirectory(root);
        Path path = directory.path;
        try {
            Files.createDirectory(path);
            permit(path, OPEN_DIRECTORY);
            directory.write("stdout", "", WRITABLE_BY_ALL);
            directory.write("progress", "", WRITABLE_BY_ALL);
            if (step.isScript()) {
                directory.write("entrypoint", step.run(), EXECUTABLE);
            }
            if (step.workdir() == null && !step.files().isEmpty()) {
                Path workdir = Files.createDirectory(path.resolve("workdir"));
                permit(workdir, OPEN_DIRECTORY);
                writeFiles(workdir, step.files());
            }
            return directory;
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** Writes {@code files} into a new folder beside this one's content, to be copied into a custom workdir. */
    Path stageFiles(Map<String, String> files) throws IOException {
        Path staged = Files.createDirectory(root.resolve("staged-files"));
        permit(staged, OPEN_DIRECTORY);
        writeFiles(staged, files);
        return staged;
    }

    /** A file only this process may read, outside what the container sees (such as the environment file). */
    Path privateFile(String name, String content) throws IOException {
        Path file = root.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        permit(file, "rw-------");
        return file;
    }

    /** The folder to mount at {@code /tork}. */
    Path mounted() {
        return path;
    }

    /** What the task wrote to {@code TORK_OUTPUT}: its first {@code maxBytes} bytes, and whether there was more. */
    Output readOutput(int maxBytes) throws IOException {
        try (InputStream in = Files.newInputStream(path.resolve("stdout"))) {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            boolean truncated = bytes.length > maxBytes;
            return new Output(Utf8.prefix(bytes, Math.min(bytes.length, maxBytes)), truncated);
        }
    }

    record Output(String text, boolean truncated) {
    }

    /** What the task last wrote to {@code TORK_PROGRESS} (at most 64 bytes), trimmed; empty when unreadable. */
    String readProgress() {
        try (InputStream in = Files.newInputStream(path.resolve("progress"))) {
            return new String(in.readNBytes(64), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public void close() {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.warn("could not delete the task folder {}: {}", root, e.getMessage());
        }
    }

    private void write(String name, String content, String permissions) throws IOException {
        Path file = path.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        permit(file, permissions);
    }

    private static void writeFiles(Path folder, Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> file : files.entrySet()) {
            String name = file.getKey();
            if (name.isBlank() || name.startsWith("/") || List.of(name.split("/")).contains("..")) {
                throw new IllegalArgumentException("invalid file name: '" + name
                        + "' (must be relative and stay in the workdir)");
            }
            Path target = folder.resolve(name).normalize();
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            permit(target, READ_ONLY);
        }
    }

    private static void permit(Path path, String permissions) throws IOException {
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
    }
}
