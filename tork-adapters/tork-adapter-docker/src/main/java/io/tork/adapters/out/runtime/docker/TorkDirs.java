package io.tork.adapters.out.runtime.docker;

import com.github.dockerjava.api.DockerClient;
import io.tork.application.port.out.RuntimeFailure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives each container its {@code /tork}: a host directory ({@link HostTorkDir}) or a Docker volume
 * ({@link VolumeTorkDir}), as configured. In {@link TorkDirMode#AUTO} the choice is made once per runtime by a
 * {@link SharedDirectoryProbe} that the first container starts in the background; containers get volumes until it
 * has said yes. The host directories live in a private (0700) folder made at first use and deleted on close.
 */
final class TorkDirs implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TorkDirs.class);
    private static final Duration CLOSE_LIMIT = Duration.ofSeconds(30);

    private final DockerClient docker;
    private final TorkDirMode configured;
    private final Path base;
    private Path root;
    private volatile CompletableFuture<Boolean> probe;

    /** @param base where the private folder is made; {@code null} for {@code java.io.tmpdir} */
    TorkDirs(DockerClient docker, TorkDirMode configured, Path base) {
        this.docker = docker;
        this.configured = configured;
        this.base = base != null ? base : Path.of(System.getProperty("java.io.tmpdir"));
    }

    /** A fresh {@code /tork} for a container of {@code image} (present on the daemon), owned by {@code resources}. */
    TorkDir create(TaskResources resources, String image) throws RuntimeFailure {
        boolean onHost = switch (configured) {
            case VOLUME -> false;
            case BIND -> true;
            case AUTO -> probedShared(image);
        };
        if (onHost) {
            try {
                return HostTorkDir.create(docker, resources, root());
            } catch (IOException e) {
                throw new RuntimeFailure("could not make the folder for /tork directories in " + base + ": " + e, e);
            }
        }
        return VolumeTorkDir.create(docker, resources);
    }

    /**
     * The mode in use once the probe (if any) has decided, waiting up to {@code limit} for it: {@link TorkDirMode#BIND}
     * or {@link TorkDirMode#VOLUME}; {@link TorkDirMode#AUTO} while undecided.
     */
    TorkDirMode decidedMode(Duration limit) throws InterruptedException {
        if (configured != TorkDirMode.AUTO) {
            return configured;
        }
        CompletableFuture<Boolean> started = probe;
        if (started == null) {
            return TorkDirMode.AUTO;
        }
        try {
            return started.get(limit.toMillis(), TimeUnit.MILLISECONDS) ? TorkDirMode.BIND : TorkDirMode.VOLUME;
        } catch (TimeoutException e) {
            return TorkDirMode.AUTO;
        } catch (ExecutionException e) {
            return TorkDirMode.VOLUME;
        }
    }

    /** Whether the probe said yes; starts it, in the background, on the first call. */
    private boolean probedShared(String image) {
        CompletableFuture<Boolean> started = probe;
        if (started == null) {
            synchronized (this) {
                if (probe == null) {
                    CompletableFuture<Boolean> verdict = new CompletableFuture<>();
                    probe = verdict;
                    Thread.ofVirtual().name("tork-docker-torkdir-probe").start(() -> verdict.complete(runProbe(image)));
                }
            }
            return false;
        }
        return started.isDone() && started.join();
    }

    private boolean runProbe(String image) {
        SharedDirectoryProbe.Verdict verdict;
        Path probeRoot = null;
        try {
            probeRoot = root();
            verdict = SharedDirectoryProbe.run(docker, probeRoot, image);
        } catch (IOException | RuntimeException e) {
            verdict = SharedDirectoryProbe.Verdict.no("could not make a folder in " + base + ": " + e);
        }
        if (verdict.shared()) {
            LOG.info("docker runtime: containers get host directories under {} as /tork", probeRoot);
        } else {
            LOG.info("docker runtime: containers get Docker volumes as /tork ({})", verdict.reason());
        }
        return verdict.shared();
    }

    /** The private folder of this runtime's host directories, made at first use. */
    private synchronized Path root() throws IOException {
        if (root == null) {
            Files.createDirectories(base);
            Path made = Files.createTempDirectory(base.toRealPath(), "tork-docker-");
            Files.setPosixFilePermissions(made, PosixModes.of(0700));
            if (configured == TorkDirMode.BIND && MountOptions.isNoExec(made)) {
                LOG.warn("docker runtime: {} is on a noexec filesystem: task scripts cannot run from a /tork made"
                        + " there (set runtime.docker.torkdir.root elsewhere, or the mode to volume)", made);
            }
            root = made;
        }
        return root;
    }

    /** Waits for a probe still going, then deletes the private folder with whatever is left in it. */
    @Override
    public void close() {
        CompletableFuture<Boolean> started = probe;
        if (started != null) {
            try {
                started.get(CLOSE_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                LOG.debug("the /tork probe did not end: {}", e.toString());
            }
        }
        Path made;
        synchronized (this) {
            made = root;
            root = null;
        }
        if (made != null) {
            HostDirectories.deleteQuietly(made);
        }
    }
}
