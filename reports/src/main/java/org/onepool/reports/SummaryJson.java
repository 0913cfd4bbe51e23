package org.onepool.reports;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import org.onepool.model.experiment.Summary;
import org.onepool.model.scenario.input.ScenarioLoader;

/** Writes summary.json: the Summary record in record order, no timestamps, so equal results give equal bytes. */
public final class SummaryJson {
    private static final ObjectWriter WRITER = ScenarioLoader.json().copy()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .writerFor(Summary.class);

    private SummaryJson() {
    }

    public static void write(Summary summary, Path file) throws IOException {
        WRITER.writeValue(file.toFile(), summary);
    }

    public static String toJson(Summary summary) throws IOException {
        return WRITER.writeValueAsString(summary);
    }
}
