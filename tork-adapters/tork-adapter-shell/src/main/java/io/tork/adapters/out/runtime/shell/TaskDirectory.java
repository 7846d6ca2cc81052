package io.tork.adapters.out.runtime.shell;

import io.tork.application.port.out.RuntimeFailure;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The private temp dir of one script run: {@code stdout} ({@code $TORK_OUTPUT}), {@code progress}
 * ({@code $TORK_PROGRESS}), {@code entrypoint} (the script) and {@code workdir/} holding the task's files.
 * The files live in a sub-directory (as Docker's {@code /tork/workdir}) so that a file the user calls
 * {@code stdout} or {@code entrypoint} cannot clobber the runtime's own.
 */
final class TaskDirectory implements AutoCloseable {
    static final String PREFIX = "tork-";
    static final int MAX_RESULT_BYTES = 64 * 1024;

    private final Path root;

    private TaskDirectory(Path root) {
        this.root = root;
    }

    /** Creates the directory with the script and files in it; nothing remains if that fails. */
    static TaskDirectory create(String script, Map<String, String> files) throws RuntimeFailure {
        Path root;
        try {
            root = Files.createTempDirectory(PREFIX);
        } catch (IOException e) {
            throw new RuntimeFailure("cannot create the task directory: " + e.getMessage(), e);
        }
        TaskDirectory directory = new TaskDirectory(root);
        try {
            directory.populate(script, files);
            return directory;
        } catch (RuntimeFailure | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    private void populate(String script, Map<String, String> files) throws RuntimeFailure {
        try {
            Files.createFile(output());
            Files.createFile(progress());
            ForkGuard.write(() -> Files.writeString(entrypoint(), script == null ? "" : script));
            makeExecutable(entrypoint());
            Files.createDirectory(workdir());
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path target = fileInWorkdir(file.getKey());
                Files.createDirectories(target.getParent());
                // a task's file may be a script it runs, too
                ForkGuard.write(() -> Files.writeString(target, file.getValue() == null ? "" : file.getValue()));
            }
        } catch (IOException e) {
            throw new RuntimeFailure("cannot prepare the task directory: " + e.getMessage(), e);
        }
    }

    private Path fileInWorkdir(String name) throws RuntimeFailure {
        Path target = workdir().resolve(name).normalize();
        if (!target.startsWith(workdir()) || target.equals(workdir())) {
            throw new RuntimeFailure("file name must stay inside the working directory: " + name);
        }
        return target;
    }

    private static void makeExecutable(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r-xr-xr-x"));
        }
    }

    /** Gives the directory and everything in it to the user the script runs as, so it can write its output. */
    void handTo(Integer uid, Integer gid) throws RuntimeFailure {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                if (uid != null) Files.setAttribute(path, "unix:uid", uid);
                if (gid != null) Files.setAttribute(path, "unix:gid", gid);
            }
        } catch (IOException | UnsupportedOperationException | UncheckedIOException e) {
            throw new RuntimeFailure("cannot hand the task directory to uid " + uid + " gid " + gid + ": "
                    + e.getMessage(), e);
        }
    }

    Path root() {
        return root;
    }

    Path output() {
        return root.resolve("stdout");
    }

    Path progress() {
        return root.resolve("progress");
    }

    Path entrypoint() {
        return root.resolve("entrypoint");
    }

    Path workdir() {
        return root.resolve("workdir");
    }

    /** What the script wrote to {@code $TORK_OUTPUT}: its first 64 KiB, never splitting a character. */
    String result() throws RuntimeFailure {
        if (!Files.exists(output())) {
            return "";
        }
        try (InputStream in = Files.newInputStream(output())) {
            byte[] head = in.readNBytes(MAX_RESULT_BYTES);
            return new String(head, 0, Utf8.completeLength(head), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RuntimeFailure("cannot read the task output: " + e.getMessage(), e);
        }
    }

    /** Deletes the directory and everything in it, also what the script added. */
    @Override
    public void close() {
        if (!Files.exists(root)) return;
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                    if (failure != null) throw failure;
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the task directory " + root, e);
        }
    }
}
