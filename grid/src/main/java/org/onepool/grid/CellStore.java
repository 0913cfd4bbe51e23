package org.onepool.grid;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.onepool.model.scenario.input.ScenarioLoader;

/**
 * The cells/ folder of a grid's output: one result file per finished cell, named by the cell's key, and
 * the cell's scenario beside it (to rerun the cell on its own). Each file is written whole to a
 * temporary name and moved into place, so a killed run leaves no half-written cell.
 */
final class CellStore {
    private static final ObjectWriter WRITER = ScenarioLoader.json().copy().enable(SerializationFeature.INDENT_OUTPUT)
            .writerFor(CellResult.class);
    private final Path folder;

    CellStore(Path folder) {
        this.folder = folder;
    }

    Path folder() {
        return folder;
    }

    Path resultFile(Cell cell) {
        return folder.resolve(cell.key() + ".json");
    }

    Path scenarioFile(Cell cell) {
        return folder.resolve(cell.key() + ".scenario.json");
    }

    /** True when the cell's result is written and is this cell's (same full hash). */
    boolean has(Cell cell) {
        Path file = resultFile(cell);
        if (!Files.isRegularFile(file)) return false;
        try {
            return read(cell).cell().hash().equals(cell.hash());
        } catch (IOException e) {
            return false;
        }
    }

    CellResult read(Cell cell) throws IOException {
        return ScenarioLoader.json().readValue(resultFile(cell).toFile(), CellResult.class);
    }

    void write(Cell cell, CellResult result) throws IOException {
        Files.createDirectories(folder);
        atomically(scenarioFile(cell), cell.scenarioJson());
        atomically(resultFile(cell), WRITER.writeValueAsString(result));
    }

    static void atomically(Path file, String text) throws IOException {
        Path temporary = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".partial");
        try {
            Files.writeString(temporary, text);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
