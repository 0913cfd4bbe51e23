package org.onepool.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.onepool.model.experiment.AppraisalYear;
import org.onepool.model.experiment.CashFlowRow;
import org.onepool.model.experiment.ExperimentResult;
import org.onepool.model.experiment.InputLabels;
import org.onepool.model.experiment.Summary;
import org.onepool.model.experiment.WorkforceIndicators;
import org.onepool.model.scenario.Assumption;
import org.onepool.model.scenario.Scenario;

/**
 * workbook.xlsx for a finance officer to audit: assumptions, cash flows, an appraisal whose discount
 * factors and NPVs are live formulas over the cash-flow cells, the financial case (nominal cash by partner
 * and year, and business as usual's pay bill, with live totals), partners, workforce indicators and the
 * workforce projection as a filterable table.
 */
final class Workbook {
    static final String CASH_FLOWS = "Cash flows";
    static final String APPRAISAL = "Appraisal";
    private static final String GBP = "£#,##0;[Red]-£#,##0";

    private final ExperimentResult result;
    private final Scenario scenario;
    private final XSSFWorkbook book = new XSSFWorkbook();
    private final CellStyle header;
    private final CellStyle money;
    private final CellStyle factor;
    private final CellStyle percent;
    private final CellStyle bold;

    private Workbook(ExperimentResult result, Scenario scenario) {
        this.result = result;
        this.scenario = scenario;
        Font boldFont = book.createFont();
        boldFont.setBold(true);
        header = book.createCellStyle();
        header.setFont(boldFont);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        bold = book.createCellStyle();
        bold.setFont(boldFont);
        bold.setDataFormat(book.createDataFormat().getFormat(GBP));
        money = book.createCellStyle();
        money.setDataFormat(book.createDataFormat().getFormat(GBP));
        factor = book.createCellStyle();
        factor.setDataFormat(book.createDataFormat().getFormat("0.0000"));
        percent = book.createCellStyle();
        percent.setDataFormat(book.createDataFormat().getFormat("0.0%"));
    }

    static void write(ExperimentResult result, Scenario scenario, Path file) throws IOException {
        Workbook w = new Workbook(result, scenario);
        w.assumptions();
        w.cashFlows();
        w.appraisal();
        FinancialCaseSheet.write(w.book, result, w.header, w.money, w.bold);
        w.partners();
        w.workforce();
        if (result.projection() == null) {
            try (OutputStream out = Files.newOutputStream(file)) {
                w.book.write(out);
            }
            w.book.close();
            return;
        }
        // The sheets so far stay as built; the Projections sheet is appended streamed.
        SXSSFWorkbook streamed = new SXSSFWorkbook(w.book);
        try (OutputStream out = Files.newOutputStream(file)) {
            ProjectionsSheet.write(streamed, result.projection(), w.header, w.money, w.percent);
            streamed.write(out);
        } finally {
            streamed.dispose();
            streamed.close();
        }
    }

