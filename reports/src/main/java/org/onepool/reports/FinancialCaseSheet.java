package org.onepool.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.onepool.model.experiment.CashFlowRow;
import org.onepool.model.experiment.ExperimentResult;
import org.onepool.model.experiment.Summary;

/**
 * The workbook's Financial case sheet: each option's nominal cash by partner, line and financial year
 * (means over replications), each partner's net cash a live SUM of its lines and the partnership's a live
 * sum of the partners'; then business as usual's pay bill, its total a live sum of pay in post and agency
 * spend. Beside each live total, the figure summary.json gives, so a recalculation can be checked.
 */
final class FinancialCaseSheet {
    static final String NAME = "Financial case";

    private final Sheet sheet;
    private final ExperimentResult result;
    private final CellStyle header;
    private final CellStyle money;
    private final CellStyle bold;
    private final int years;
    private int next;

    private FinancialCaseSheet(XSSFWorkbook book, ExperimentResult result, CellStyle header, CellStyle money,
                               CellStyle bold) {
        this.sheet = book.createSheet(NAME);
        this.result = result;
        this.header = header;
        this.money = money;
        this.bold = bold;
        this.years = result.years().size();
    }

    static void write(XSSFWorkbook book, ExperimentResult result, CellStyle header, CellStyle money, CellStyle bold) {
        FinancialCaseSheet s = new FinancialCaseSheet(book, result, header, money, bold);
        s.note("Financial case: cash only, nominal (pay awards and price inflation as the scenario states them), "
                + "undiscounted, means over replications. Positive = cash a partner no longer spends; the option's "
                + "costs are each partner's share. Totals are live formulas; the rows marked summary.json are the "
                + "figures the run reported, for checking.");
        for (Summary.OptionResult o : result.summary().options()) s.option(o);
        s.payBill();
        s.sheet.setColumnWidth(0, 36 * 256);
        s.sheet.setColumnWidth(1, 28 * 256);
        s.sheet.setColumnWidth(2, 40 * 256);
        for (int y = 0; y < s.years; s.sheet.setColumnWidth(3 + y++, 16 * 256)) { }
    }

    private void note(String text) {
        sheet.createRow(next++).createCell(0).setCellValue(text);
        next++;
    }

    private void headings(String... first) {
        Row row = sheet.createRow(next++);
        for (int c = 0; c < first.length; c++) {
            row.createCell(c).setCellValue(first[c]);
            row.getCell(c).setCellStyle(header);
        }
        for (int y = 0; y < years; y++) {
            row.createCell(3 + y).setCellValue(result.years().get(y).label());
            row.getCell(3 + y).setCellStyle(header);
        }
    }

    private void option(Summary.OptionResult o) {
        headings(o.name(), "Partner", "Line (£, nominal)");
        Map<String, Map<String, double[]>> lines = new LinkedHashMap<>();
        for (CashFlowRow r : result.cashFlows()) {
            if (!r.option().equals(o.id()) || !r.caseName().equals("financial")) continue;
            double[] byYear = lines.computeIfAbsent(r.partner(), p -> new LinkedHashMap<>())
                    .computeIfAbsent(r.category(), c -> new double[years]);
            byYear[result.years().stream().map(a -> a.label()).toList().indexOf(r.financialYear())] = r.netSaving().mean();
        }
        List<Integer> netRows = new ArrayList<>();
        for (Summary.PartnerCash partner : o.financial().byPartner()) {
            int first = next;
            for (var line : lines.getOrDefault(partner.partner(), Map.of()).entrySet()) {
                double[] v = line.getValue();
                boolean any = false;
                for (double x : v) any |= x != 0;
                if (!any) continue;
                Row row = sheet.createRow(next++);
                row.createCell(0).setCellValue(o.name());
                row.createCell(1).setCellValue(partner.name());
                row.createCell(2).setCellValue(ReportText.category(line.getKey()));
                for (int y = 0; y < years; y++) cell(row, 3 + y, v[y], money);
            }
            Row net = sheet.createRow(next++);
            net.createCell(1).setCellValue(partner.name());
            net.createCell(2).setCellValue("Net cash");
            for (int y = 0; y < years; y++) {
                String col = CellReference.convertNumToColString(3 + y);
                var c = net.createCell(3 + y);
                c.setCellFormula(next - 1 > first ? "SUM(" + col + (first + 1) + ":" + col + (next - 1) + ")" : "0");
                c.setCellStyle(bold);
            }
            netRows.add(next);
            Row check = sheet.createRow(next++);
            check.createCell(2).setCellValue("summary.json net cash (mean)");
            for (int y = 0; y < years; y++) cell(check, 3 + y, partner.years().get(y).netCash().mean(), money);
        }
        Row total = sheet.createRow(next++);
        total.createCell(0).setCellValue(o.name());
        total.createCell(2).setCellValue("All partners: net cash");
        for (int y = 0; y < years; y++) {
            String col = CellReference.convertNumToColString(3 + y);
            StringBuilder f = new StringBuilder();
            for (int r : netRows) f.append(f.isEmpty() ? "" : "+").append(col).append(r);
            var c = total.createCell(3 + y);
            c.setCellFormula(f.isEmpty() ? "0" : f.toString());
            c.setCellStyle(bold);
        }
        Row check = sheet.createRow(next++);
        check.createCell(2).setCellValue("summary.json net cash, all partners (mean)");
        for (int y = 0; y < years; y++) cell(check, 3 + y, o.financial().byFinancialYear().get(y).netSaving().mean(), money);
        next++;
    }

    private void payBill() {
        headings("Business as usual: pay bill", "Partner", "Line (£, nominal)");
        for (Summary.PartnerPayBill p : result.summary().baseline().payBill()) {
            int inPost = next + 1;
            line(p, "Pay of staff in post (salary and on-costs)", p.years().stream().mapToDouble(y -> y.payInPost().mean()).toArray());
            line(p, "Agency spend in full", p.years().stream().mapToDouble(y -> y.agencySpend().mean()).toArray());
            Row bill = sheet.createRow(next++);
            bill.createCell(1).setCellValue(p.name());
            bill.createCell(2).setCellValue("Pay bill");
            for (int y = 0; y < years; y++) {
                String col = CellReference.convertNumToColString(3 + y);
                var c = bill.createCell(3 + y);
                c.setCellFormula(col + inPost + "+" + col + (inPost + 1));
                c.setCellStyle(bold);
            }
            line(p, "summary.json pay bill (mean)", p.years().stream().mapToDouble(y -> y.payBill().mean()).toArray());
            line(p, "Pay of vacant posts: underspend", p.years().stream()
                    .mapToDouble(y -> y.vacantPostUnderspend().mean()).toArray());
        }
    }

    private void line(Summary.PartnerPayBill p, String label, double[] values) {
        Row row = sheet.createRow(next++);
        row.createCell(1).setCellValue(p.name());
        row.createCell(2).setCellValue(label);
        for (int y = 0; y < years; y++) cell(row, 3 + y, values[y], money);
    }

    private static void cell(Row row, int column, double value, CellStyle style) {
        var c = row.createCell(column);
        c.setCellValue(value);
        c.setCellStyle(style);
    }
}
