package org.onepool.reports;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.onepool.model.experiment.Stats;
import org.onepool.model.experiment.Summary;

/**
 * The workbook's Stop rules sheet, written only when an option has one: each rule with the share of
 * replications in which it stopped its intervention, then the option's NPV with its rules, without them
 * (same replications) and the per-replication difference, as in summary.json's {@code stopRules}.
 */
final class StopRulesSheet {
    static final String NAME = "Stop rules";

    private StopRulesSheet() {
    }

    static void write(XSSFWorkbook book, Summary summary, CellStyle header, CellStyle money, CellStyle percent) {
        if (summary.options().stream().allMatch(o -> o.stopRules() == null)) return;
        Sheet sheet = book.createSheet(NAME);
        String[] titles = {"Option", "Intervention or NPV", "Reviewed", "Stops unless down by", "Review month",
            "Share of replications stopped", "Mean", "P10", "Median", "P90"};
        Row head = sheet.createRow(0);
        for (int c = 0; c < titles.length; c++) {
            head.createCell(c).setCellValue(titles[c]);
            head.getCell(c).setCellStyle(header);
        }
        sheet.createFreezePane(0, 1);
        int r = 1;
        for (Summary.OptionResult o : summary.options()) {
            Summary.StopRules rules = o.stopRules();
            if (rules == null) continue;
            for (Summary.StopRuleShare rule : rules.rules()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(o.name());
                row.createCell(1).setCellValue(rule.intervention());
                row.createCell(2).setCellValue(HtmlReport.stopIndicator(rule.indicator()));
                row.createCell(3).setCellValue(rule.reductionBelow());
                row.getCell(3).setCellStyle(percent);
                row.createCell(4).setCellValue(rule.reviewMonth());
                row.createCell(5).setCellValue(rule.shareStopped());
                row.getCell(5).setCellStyle(percent);
            }
            r = npv(sheet, r, o.name(), "NPV with the stop rules", rules.npvWithRules(), money);
            r = npv(sheet, r, o.name(), "NPV without them", rules.npvWithoutRules(), money);
            r = npv(sheet, r, o.name(), "Value of the stop rules (with minus without, per replication)",
                    rules.difference(), money);
        }
        int[] widths = {36, 44, 30, 14, 10, 14, 16, 16, 16, 16};
        for (int c = 0; c < widths.length; c++) sheet.setColumnWidth(c, widths[c] * 256);
    }

    private static int npv(Sheet sheet, int r, String option, String label, Stats s, CellStyle money) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(option);
        row.createCell(1).setCellValue(label);
        double[] v = {s.mean(), s.p10(), s.p50(), s.p90()};
        for (int c = 0; c < v.length; c++) {
            row.createCell(6 + c).setCellValue(v[c]);
            row.getCell(6 + c).setCellStyle(money);
        }
        return r + 1;
    }
}
