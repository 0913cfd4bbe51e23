package org.onepool.model.finance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.onepool.model.scenario.FinancialYearLabel;
import org.onepool.model.scenario.PriceIndex;

/**
 * The GDP deflator at market prices by financial year, used to move money between price years (a Green Book
 * appraisal is in real terms at one price base year). A financial year is named by the calendar year it
 * starts in: 2016 is 2016-17.
 *
 * <p>The file format is a few {@code # key: value} lines (the {@code source}, {@code vintage} and
 * {@code base} lines are required, so the figures always travel with their citation), a
 * {@code financialYear,index} header, then one {@code 2016-17,100.0} row per year, as published. Only the
 * years the file gives are known: the series is never extrapolated.
 *
 * @param source the citation: publisher, title, date, address
 * @param vintage which release of the series, e.g. "ONS Quarterly National Accounts, 30 June 2025"
 * @param base the published base, e.g. "2016-17 = 100"
 * @param indexByYear index by financial year (unmodifiable, ascending)
 */
public record GdpDeflator(String source, String vintage, String base, NavigableMap<Integer, Double> indexByYear)
        implements PriceIndex {
    /** The series shipped with onepool (see its source line). */
    public static final String BUNDLED = "gdp-deflators.csv";

    public GdpDeflator {
        if (indexByYear.isEmpty()) throw new DeflatorException("The GDP deflator series has no years.");
        indexByYear = Collections.unmodifiableNavigableMap(new TreeMap<>(indexByYear));
    }

    /** The series bundled with onepool. */
    public static GdpDeflator bundled() {
        try (InputStream in = GdpDeflator.class.getResourceAsStream(BUNDLED)) {
            if (in == null) throw new IllegalStateException("The bundled GDP deflator series " + BUNDLED + " is missing");
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), BUNDLED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A series in the same format from a file (e.g. a newer ONS or HM Treasury release). */
    public static GdpDeflator load(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        }
    }

    /** Reads the format described above; {@code name} is used in error messages. */
    public static GdpDeflator read(Reader reader, String name) throws IOException {
        String source = null, vintage = null, base = null;
        boolean header = false;
        TreeMap<Integer, Double> index = new TreeMap<>();
        BufferedReader lines = new BufferedReader(reader);
        int lineNumber = 0;
        for (String line; (line = lines.readLine()) != null; ) {
            lineNumber++;
            line = line.strip();
            if (line.isEmpty()) continue;
            String where = name + " line " + lineNumber;
            if (line.startsWith("#")) {
                int colon = line.indexOf(':');
                if (colon < 0) continue;
                String key = line.substring(1, colon).strip();
                String value = line.substring(colon + 1).strip();
                switch (key) {
                    case "source" -> source = value;
                    case "vintage" -> vintage = value;
                    case "base" -> base = value;
                    default -> { }
                }
            } else if (!header) {
                if (!line.replace(" ", "").equalsIgnoreCase("financialYear,index"))
                    throw new DeflatorException(where + ": expected the header 'financialYear,index', found '" + line + "'");
                header = true;
            } else {
                String[] cells = line.split(",", -1);
                if (cells.length != 2) throw new DeflatorException(where + ": expected 'financial year,index', found '" + line + "'");
                int year = parseYear(cells[0].strip(), where);
                double value;
                try {
                    value = Double.parseDouble(cells[1].strip());
                } catch (NumberFormatException e) {
                    throw new DeflatorException(where + ": index '" + cells[1].strip() + "' is not a number");
                }
                if (!(value > 0) || Double.isInfinite(value))
                    throw new DeflatorException(where + ": index " + cells[1].strip() + " must be a positive number");
                if (index.put(year, value) != null)
                    throw new DeflatorException(where + ": financial year " + label(year) + " appears twice");
            }
        }
        if (source == null || vintage == null || base == null)
            throw new DeflatorException(name + ": the '# source:', '# vintage:' and '# base:' lines are required, "
                    + "so that the figures carry their citation");
        if (index.isEmpty()) throw new DeflatorException(name + ": no financial years found");
        return new GdpDeflator(source, vintage, base, index);
    }

    @Override
    public String describe() {
        return "GDP deflator at market prices, " + vintage + " (" + base + "), " + label(firstYear()) + " to " + label(lastYear());
    }

    /** The published index of a financial year (named by the calendar year it starts in). */
    @Override
    public double index(int financialYear) {
        Double value = indexByYear.get(financialYear);
        if (value == null) {
            throw new DeflatorException("The GDP deflator (" + vintage + ") has no index for financial year "
                    + label(financialYear) + "; it covers " + label(firstYear()) + " to " + label(lastYear())
                    + ". Give a price year in that range, or use a newer deflator file.");
        }
        return value;
    }

    /** {@code amount} in prices of {@code fromYear} expressed in prices of {@code toYear}. */
    public double rebase(double amount, int fromYear, int toYear) {
        if (fromYear == toYear) {
            index(fromYear);
            return amount;
        }
        return amount * index(toYear) / index(fromYear);
    }

    public int firstYear() {
        return indexByYear.firstKey();
    }

    public int lastYear() {
        return indexByYear.lastKey();
    }

    /** A financial year's label, e.g. 2016 gives {@code 2016-17}. */
    public static String label(int financialYear) {
        return FinancialYearLabel.of(financialYear);
    }

    /** The calendar year a financial year label such as {@code 2016-17} or {@code 2016/17} starts in. */
    public static int parseYear(String label, String where) {
        Integer year = FinancialYearLabel.parse(label);
        if (year == null) {
            throw new DeflatorException(where + ": '" + label + "' is not a financial year such as 2016-17 "
                    + "(the second year must follow the first)");
        }
        return year;
    }

    /** A deflator series or a price year that cannot be used; the message says which and why. */
    public static final class DeflatorException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        public DeflatorException(String message) {
            super(message);
        }
    }
}
