package org.onepool.model.population;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The population companion file: CSV, one row a person, columns {@code partner, jobFamily, grade,
 * ageBand, joined, inPostSince} (months as YYYY-MM; inPostSince may be empty), after comment lines
 * starting with '#'. Small: about 40 bytes a person.
 */
public final class PopulationCsv {
    static final String[] HEADER = {"partner", "jobFamily", "grade", "ageBand", "joined", "inPostSince"};
    /** Larger files are refused before they are read: a million staff take about 40 MB. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    private static final int MAX_PROBLEMS = 50;

    /** Rows in the order the simulation numbers people: partner, family, grade, then by tenure and age. */
    public static final Comparator<RecordedPerson> ORDER = Comparator.comparing(RecordedPerson::partner)
            .thenComparing(RecordedPerson::jobFamily)
            .thenComparingInt(RecordedPerson::grade)
            .thenComparing(RecordedPerson::joined)
            .thenComparing(RecordedPerson::inPostSince, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingInt(p -> p.ageBand().fromYears())
            .thenComparingInt(p -> p.ageBand().toYears());

    private PopulationCsv() {
    }

    public static void write(ImportedPopulation population, List<String> comments, Writer out) throws IOException {
        for (String c : comments) out.write("# " + c.replace('\n', ' ') + "\n");
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(HEADER).setRecordSeparator("\n").get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (RecordedPerson p : population.people()) {
                printer.printRecord(p.partner(), p.jobFamily(), p.grade(), p.ageBand(), p.joined(),
                        p.inPostSince() == null ? "" : p.inPostSince());
            }
        }
    }

    /** Reads the staff in post at the end of {@code asOf}; every problem in the file is reported at once. */
    public static ImportedPopulation read(Path file, YearMonth asOf) throws PopulationFileException {
        try {
            if (!Files.isRegularFile(file)) throw fileProblem("no file at " + file, "the population file the scenario names");
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw fileProblem(Files.size(file) + " bytes", "a file of at most " + MAX_FILE_BYTES + " bytes");
            }
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return parse(reader, asOf);
            }
        } catch (CharacterCodingException e) {
            throw fileProblem("bytes that are not UTF-8 text", "the CSV 'onepool import' writes");
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw fileProblem("a file that cannot be read (" + e.getMessage() + ")", "the CSV 'onepool import' writes");
        }
    }

    private static ImportedPopulation parse(Reader reader, YearMonth asOf) throws IOException, PopulationFileException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).get();
        List<LineProblem> problems = new ArrayList<>();
        List<RecordedPerson> people = new ArrayList<>();
        var parser = format.parse(reader);
        for (String column : HEADER) {
            if (!parser.getHeaderNames().contains(column)) {
                problems.add(new LineProblem(1, null, "the columns " + parser.getHeaderNames(),
                        "the columns " + String.join(", ", HEADER)));
                throw new PopulationFileException(problems);
            }
        }
        long lines = 0;
        for (CSVRecord row : parser) {
            lines++;
            if (lines > 2_000_000) {
                problems.add(new LineProblem(row.getParser().getCurrentLineNumber(), null, "more than 2,000,000 rows",
                        "at most a million staff"));
                break;
            }
            RecordedPerson person = person(row, asOf, problems);
            if (person != null) people.add(person);
            if (problems.size() >= MAX_PROBLEMS) break;
        }
        if (!problems.isEmpty()) throw new PopulationFileException(problems);
        return new ImportedPopulation(asOf, people);
    }

    private static RecordedPerson person(CSVRecord row, YearMonth asOf, List<LineProblem> problems) {
        long line = row.getParser().getCurrentLineNumber();
        if (row.size() != HEADER.length) {
            problems.add(new LineProblem(line, null, row.size() + " fields", HEADER.length + " fields"));
            return null;
        }
        int before = problems.size();
        String partner = row.get("partner");
        String family = row.get("jobFamily");
        if (partner.isEmpty()) problems.add(new LineProblem(line, "partner", "nothing", "a partner id"));
        if (family.isEmpty()) problems.add(new LineProblem(line, "jobFamily", "nothing", "a job family id"));
        int grade = 0;
        try {
            grade = Integer.parseInt(row.get("grade"));
        } catch (NumberFormatException e) {
            grade = 0;
        }
        if (grade < 1 || grade > 10) {
            problems.add(new LineProblem(line, "grade", quote(row.get("grade")), "a grade from 1 to 10"));
        }
        AgeBand band = AgeBand.parse(row.get("ageBand"));
        if (band == null) {
            problems.add(new LineProblem(line, "ageBand", quote(row.get("ageBand")),
                    "an age band such as 35-39, within " + AgeBand.YOUNGEST + " to " + AgeBand.OLDEST));
        }
        YearMonth joined = month(row, "joined", false, asOf, problems);
        YearMonth inPost = month(row, "inPostSince", true, asOf, problems);
        if (joined != null && inPost != null && inPost.isBefore(joined)) {
            problems.add(new LineProblem(line, "inPostSince", inPost.toString(), "a month no earlier than joined ("
                    + joined + ")"));
        }
        if (problems.size() > before) return null;
        return new RecordedPerson(partner, family, grade, band, joined, inPost);
    }

    private static YearMonth month(CSVRecord row, String column, boolean optional, YearMonth asOf,
                                   List<LineProblem> problems) {
        String text = row.get(column);
        long line = row.getParser().getCurrentLineNumber();
        if (text.isEmpty()) {
            if (!optional) problems.add(new LineProblem(line, column, "nothing", "a month as YYYY-MM"));
            return null;
        }
        try {
            YearMonth month = YearMonth.parse(text);
            if (month.isAfter(asOf)) {
                problems.add(new LineProblem(line, column, text, "a month no later than the population's (" + asOf + ")"));
                return null;
            }
            if (month.getYear() < 1940) {
                problems.add(new LineProblem(line, column, text, "a month from 1940 on"));
                return null;
            }
            return month;
        } catch (DateTimeParseException e) {
            problems.add(new LineProblem(line, column, quote(text), "a month as YYYY-MM"));
            return null;
        }
    }

    private static String quote(String text) {
        return "\"" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "\"";
    }

    private static PopulationFileException fileProblem(String found, String expected) {
        return new PopulationFileException(List.of(new LineProblem(0, null, found, expected)));
    }
}
