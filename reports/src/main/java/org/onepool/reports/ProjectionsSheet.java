package org.onepool.reports;

import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.onepool.model.projection.Band;
import org.onepool.model.projection.Projection;
import org.onepool.model.projection.ProjectionMeasure;
import org.onepool.model.projection.ProjectionRow;

/**
 * The workbook's Projections sheet: the workforce projection's main measures for every arm, partner x job
 * family (and totals) and financial year, one row each with its mean and P10/P50/P90, as an Excel table a
 * finance officer can filter (headers, frozen top row, number formats). projections.csv has every measure.
 */
final class ProjectionsSheet {
    static final String NAME = "Projections";
    static final String[] HEADER = {"Arm", "Arm kind", "Partner", "Job family", "Financial year", "Measure", "Mean",
        "P10", "P50", "P90"};
    /** The measures the sheet carries; the CSV carries them all. */
    static final List<ProjectionMeasure> MEASURES = List.of(ProjectionMeasure.STAFF_IN_POST,
            ProjectionMeasure.VACANCIES_YEAR_END, ProjectionMeasure.VACANCY_RATE,
            ProjectionMeasure.LEAVERS, ProjectionMeasure.JOINERS, ProjectionMeasure.HIRES, ProjectionMeasure.AGENCY_FTE,
            ProjectionMeasure.AGENCY_SPEND_GBP, ProjectionMeasure.PAY_BILL_GBP);

    private ProjectionsSheet() {
    }

    /**
     * Streams the sheet's rows to disk as they are made (tens of thousands for a large partnership: held as
     * XSSF objects they cost more time and memory than the rest of the workbook), then lays the table over
     * them on the sheet's XSSF side, naming its columns there since the streamed header cells are not kept.
     *
     * @return the sheet's table
     */
    static XSSFTable write(SXSSFWorkbook book, Projection projection, CellStyle header, CellStyle money, CellStyle percent) {
        SXSSFSheet sheet = book.createSheet(NAME);
        CellStyle count = book.createCellStyle();
        count.setDataFormat(book.createDataFormat().getFormat("#,##0.0"));
        Row head = sheet.createRow(0);
        for (int c = 0; c < HEADER.length; c++) {
            var cell = head.createCell(c);
            cell.setCellValue(HEADER[c]);
            cell.setCellStyle(header);
        }
        int r = 1;
        for (int a = 0; a < projection.arms().size(); a++) {
            Projection.Arm arm = projection.arms().get(a);
            for (int row = 0; row < projection.rows().size(); row++) {
                ProjectionRow pr = projection.rows().get(row);
                for (int y = 0; y < projection.years().size(); y++) {
                    for (ProjectionMeasure m : MEASURES) {
                        if (!Projection.given(pr, m)) continue;
                        Band s = projection.get(a, row, y, m);
                        Row line = sheet.createRow(r++);
                        line.createCell(0).setCellValue(arm.name());
                        line.createCell(1).setCellValue(arm.kind());
                        line.createCell(2).setCellValue(pr.partnerName());
                        line.createCell(3).setCellValue(pr.familyName());
                        line.createCell(4).setCellValue(projection.years().get(y));
                        line.createCell(5).setCellValue(m.id());
                        CellStyle style = m == ProjectionMeasure.VACANCY_RATE ? percent : m.partnerLevel() ? money : count;
                        double[] values = {s.mean(), s.p10(), s.p50(), s.p90()};
                        for (int k = 0; k < values.length; k++) {
                            var cell = line.createCell(6 + k);
                            cell.setCellValue(values[k]);
                            cell.setCellStyle(style);
                        }
                    }
                }
            }
        }
        XSSFSheet tableSheet = book.getXSSFWorkbook().getSheet(NAME);
        XSSFTable table = tableSheet.createTable(new AreaReference(new CellReference(0, 0),
                new CellReference(Math.max(1, r - 1), HEADER.length - 1), SpreadsheetVersion.EXCEL2007));
        for (int c = 0; c < HEADER.length; c++) table.getColumns().get(c).setName(HEADER[c]);
        table.setName("Projections");
        table.setDisplayName("Projections");
        var style = table.getCTTable().addNewTableStyleInfo();
        style.setName("TableStyleMedium2");
        style.setShowRowStripes(true);
        table.getCTTable().addNewAutoFilter().setRef(table.getArea().formatAsString());
        sheet.createFreezePane(0, 1);
        int[] widths = {40, 12, 30, 30, 14, 20, 14, 14, 14, 14};
        for (int c = 0; c < widths.length; c++) sheet.setColumnWidth(c, widths[c] * 256);
        return table;
    }
}
