package org.onepool.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Writes a run's outputs into a temporary folder beside the destination and moves it into place only
 * when everything is written. A run that fails or is interrupted leaves no half-written destination;
 * an earlier complete output at the destination is replaced only at the very end.
 */
public final class OutputFolder implements AutoCloseable {
    private final Path destination;
    private final Path temporary;
    private final Thread cleanup;
    private boolean committed;

    private OutputFolder(Path destination, Path temporary) {
        this.destination = destination;
        this.temporary = temporary;
        this.cleanup = new Thread(() -> deleteQuietly(temporary), "onepool-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
    }

    /**
     * Why {@code destination} cannot take a run's output, or null if it can: it must not exist, be an
     * empty folder, or hold an earlier onepool output (a folder with summary.json, or backtest.json). Anything else — a
     * file, the current folder, someone's documents — is never replaced.
     */
    public static String unsuitable(Path destination) {
        Path d = destination.toAbsolutePath().normalize();
        if (!Files.exists(d)) return null;
        if (!Files.isDirectory(d)) return d + " is a file, not a folder";
        if (d.equals(Path.of("").toAbsolutePath().normalize()) || d.getParent() == null) {
            return d + " is the current or a top-level folder";
        }
        try (var entries = Files.list(d)) {
            boolean empty = entries.findAny().isEmpty();
            if (empty || Files.isRegularFile(d.resolve("summary.json")) || Files.isRegularFile(d.resolve("backtest.json"))) {
                return null;
            }
        } catch (IOException e) {
            return d + " cannot be read";
        }
        return d + " holds other files and is not an earlier onepool output";
    }

    /** Creates the temporary folder beside {@code destination} (creating its parent if needed). */
    public static OutputFolder create(Path destination) throws IOException {
        Path absolute = destination.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".partial-");
        return new OutputFolder(absolute, temporary);
    }

    /** Where to write: a path inside the temporary folder. */
    public Path resolve(String relative) throws IOException {
        Path file = temporary.resolve(relative);
        Files.createDirectories(file.getParent());
        return file;
    }

    /** Space left on the disk that holds the output; unbounded when the disk cannot say. */
    public long usableBytes() {
        try {
            return Files.getFileStore(temporary).getUsableSpace();
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    public Path destination() {
        return destination;
    }

    /** Moves the complete output into place, replacing an earlier output at the destination. */
    public void commit() throws IOException {
        String refused = unsuitable(destination);
        if (refused != null) throw new IOException("not replacing " + refused);
        Path old = null;
        if (Files.exists(destination)) {
            old = Files.createTempDirectory(destination.getParent(), "." + destination.getFileName() + ".old-");
            Files.delete(old);
            move(destination, old);
        }
        move(temporary, destination);
        committed = true;
        if (old != null) deleteQuietly(old);
    }

    /** Deletes the temporary folder unless it was committed. */
    @Override
    public void close() {
        if (!committed) deleteQuietly(temporary);
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException shuttingDown) {
            // The hook itself is running; nothing more to do.
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteQuietly(Path folder) {
        if (!Files.exists(folder)) return;
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // Best effort: a leftover hidden .partial folder is harmless and named as such.
        }
    }
}
