package org.onepool.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A sheet of an XLSX extract. Formulas are evaluated (a cell showing an error such as #DIV/0! cannot be
 * read); dates come as dates whatever their display format; merged cells in the data are unreadable
 * except their top-left cell (each row needs its own value), while a title merged across the columns
 * above the header is skipped with the other title rows.
 */
final class XlsxSource implements RowSource {
    private static final int MAX_TITLE_ROWS = 20;

    private final XSSFWorkbook book;
    private final Sheet sheet;
    private final FormulaEvaluator evaluator;
    private final DataFormatter formatter = new DataFormatter(java.util.Locale.UK);
    private final Map<Long, String> merged = new HashMap<>();
    private final List<String> header;
    private final int headerRow;
    private int nextRow;

    private XlsxSource(XSSFWorkbook book, Sheet sheet, List<String> header, int headerRow) {
        this.book = book;
        this.sheet = sheet;
        this.evaluator = book.getCreationHelper().createFormulaEvaluator();
        this.header = header;
        this.headerRow = headerRow;
        this.nextRow = headerRow + 1;
        for (CellRangeAddress range : sheet.getMergedRegions()) {
            if (range.getLastRow() <= headerRow) continue;
            for (int r = Math.max(range.getFirstRow(), headerRow + 1); r <= range.getLastRow(); r++) {
                for (int c = range.getFirstColumn(); c <= range.getLastColumn(); c++) {
                    if (r == range.getFirstRow() && c == range.getFirstColumn()) continue;
                    merged.put(key(r, c), "part of the merged cells " + range.formatAsString()
                            + " (each row needs its own value: unmerge and fill them)");
                }
            }
        }
    }

    static XlsxSource open(Path file, String sheetName, Set<String> wanted) throws IOException, ExtractFileException {
        XSSFWorkbook book;
        try (InputStream in = Files.newInputStream(file)) {
            book = new XSSFWorkbook(in);
        } catch (org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException | org.apache.poi.EmptyFileException
                 | org.apache.poi.ooxml.POIXMLException e) {
            throw new ExtractFileException("a file that is not an XLSX workbook; expected an Excel .xlsx file (or CSV)");
        }
        Sheet sheet = sheetName == null ? book.getSheetAt(0) : book.getSheet(sheetName);
        if (sheet == null) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < book.getNumberOfSheets(); i++) names.add("'" + book.getSheetName(i) + "'");
            book.close();
            throw new ExtractFileException("no sheet '" + sheetName + "'; expected one of " + String.join(", ", names));
        }
        DataFormatter formatter = new DataFormatter(java.util.Locale.UK);
        FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
        List<String> first = null;
        for (int r = sheet.getFirstRowNum(); r <= Math.min(sheet.getLastRowNum(), sheet.getFirstRowNum() + MAX_TITLE_ROWS); r++) {
            Row row = sheet.getRow(r);
            if (row == null) continue;
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                Cell cell = row.getCell(c);
                cells.add(cell == null ? "" : formatter.formatCellValue(cell, evaluator).strip());
            }
            if (first == null && cells.stream().anyMatch(v -> !v.isEmpty())) first = cells;
            if (cells.containsAll(wanted)) return new XlsxSource(book, sheet, cells, r);
        }
        book.close();
        if (first == null) throw new ExtractFileException("an empty sheet '" + sheet.getSheetName() + "'; expected a header row and data");
        List<String> missing = new ArrayList<>(wanted);
        missing.removeAll(first);
        throw new ExtractFileException("no column '" + String.join("', '", missing) + "' in sheet '" + sheet.getSheetName()
                + "'; expected every column the mapping names, in one header row");
    }

    private static long key(int row, int column) {
        return ((long) row << 20) | column;
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public long headerLine() {
        return headerRow + 1L;
    }

    @Override
    public RawRow next() {
        while (nextRow <= sheet.getLastRowNum()) {
            int r = nextRow++;
            Row row = sheet.getRow(r);
            if (row == null) continue;
            List<String> cells = new ArrayList<>();
            List<String> unreadable = new ArrayList<>();
            boolean empty = true;
            for (int c = 0; c < header.size(); c++) {
                String note = merged.get(key(r, c));
                Cell cell = row.getCell(c);
                String value = "";
                if (note == null && cell != null) {
                    try {
                        value = value(cell);
                    } catch (UnreadableCell e) {
                        note = e.getMessage();
                    }
                }
                cells.add(value);
                unreadable.add(note);
                empty &= value.isEmpty();
            }
            boolean anyNote = unreadable.stream().anyMatch(n -> n != null);
            if (!empty || anyNote && hasValue(row)) return new RawRow(r + 1L, cells, unreadable);
        }
        return null;
    }

    private boolean hasValue(Row row) {
        for (int c = 0; c < header.size(); c++) {
            Cell cell = row.getCell(c);
            if (cell != null && cell.getCellType() != CellType.BLANK) return true;
        }
        return false;
    }

    /** The cell's value as text; dates as yyyy-MM-dd; formulas by their result. */
    private String value(Cell cell) throws UnreadableCell {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            try {
                type = evaluator.evaluateFormulaCell(cell);
            } catch (RuntimeException e) {
                throw new UnreadableCell("a formula that cannot be worked out (" + cell.getCellFormula() + ")");
            }
            if (type == CellType.ERROR) {
                throw new UnreadableCell("the formula error " + FormulaError.forInt(cell.getErrorCellValue()).getString()
                        + " (=" + cell.getCellFormula() + ")");
            }
        }
        if (type == CellType.ERROR) {
            throw new UnreadableCell("the error " + FormulaError.forInt(cell.getErrorCellValue()).getString());
        }
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            LocalDate date = cell.getLocalDateTimeCellValue().toLocalDate();
            return date.toString();
        }
        if (type == CellType.NUMERIC) {
            double v = cell.getNumericCellValue();
            return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
        }
        return formatter.formatCellValue(cell, evaluator).strip();
    }

    @Override
    public String where(long line) {
        return "sheet '" + sheet.getSheetName() + "' row " + line;
    }

    /** The spreadsheet's letter for a column index. */
    static String letter(int column) {
        return CellReference.convertNumToColString(column);
    }

    @Override
    public String form() {
        return "XLSX, sheet '" + sheet.getSheetName() + "'";
    }

    @Override
    public void close() throws IOException {
        book.close();
    }

    private static final class UnreadableCell extends Exception {
        private static final long serialVersionUID = 1L;

        UnreadableCell(String message) {
            super(message);
        }
    }
}