    private Row headerRow(Sheet sheet, String... titles) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < titles.length; c++) {
            var cell = row.createCell(c);
            cell.setCellValue(titles[c]);
            cell.setCellStyle(header);
        }
        sheet.createFreezePane(0, 1);
        return row;
    }

    private void widths(Sheet sheet, int... chars) {
        for (int c = 0; c < chars.length; c++) sheet.setColumnWidth(c, chars[c] * 256);
    }

    private void assumptions() {
        Sheet sheet = book.createSheet("Assumptions");
        headerRow(sheet, "Input", "Field path", "Value", "Drawn", "Source", "Evidence");
        int r = 1;
        for (Assumption a : result.assumptions()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(InputLabels.of(scenario, a.path()));
            row.createCell(1).setCellValue(a.path());
            row.createCell(2).setCellValue(a.input().describe());
            row.createCell(3).setCellValue(a.perEvent() ? "per event" : a.isUncertain() ? "per replication" : "fixed");
            row.createCell(4).setCellValue(a.input().source() == null ? "" : a.input().source());
            row.createCell(5).setCellValue(a.input().evidence() == null ? ""
                    : a.input().evidence().name().toLowerCase(java.util.Locale.ROOT));
        }
        widths(sheet, 50, 50, 28, 16, 70, 12);
    }

    /** Per-year mean net saving per option (the appraisal's inputs), then the long-format detail. */
    private void cashFlows() {
        Sheet sheet = book.createSheet(CASH_FLOWS);
        List<Summary.OptionResult> options = result.summary().options();
        Row head = headerRow(sheet, "Year", "Financial year");
        for (int k = 0; k < options.size(); k++) {
            var cell = head.createCell(2 + k);
            cell.setCellValue(options.get(k).name() + ": mean net saving (£)");
            cell.setCellStyle(header);
        }
        List<AppraisalYear> years = result.years();
        for (int y = 0; y < years.size(); y++) {
            Row row = sheet.createRow(1 + y);
            row.createCell(0).setCellValue(y);
            row.createCell(1).setCellValue(years.get(y).label());
            for (int k = 0; k < options.size(); k++) {
                var cell = row.createCell(2 + k);
                cell.setCellValue(options.get(k).byFinancialYear().get(y).netSaving().mean());
                cell.setCellStyle(money);
            }
        }
        int start = years.size() + 3;
        Row detail = sheet.createRow(start);
        String[] titles = {"Option", "Partner", "Category", "Resource type", "Case", "Price basis", "Payer",
            "Financial year", "Mean", "P10", "P50", "P90"};
        for (int c = 0; c < titles.length; c++) {
            var cell = detail.createCell(c);
            cell.setCellValue(titles[c]);
            cell.setCellStyle(header);
        }
        int r = start + 1;
        for (CashFlowRow f : result.cashFlows()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(f.option());
            row.createCell(1).setCellValue(f.partner());
            row.createCell(2).setCellValue(ReportText.category(f.category()));
            row.createCell(3).setCellValue(f.resourceType());
            row.createCell(4).setCellValue(f.caseName());
            row.createCell(5).setCellValue(f.priceBasis());
            row.createCell(6).setCellValue(f.payer());
            row.createCell(7).setCellValue(f.financialYear());
            double[] v = {f.netSaving().mean(), f.netSaving().p10(), f.netSaving().p50(), f.netSaving().p90()};
            for (int c = 0; c < 4; c++) {
                var cell = row.createCell(8 + c);
                cell.setCellValue(v[c]);
                cell.setCellStyle(money);
            }
        }
        widths(sheet, 16, 16, 28, 28, 28, 28, 16, 16, 16, 16, 16, 16);
    }

    /** Discount factors and NPVs as live formulas over the Cash flows sheet. */
    private void appraisal() {
        Sheet sheet = book.createSheet(APPRAISAL);
        List<Summary.OptionResult> options = result.summary().options();
        Row head = headerRow(sheet, "Year", "Financial year", "Discount rate", "Discount factor");
        for (int k = 0; k < options.size(); k++) {
            head.createCell(4 + 2 * k).setCellValue(options.get(k).name() + ": net saving (£)");
            head.createCell(5 + 2 * k).setCellValue(options.get(k).name() + ": discounted (£)");
            head.getCell(4 + 2 * k).setCellStyle(header);
            head.getCell(5 + 2 * k).setCellStyle(header);
        }
        int years = result.years().size();
        for (int y = 0; y < years; y++) {
            int excelRow = y + 2;
            Row row = sheet.createRow(y + 1);
            row.createCell(0).setCellFormula("'" + CASH_FLOWS + "'!A" + excelRow);
            row.createCell(1).setCellFormula("'" + CASH_FLOWS + "'!B" + excelRow);
            var rate = row.createCell(2);
            rate.setCellValue(result.years().get(y).discountRate());
            rate.setCellStyle(percent);
            var f = row.createCell(3);
            f.setCellFormula(y == 0 ? "1" : "D" + (excelRow - 1) + "/(1+C" + excelRow + ")");
            f.setCellStyle(factor);
            for (int k = 0; k < options.size(); k++) {
                String flowColumn = CellReference.convertNumToColString(2 + k);
                var flow = row.createCell(4 + 2 * k);
                flow.setCellFormula("'" + CASH_FLOWS + "'!" + flowColumn + excelRow);
                flow.setCellStyle(money);
                var discounted = row.createCell(5 + 2 * k);
                discounted.setCellFormula(CellReference.convertNumToColString(4 + 2 * k) + excelRow + "*D" + excelRow);
                discounted.setCellStyle(money);
            }
        }
        Row npv = sheet.createRow(years + 2);
        npv.createCell(0).setCellValue("NPV (mean)");
        npv.getCell(0).setCellStyle(header);
        Row check = sheet.createRow(years + 3);
        check.createCell(0).setCellValue("summary.json mean NPV");
        for (int k = 0; k < options.size(); k++) {
            String column = CellReference.convertNumToColString(5 + 2 * k);
            var total = npv.createCell(5 + 2 * k);
            total.setCellFormula("SUM(" + column + "2:" + column + (years + 1) + ")");
            total.setCellStyle(bold);
            var reference = check.createCell(5 + 2 * k);
            reference.setCellValue(options.get(k).npv().mean());
            reference.setCellStyle(money);
        }
        Row note = sheet.createRow(years + 5);
        note.createCell(0).setCellValue("Factors compound each year's rate from year 0 (undiscounted), per the HM "
                + "Treasury Green Book. Change a rate or a cash flow and the NPV recalculates.");
        widths(sheet, 8, 14, 14, 16, 24, 24, 24, 24, 24, 24, 24, 24);
    }

    private void partners() {
        Sheet sheet = book.createSheet("Partners");
        headerRow(sheet, "Option", "Partner", "Cost share", "Savings PV (median)", "Net NPV P10", "Net NPV median",
                "Net NPV P90", "Pays more than it gains");
        int r = 1;
        for (Summary.OptionResult o : result.summary().options()) {
            for (Summary.PartnerPosition p : o.byPartner()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(o.name());
                row.createCell(1).setCellValue(p.name());
                row.createCell(2).setCellValue(p.costShare());
                row.getCell(2).setCellStyle(percent);
                double[] v = {p.saving().p50(), p.netNpv().p10(), p.netNpv().p50(), p.netNpv().p90()};
                for (int c = 0; c < v.length; c++) {
                    row.createCell(3 + c).setCellValue(v[c]);
                    row.getCell(3 + c).setCellStyle(money);
                }
                row.createCell(7).setCellValue(p.flagged() ? "yes" : "no");
            }
        }
        widths(sheet, 36, 44, 12, 20, 16, 16, 16, 12);
    }

    private void workforce() {
        Sheet sheet = book.createSheet("Workforce");
        List<Summary.OptionResult> options = result.summary().options();
        Row head = headerRow(sheet, "Indicator (mean)", "Business as usual");
        for (int k = 0; k < options.size(); k++) {
            head.createCell(2 + k).setCellValue(options.get(k).name());
            head.getCell(2 + k).setCellStyle(header);
        }
        int r = 1;
        for (String name : WorkforceIndicators.NAMES) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(ReportText.indicator(name));
            row.createCell(1).setCellValue(result.summary().baseline().workforce().get(name).mean());
            for (int k = 0; k < options.size(); k++) {
                row.createCell(2 + k).setCellValue(options.get(k).workforce().get(name).mean());
            }
            CellStyle style = name.endsWith("Rate") ? percent : name.contains("Gbp") ? money : null;
            if (style != null) for (int c = 1; c < 2 + options.size(); c++) row.getCell(c).setCellStyle(style);
        }
        widths(sheet, 40, 20, 24, 24, 24, 24);
    }
}
