package org.onepool.reports;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.onepool.model.experiment.CashFlowRow;

/**
 * cashflows.csv: long format, one row per option x case x partner x category x financial year, with each
 * line's resource type, price basis (real at the price base year, or nominal cash) and payer.
 */
public final class CashFlowsCsv {
    public static final String[] HEADER = {"option", "partner", "category", "resourceType", "case", "priceBasis",
        "payer", "financialYear", "mean", "p10", "p50", "p90"};

    private CashFlowsCsv() {
    }

    public static void write(List<CashFlowRow> rows, Path file) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(HEADER).setRecordSeparator("\n").get();
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, format)) {
            for (CashFlowRow r : rows) {
                printer.printRecord(r.option(), r.partner(), r.category(), r.resourceType(), r.caseName(), r.priceBasis(),
                        r.payer(), r.financialYear(), r.netSaving().mean(),
                        r.netSaving().p10(), r.netSaving().p50(), r.netSaving().p90());
            }
        }
    }
}
