package org.onepool.reports;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.onepool.model.projection.Band;
import org.onepool.model.projection.Projection;
import org.onepool.model.projection.ProjectionMeasure;
import org.onepool.model.projection.ProjectionRow;

/**
 * projections.csv: the workforce projection in tidy long form, one value per line: arm (business as usual,
 * an option, or an option minus business as usual), partner and job family ("all" for a total), financial
 * year, measure, statistic (mean, p10, p50, p90) and value. Breakdowns by reason and route have a mean only;
 * pay bill and agency spend are given for partner and overall totals only.
 */
public final class ProjectionsCsv {
    public static final String[] HEADER = {"arm", "partner", "family", "year", "measure", "statistic", "value"};

    private ProjectionsCsv() {
    }

    public static void write(Projection projection, Path file) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(HEADER).setRecordSeparator("\n").get();
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, format)) {
            for (int a = 0; a < projection.arms().size(); a++) {
                String arm = projection.arms().get(a).id();
                for (int r = 0; r < projection.rows().size(); r++) {
                    ProjectionRow row = projection.rows().get(r);
                    for (int y = 0; y < projection.years().size(); y++) {
                        String year = projection.years().get(y);
                        for (ProjectionMeasure m : ProjectionMeasure.ALL) {
                            if (!Projection.given(row, m)) continue;
                            Band s = projection.get(a, r, y, m);
                            printer.printRecord(arm, row.partnerId(), row.familyId(), year, m.id(), "mean", s.mean());
                            printer.printRecord(arm, row.partnerId(), row.familyId(), year, m.id(), "p10", s.p10());
                            printer.printRecord(arm, row.partnerId(), row.familyId(), year, m.id(), "p50", s.p50());
                            printer.printRecord(arm, row.partnerId(), row.familyId(), year, m.id(), "p90", s.p90());
                        }
                    }
                }
            }
        }
    }
}
