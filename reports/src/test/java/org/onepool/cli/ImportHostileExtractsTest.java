package org.onepool.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onepool.imports.SmallExtract;

/**
 * Extracts as they arrive from HR systems: each problem gets a message naming the file, the line and the
 * column, exit code 2, and nothing is written.
 */
class ImportHostileExtractsTest {
    @TempDir
    Path temp;

    private final CommandLineHarness cli = new CommandLineHarness();

    private int importInto(SmallExtract extract) {
        return cli.execute("import", extract.mapping().toString(), "--out", temp.resolve("out/area.yaml").toString());
    }

    private void assertNothingWritten() throws IOException {
        Path out = temp.resolve("out");
        if (!Files.exists(out)) return;
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.toList()).as("files left in out/").isEmpty();
        }
    }

    @Test
    void aCleanExtractImportsAndTheScenarioValidates() throws IOException {
        SmallExtract extract = new SmallExtract(temp, 200, 80).write();
        assertThat(importInto(extract)).as(cli.err()).isZero();
        assertThat(temp.resolve("out/area.population.csv")).exists();
        CommandLineHarness validate = new CommandLineHarness();
        assertThat(validate.execute("validate", temp.resolve("out/area.yaml").toString())).as(validate.err()).isZero();
        assertThat(validate.out()).contains("1 partners, 200 staff");
    }

    @Test
    void aMissingColumnIsNamedWithWhatTheFileHas() throws IOException {
        SmallExtract extract = new SmallExtract(temp, 50, 20).write();
        Files.writeString(temp.resolve("staff.csv"), Files.readString(temp.resolve("staff.csv")).replace("Grade,", "Band,"));
        assertThat(importInto(extract)).isEqualTo(2);
        assertThat(cli.err()).contains("staff.csv is refused").contains("no column 'Grade'").contains("'Band'")
                .contains("Nothing was written.");
        assertNothingWritten();
    }

    @Test
    void datesInThreeFormatsAndImpossibleDatesAreEachNamedByLineAndColumn() throws IOException {
        SmallExtract extract = new SmallExtract(temp, 50, 60);
        // Rows 3 and 4 of data (lines 4 and 5) switch format; line 6 leaves before joining; line 7 leaves in the future.
        extract.leavers.set(2, extract.leavers.get(2).replaceFirst(",(\\d\\d)/(\\d\\d)/(\\d{4}),([A-Z])", ",$3-$2-$1,$4"));
        extract.leavers.set(3, "Clerk,Grade 4,01/02/2010,4-Jun-2021,Career,01/01/1980");
        extract.leavers.set(4, "Clerk,Grade 4,01/02/2022,03/01/2021,Pay,01/01/1980");
        extract.leavers.set(5, "Clerk,Grade 4,01/02/2010,03/01/2026,Pay,01/01/1980");
        extract.write();
        assertThat(importInto(extract)).isEqualTo(2);
        String err = cli.err();
        assertThat(err).contains("leavers.csv is refused").contains("4 of 60 rows (6.7%) are bad; expected at most 2.0%")
                .contains("line 4, column 'Leaving Date': found '")
                .contains("expected a date written dd/mm/yyyy as the rest of the column is")
                .contains("line 5, column 'Leaving Date': found '4-Jun-2021'")
                .contains("line 6, column 'Leaving Date': found 2021-01-03; expected a leaving date on or after the start (2022-02-01)")
                .contains("line 7, column 'Leaving Date': found 2026-01-03; expected a leaving date no later than the staff list's date (2025-03-31)");
        assertNothingWritten();
    }

    @Test
    void aFewBadRowsAreLeftOutAndListedAndTheImportGoesOn() throws IOException {
        SmallExtract extract = new SmallExtract(temp, 300, 60);
        extract.staff.set(10, extract.staff.get(10).replace(",1.00,", ",7,"));
        extract.write();
        assertThat(importInto(extract)).as(cli.err()).isZero();
        assertThat(cli.err()).contains("1 bad row (1 problems), left out").contains("line 12, column 'FTE': found '7'");
        assertThat(cli.out()).contains("staff.csv (UTF-8, separated by commas): 300 rows, 299 kept, 1 bad");
    }

    @Test
    void theSamePersonListedTwiceIsABadRow() throws IOException {
        SmallExtract extract = new SmallExtract(temp, 40, 20);
        extract.staff.add(extract.staff.get(5));
        extract.staff.add(extract.staff.get(6));
        extract.write();
        assertThat(importInto(extract)).isEqualTo(2);
        assertThat(cli.err()).contains("line 42: the same as line 7 (someone listed twice?)")
                .contains("line 43: the same as line 8").contains("2 of 42 rows (4.8%) are bad");
        assertNothingWritten();
    }

    @Test
    void aPlantedNameColumnAndEmailValuesAreRefusedWithTheirColumn() throws IOException {
        SmallExtract extract = new SmallExtract(temp, 30, 10).write();
        List<String> lines = Files.readAllLines(temp.resolve("staff.csv"));
        StringBuilder named = new StringBuilder(lines.get(0) + ",Surname\n");
        for (int i = 1; i < lines.size(); i++) named.append(lines.get(i)).append(",Smith\n");
        Files.writeString(temp.resolve("staff.csv"), named.toString());
        StringBuilder emails = new StringBuilder(Files.readAllLines(temp.resolve("leavers.csv")).get(0) + ",Notes\n");
        List<String> leavers = Files.readAllLines(temp.resolve("leavers.csv"));
        for (int i = 1; i < leavers.size(); i++) emails.append(leavers.get(i)).append(i == 3 ? ",j.smith@example.org\n" : ",\n");
        Files.writeString(temp.resolve("leavers.csv"), emails.toString());
        assertThat(importInto(extract)).isEqualTo(2);
        assertThat(cli.err()).contains("staff.csv is refused").contains("line 1, column 'Surname': a column of names")
                .contains("leavers.csv is refused").contains("line 4, column 'Notes': an email address")
                .doesNotContain("j.smith@example.org");
        assertNothingWritten();
    }

    @Test
    void aStrayQuoteIsRefusedWithItsLine() throws IOException {
        SmallExtract extract = new SmallExtract(temp, 30, 10);
        extract.staff.set(7, "\"Clerk\"x" + extract.staff.get(7).substring(extract.staff.get(7).indexOf(',')));
        extract.write();
        assertThat(importInto(extract)).isEqualTo(2);
        assertThat(cli.err()).contains("staff.csv is refused").contains("a file that cannot be read").contains("line");
        assertNothingWritten();
    }

    @Test
    void aNationalInsuranceNumberAnywhereIsRefused() throws IOException {
        SmallExtract extract = new SmallExtract(temp, 30, 10);
        extract.staff.set(3, extract.staff.get(3).replaceFirst("^Officer|^Clerk|^Team Leader", "AB123456C"));
        extract.write();
        assertThat(importInto(extract)).isEqualTo(2);
        assertThat(cli.err()).contains("line 5, column 'Job Title': a National Insurance number");
    }

    @Test
    void codesTheMappingDoesNotPlaceAreListedWithTheirCountsAndFirstLine() throws IOException {
        SmallExtract extract = new SmallExtract(temp, 30, 10);
        extract.staff.set(4, extract.staff.get(4).replaceFirst("^[A-Za-z ]+,", "Dog Warden,"));
        extract.staff.set(9, extract.staff.get(9).replaceFirst("^[A-Za-z ]+,", "Dog Warden,"));
        extract.write();
        assertThat(importInto(extract)).isEqualTo(2);
        assertThat(cli.err()).contains("column 'Job Title' (jobFamily): 1 value the mapping does not place: "
                + "'Dog Warden' (2 rows, first at line 6)");
    }

    @Test
    void aCsvWithAByteOrderMarkSemicolonsAndDecimalCommasIsReadAndItsColumnsNamedCleanly() throws IOException {
        SmallExtract extract = new SmallExtract(temp, 60, 30).write();
        for (String file : List.of("staff.csv", "leavers.csv")) {
            String text = Files.readString(temp.resolve(file)).replace(',', ';').replace(";1.00;", ";1,00;");
            Files.write(temp.resolve(file), concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8)));
        }
        assertThat(importInto(extract)).as(cli.err()).isZero();
        assertThat(cli.out()).contains("staff.csv (UTF-8 with byte-order mark, separated by semicolons): 60 rows, 60 kept");
        String text = Files.readString(temp.resolve("staff.csv")).replaceFirst(";Grade 5;", ";Grade 5x;");
        Files.writeString(temp.resolve("staff.csv"), text);
        new CommandLineHarness();
        CommandLineHarness again = new CommandLineHarness();
        assertThat(again.execute("import", extract.mapping().toString(), "--out", temp.resolve("out2/area.yaml").toString())).isEqualTo(2);
        assertThat(again.err()).contains("column 'Grade' (grade): 1 value the mapping does not place: 'Grade 5x' in 'admin'")
                .doesNotContain("\uFEFF");
    }

    @Test
    void aWindows1252FileWithPoundSignsIsRead() throws IOException {
        SmallExtract extract = new SmallExtract(temp, 40, 10).write();
        String text = Files.readString(temp.resolve("staff.csv")).replaceAll(",(2[4-9]\\d{3}),", ",\"£$1.00\",");
        Files.write(temp.resolve("staff.csv"), text.getBytes(Charset.forName("windows-1252")));
        assertThat(importInto(extract)).as(cli.err()).isZero();
        assertThat(cli.out()).contains("staff.csv (Windows-1252, separated by commas): 40 rows, 40 kept");
    }

    /** A staff list exported to Excel: a title merged across the top, salaries as formulas, then damage. */
    @Test
    void anXlsxWithFormulasAndMergedCellsIsReadWhereItCanAndItsBadCellsNamed() throws IOException {
        SmallExtract extract = new SmallExtract(temp, 40, 10).write();
        Path book = temp.resolve("staff.xlsx");
        writeWorkbook(book, extract.staff, false);
        Files.writeString(extract.mapping(), Files.readString(extract.mapping()).replace("file: staff.csv", "file: staff.xlsx"));
        assertThat(importInto(extract)).as(cli.err()).isZero();
        assertThat(cli.out()).contains("staff.xlsx (XLSX, sheet 'Staff'): 40 rows, 40 kept");

        writeWorkbook(book, extract.staff, true);
        CommandLineHarness again = new CommandLineHarness();
        assertThat(again.execute("import", extract.mapping().toString(), "--out", temp.resolve("out2/area.yaml").toString())).isEqualTo(2);
        assertThat(again.err()).contains("staff.xlsx is refused")
                .contains("sheet 'Staff' row 8, column 'FTE Salary': found the formula error #DIV/0! (=1/0)")
                .contains("sheet 'Staff' row 11, column 'Grade': found part of the merged cells B10:B12")
                .contains("sheet 'Staff' row 12, column 'Grade': found part of the merged cells B10:B12")
                .contains("3 of 40 rows (7.5%) are bad");
        assertThat(temp.resolve("out2")).doesNotExist();
    }

    private static void writeWorkbook(Path file, List<String> rows, boolean damaged) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("Staff");
            sheet.createRow(0).createCell(0).setCellValue("Staff in post at 31/03/2025 (no names)");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 6));
            Row header = sheet.createRow(1);
            String[] names = SmallExtract.STAFF_HEADER.split(",");
            for (int c = 0; c < names.length; c++) header.createCell(c).setCellValue(names[c]);
            var dates = book.createCellStyle();
            dates.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
            for (int r = 0; r < rows.size(); r++) {
                String[] cells = rows.get(r).split(",");
                Row row = sheet.createRow(r + 2);
                row.createCell(0).setCellValue(cells[0]);
                row.createCell(1).setCellValue(cells[1]);
                // Salary as Excel would hold a worked-out figure: a formula.
                row.createCell(2).setCellFormula(damaged && r == 5 ? "1/0" : cells[2] + "*1");
                row.createCell(3).setCellValue(Double.parseDouble(cells[3]));
                for (int c = 4; c < 7; c++) {
                    var cell = row.createCell(c);
                    cell.setCellValue(java.time.LocalDate.parse(cells[c], java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
                    cell.setCellStyle(dates);
                }
            }
            if (damaged) sheet.addMergedRegion(new CellRangeAddress(9, 11, 1, 1));
            book.write(out);
        }
    }

    /** Fifty megabytes of leavers, one row in twenty with a date that is not one: refused, counted, lines named. */
    @Test
    void aFiftyMegabyteFileIsReadInFullAndRefusedWithItsCount() throws IOException {
        SmallExtract extract = new SmallExtract(temp, 40, 10).write();
        Path big = temp.resolve("leavers.csv");
        long rows = 0;
        try (BufferedWriter w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            w.write(SmallExtract.LEAVERS_HEADER + "\n");
            long bytes = 0;
            while (bytes < 50L * 1024 * 1024) {
                String row = extract.leavers.get((int) (rows % extract.leavers.size()));
                if (rows % 20 == 19) row = row.replaceFirst(",(\\d\\d/\\d\\d/\\d{4}),([A-Z])", ",31/02/2022,$2");
                // Distinct rows: a department column varies, so no row is taken for a person listed twice.
                row = row + ",Department " + rows;
                w.write(row);
                w.write('\n');
                bytes += row.length() + 1;
                rows++;
            }
        }
        assertThat(Files.size(big)).isGreaterThan(50L * 1024 * 1024);
        Files.writeString(big.resolveSibling("header-check"), "");
        assertThat(importInto(extract)).isEqualTo(2);
        long bad = rows / 20;
        assertThat(cli.err()).contains("leavers.csv is refused")
                .contains(String.format(java.util.Locale.UK, "%,d of %,d rows (5.0%%) are bad", bad, rows))
                .contains("line 21, column 'Leaving Date': found '31/02/2022'; expected a date written dd/mm/yyyy")
                .contains(String.format(java.util.Locale.UK, "... and %,d more", bad - 40));
        assertNothingWritten();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
