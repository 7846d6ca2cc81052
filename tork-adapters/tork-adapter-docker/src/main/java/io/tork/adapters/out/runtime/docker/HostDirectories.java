package io.tork.adapters.out.runtime.docker;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Deletes host directories that containers wrote into, never following the links they may have left there. */
final class HostDirectories {
    private static final Logger LOG = LoggerFactory.getLogger(HostDirectories.class);

    private HostDirectories() {
    }

    /** Deletes {@code dir} and everything in it; logs what could not be deleted. Never throws. */
    static void deleteQuietly(Path dir) {
        try {
            // walkFileTree does not follow links: a link is deleted, not what it points to.
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    if (e instanceof NoSuchFileException) {
                        return FileVisitResult.CONTINUE;
                    }
                    throw e;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path visited, IOException e) throws IOException {
                    if (e != null) {
                        throw e;
                    }
                    Files.deleteIfExists(visited);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (NoSuchFileException gone) {
            // Nothing left to delete.
        } catch (IOException e) {
            LOG.warn("could not delete the directory {}: {}", dir, e.toString());
        }
    }
}
