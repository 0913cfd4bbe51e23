package org.onepool.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {
    @TempDir
    Path temp;

    @Test
    void aRunThatFailsWhileWritingLeavesNoDestinationAndNoPartialFolder() throws Exception {
        Path destination = temp.resolve("run");
        assertThatThrownBy(() -> {
            try (OutputFolder folder = OutputFolder.create(destination)) {
                Files.writeString(folder.resolve("summary.json"), "{}");
                Files.writeString(folder.resolve("charts/a.svg"), "<svg/>");
                throw new IOException("disk full");
            }
        }).hasMessage("disk full");
        assertThat(destination).doesNotExist();
        try (var left = Files.list(temp)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void anEarlierCompleteOutputSurvivesAFailedRunAndIsReplacedByASuccessfulOne() throws Exception {
        Path destination = temp.resolve("run");
        try (OutputFolder folder = OutputFolder.create(destination)) {
            Files.writeString(folder.resolve("summary.json"), "first");
            folder.commit();
        }
        assertThatThrownBy(() -> {
            try (OutputFolder folder = OutputFolder.create(destination)) {
                Files.writeString(folder.resolve("summary.json"), "broken");
                throw new IllegalStateException("interrupted");
            }
        });
        assertThat(Files.readString(destination.resolve("summary.json"))).isEqualTo("first");
        try (OutputFolder folder = OutputFolder.create(destination)) {
            Files.writeString(folder.resolve("summary.json"), "second");
            folder.commit();
        }
        assertThat(Files.readString(destination.resolve("summary.json"))).isEqualTo("second");
        try (var left = Files.list(temp)) {
            assertThat(left).containsExactly(destination);
        }
    }
}
