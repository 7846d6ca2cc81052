package io.tork.adapters.out.runtime.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Mount;
import com.github.dockerjava.api.model.MountType;
import io.tork.application.port.out.RuntimeFailure;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A {@code /tork} on a fresh host directory bind-mounted into the container: the worker writes the files and reads
 * the output itself, with no archive copy through the daemon. Only for a daemon that sees the worker's
 * directories ({@link TorkDirs} decides).
 *
 * <p>The container owns the directory while it runs and may put links, pipes or device nodes in it: the worker
 * reads the output only after the container exited (no process of it is left to swap the file), only from a
 * regular file, and never through a link.
 */
record HostTorkDir(DockerClient docker, Path dir) implements TorkDir {
    private static final Path CONTAINER_TORK = Path.of(ContainerPlan.TORK_DIR);
    private static final int PARENT_MODE = 0755;

    static HostTorkDir create(DockerClient docker, TaskResources resources, Path root) throws RuntimeFailure {
        try {
            return new HostTorkDir(docker, resources.createHostDir(root));
        } catch (IOException e) {
            throw new RuntimeFailure("could not create a /tork directory in " + root + ": " + e, e);
        }
    }

    @Override
    public Mount mount() {
        return new Mount().withType(MountType.BIND).withSource(dir.toString()).withTarget(ContainerPlan.TORK_DIR);
    }

    /** Entries inside {@code /tork} are written here; the others (files in a workdir elsewhere) go through the daemon. */
    @Override
    public void populate(String containerId, ContainerPlan plan) throws RuntimeFailure {
        List<ContainerPlan.Entry> elsewhere = new ArrayList<>();
        try {
            for (ContainerPlan.Entry entry : plan.entries()) {
                Path inContainer = Path.of(entry.path()).normalize();
                if (inContainer.startsWith(CONTAINER_TORK) && !inContainer.equals(CONTAINER_TORK)) {
                    write(dir.resolve(CONTAINER_TORK.relativize(inContainer).toString()), entry);
                } else {
                    elsewhere.add(entry);
                }
            }
        } catch (IOException e) {
            throw new RuntimeFailure("could not write the /tork files: " + e, e);
        }
        if (!elsewhere.isEmpty()) {
            docker.copyArchiveToContainerCmd(containerId)
                    .withRemotePath("/")
                    .withTarInputStream(new ByteArrayInputStream(ContainerPlan.archive(elsewhere)))
                    .exec();
        }
    }

    @Override
    public TarReader.Content readOutput(String containerId, int limit) throws RuntimeFailure {
        Path output = dir.resolve(CONTAINER_TORK.relativize(Path.of(ContainerPlan.OUTPUT_FILE)).toString());
        try {
            BasicFileAttributes attributes = Files.readAttributes(output, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isRegularFile()) {
                return null;
            }
            try (InputStream in = Channels.newInputStream(Files.newByteChannel(output,
                    Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)))) {
                byte[] head = in.readNBytes(limit + 1);
                boolean truncated = head.length > limit;
                return new TarReader.Content(truncated ? Arrays.copyOf(head, limit) : head, truncated);
            }
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new RuntimeFailure("could not read the task output: " + e, e);
        }
    }

    private void write(Path target, ContainerPlan.Entry entry) throws IOException {
        makeParents(target.getParent());
        if (entry.isDirectory()) {
            if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectory(target);
            }
        } else {
            Files.write(target, entry.content(), StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        }
        // Set explicitly: creation modes are cut by the worker's umask.
        Files.setPosixFilePermissions(target, PosixModes.of(entry.mode()));
    }

    /** Creates the missing directories between this {@code /tork} and {@code parent}, as a tar extraction would. */
    private void makeParents(Path parent) throws IOException {
        if (parent.equals(dir) || Files.isDirectory(parent, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        makeParents(parent.getParent());
        Files.createDirectory(parent);
        Files.setPosixFilePermissions(parent, PosixModes.of(PARENT_MODE));
    }
}
