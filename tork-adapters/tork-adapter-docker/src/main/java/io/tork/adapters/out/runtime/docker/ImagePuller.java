package io.tork.adapters.out.runtime.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.PullImageCmd;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.AuthConfig;
import com.github.dockerjava.api.model.PullResponseItem;
import com.github.dockerjava.api.model.ResponseItem;
import io.tork.application.port.out.RuntimeFailure;
import io.tork.application.port.out.RuntimeListener;
import io.tork.domain.spec.Registry;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a task's image present. Pulls of one image are serialized so that concurrent tasks do not download it
 * twice; credentials come from the task's {@code registry}, else docker-java applies the Docker config file's.
 * Unless the policy is {@link ImagePullPolicy#ALWAYS}, an image seen present is remembered (as the reference's
 * puller does) and not asked about again; a container creation that finds it gone makes the caller
 * {@link #forget} it.
 */
final class ImagePuller {
    private static final Logger LOG = LoggerFactory.getLogger(ImagePuller.class);
    private final DockerClient docker;
    private final ImagePullPolicy policy;
    private final ConcurrentMap<String, ReentrantLock> pullLocks = new ConcurrentHashMap<>();
    private final Set<String> knownPresent = ConcurrentHashMap.newKeySet();

    ImagePuller(DockerClient docker, ImagePullPolicy policy) {
        this.docker = docker;
        this.policy = policy;
    }

    void ensurePresent(String image, Registry registry, RuntimeListener listener)
            throws RuntimeFailure, InterruptedException {
        if (policy != ImagePullPolicy.ALWAYS && (knownPresent.contains(image) || isPresent(image))) {
            return;
        }
        if (policy == ImagePullPolicy.NEVER) {
            throw new RuntimeFailure("image '" + image + "' is not present and the image pull policy is never");
        }
        ReentrantLock lock = pullLocks.computeIfAbsent(image, key -> new ReentrantLock());
        lock.lockInterruptibly();
        try {
            // Another task may have pulled it while this one waited.
            if (policy == ImagePullPolicy.IF_NOT_PRESENT && isPresent(image)) {
                return;
            }
            pull(image, registry, listener);
        } finally {
            lock.unlock();
        }
    }

    /** The image is no longer to be taken as present: the next {@link #ensurePresent} looks again. */
    void forget(String image) {
        knownPresent.remove(image);
    }

    private boolean isPresent(String image) {
        try {
            docker.inspectImageCmd(image).exec();
            if (policy != ImagePullPolicy.ALWAYS) {
                knownPresent.add(image);
            }
            return true;
        } catch (NotFoundException absent) {
            return false;
        }
    }

    private void pull(String image, Registry registry, RuntimeListener listener)
            throws RuntimeFailure, InterruptedException {
        ImageReference ref = ImageReference.parse(image);
        PullImageCmd command = docker.pullImageCmd(ref.repository()).withTag(ref.tagOrDigest());
        if (registry != null && registry.username() != null) {
            command = command.withAuthConfig(new AuthConfig()
                    .withUsername(registry.username())
                    .withPassword(registry.password())
                    .withRegistryAddress(ref.registryHost()));
        }
        PullCallback pull;
        try {
            pull = command.exec(new PullCallback(listener));
        } catch (RuntimeException e) {
            throw pullFailed(image, DockerErrors.describe(e), e);
        }
        try {
            pull.await();
        } finally {
            pull.close();
        }
        if (pull.error() != null) {
            throw pullFailed(image, DockerErrors.describe(pull.error()), pull.error());
        }
        if (pull.failure() != null) {
            throw pullFailed(image, pull.failure(), null);
        }
        if (!isPresent(image)) {
            throw pullFailed(image, "the image is still missing after the pull", null);
        }
    }

    private static RuntimeFailure pullFailed(String image, String reason, Throwable cause) {
        return new RuntimeFailure("failed to pull image '" + image + "': " + reason, cause);
    }

    /** Forwards pull status lines (not the progress bars) to the task log; the daemon reports errors in-band. */
    private static final class PullCallback extends StreamCallback<PullResponseItem> {
        private final RuntimeListener listener;
        private volatile String failure;

        PullCallback(RuntimeListener listener) {
            this.listener = listener;
        }

        @Override
        public void onNext(PullResponseItem item) {
            if (item.isErrorIndicated()) {
                failure = item.getErrorDetail() != null && item.getErrorDetail().getMessage() != null
                        ? item.getErrorDetail().getMessage() : "the daemon reported an error";
                return;
            }
            // Layer download bars come many times a second; keep the status lines only.
            if (item.getStatus() != null && !hasProgress(item.getProgressDetail())) {
                String id = item.getId() == null ? "" : item.getId() + ": ";
                try {
                    listener.log(id + item.getStatus() + "\n");
                } catch (RuntimeException e) {
                    LOG.warn("task log listener failed", e);
                }
            }
        }

        private static boolean hasProgress(ResponseItem.ProgressDetail detail) {
            return detail != null && (detail.getCurrent() != null || detail.getTotal() != null);
        }

        String failure() {
            return failure;
        }
    }
}
