package org.onepool.grid;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.network.util.JavaUtils;

/**
 * A grid's output folder. Unlike a run's, it fills up as cells finish (so a rerun can skip them), and is
 * only ever an empty folder, a new one, or an earlier grid output: nothing else is written into.
 */
final class GridOutput {
    static final String CELLS = "cells";

    private GridOutput() {
    }

    /** Why the folder cannot take a grid's output, or null if it can. */
    static String unsuitable(Path folder) {
        Path d = folder.toAbsolutePath().normalize();
        if (!Files.exists(d)) return null;
        if (!Files.isDirectory(d)) return d + " is a file, not a folder";
        if (d.equals(Path.of("").toAbsolutePath().normalize()) || d.getParent() == null) {
            return d + " is the current or a top-level folder";
        }
        try (var entries = Files.list(d)) {
            if (entries.findAny().isEmpty() || Files.isDirectory(d.resolve(CELLS))) return null;
        } catch (IOException e) {
            return d + " cannot be read";
        }
        return d + " holds other files and is not an earlier grid output";
    }

    /** Deletes a file or a folder and everything in it, if it exists. */
    static void delete(Path path) throws IOException {
        if (!Files.exists(path)) return;
        try {
            JavaUtils.deleteRecursively(path.toFile());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while deleting " + path, e);
        }
    }
}
