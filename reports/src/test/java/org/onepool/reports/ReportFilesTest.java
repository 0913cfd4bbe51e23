package org.onepool.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onepool.model.experiment.Experiment;
import org.onepool.model.experiment.ExperimentPlan;
import org.onepool.model.experiment.ExperimentResult;
import org.onepool.model.experiment.Progress;
import org.onepool.model.experiment.Summary;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.input.ScenarioLoader;

/** Real runs written to real files, read back with jsoup, POI and commons-csv. */
class ReportFilesTest {
    static final String HOSTILE = "<script>alert(1)</script>";
    static final java.time.LocalDate RUN_DATE = java.time.LocalDate.of(2061, 2, 17);

    @TempDir
    static Path temp;
    static Path dir;
    static ExperimentResult result;

    @BeforeAll
    static void run() throws Exception {
        String yaml = Files.readString(Path.of("scenarios/minimal.yaml"))
                .replace("name: Example District Council", "name: \"" + HOSTILE + "\"")
                .replace("name: Flexible working offer", "name: \"Flexible & <b>bold</b> working\"");
        Scenario scenario = ScenarioLoader.parse(yaml, false);
        result = Experiment.run(scenario, "hostile.yaml", "abc", new ExperimentPlan(10, 5, 2, null, true, true, 4, 4, 2),
                Progress.NONE);
        dir = temp.resolve("out");
        try (OutputFolder folder = OutputFolder.create(dir)) {
            ReportFiles.writeAll(result, scenario, folder, RUN_DATE);
            folder.commit();
        }
    }

    @Test
    void everyFileIsWritten() {
        for (String file : ReportFiles.FILES) assertThat(dir.resolve(file)).isRegularFile();
        for (String chart : List.of("fan-chart", "net-saving-by-year", "savings-by-category", "partners-net-npv",
                "workforce", "tornado-retention")) {
            assertThat(dir.resolve("charts/" + chart + ".png").toFile().length()).as(chart).isGreaterThan(5_000);
            assertThat(dir.resolve("charts/" + chart + ".svg").toFile().length()).as(chart).isGreaterThan(5_000);
        }
    }

    @Test
    void theReportHasEverySectionAndFetchesNothing() throws Exception {
        Document html = Jsoup.parse(dir.resolve("report.html").toFile());
        for (String id : List.of("headline", "options", "interventions", "fan-chart", "by-year", "by-category", "partners", "workforce", "deployment",
                "tornado", "switching", "stress", "assumptions", "method", "reproducibility")) {
            assertThat(html.getElementById(id)).as(id).isNotNull();
        }
        assertThat(html.select("svg").size()).isGreaterThanOrEqualTo(6);
        for (Element e : html.select("[src], [href], link, script, img, iframe, object")) {
            assertThat(e.attr("src") + e.attr("href")).doesNotContain("http:").doesNotContain("https:");
        }
        assertThat(Files.readString(dir.resolve("report.html"))).doesNotContain("http://").doesNotContain("https://")
                .doesNotContain("url(http");
        assertThat(html.getElementById("reproducibility").text()).contains("abc").contains("Seed");
        var error = result.summary().options().get(0).monteCarloStandardError();
        assertThat(html.getElementById("options").text()).contains("Monte Carlo standard error")
                .contains("± " + Formats.money(error.npvMeanGbp()) + "; ");
        assertThat(html.getElementById("method").text()).contains("rule of three");
        // No option here has a stop rule: no section for them (StopRulesReportTest has one).
        assertThat(html.getElementById("stop-rules")).isNull();
    }

    @Test
    void theReportOpensWithWhatEachOptionCostsSavesHowSureWhenItPaysBackAndTheTwoInputsItRestsOn() throws Exception {
        Document html = Jsoup.parse(dir.resolve("report.html").toFile());
        Element brief = html.getElementById("read-aloud");
        assertThat(brief).isNotNull();
        assertThat(html.select("section").first()).isEqualTo(brief);
        for (var o : result.summary().options()) {
            assertThat(o.tornado()).isNotEmpty();
            var top = o.tornado().subList(0, Math.min(2, o.tornado().size()));
            var grade = result.assumptions().stream().filter(a -> a.path().equals(top.get(0).input())).findFirst()
                    .orElseThrow().input().evidence();
            assertThat(brief.text()).contains("costs " + Formats.money(o.investment().mean()))
                    .contains("is cashable").contains("value that is not cash")
                    .contains("it nets " + Formats.money(o.financial().totalNetCash().p50()))
                    .contains(Formats.money(o.npv().p50())).contains(Formats.percent(o.probabilityNpvPositive()))
                    .containsPattern("(does not pay|pays) back in cash").contains(top.get(top.size() - 1).label()).contains(top.get(0).label())
                    .contains("(evidence: " + (grade == null ? "ungraded" : grade.name().toLowerCase(java.util.Locale.ROOT)));
        }
    }

    @Test
    void scenarioTextIsEscapedAndRunsNothing() throws Exception {
        Document html = Jsoup.parse(dir.resolve("report.html").toFile());
        assertThat(html.select("script")).isEmpty();
        assertThat(html.select("b")).isEmpty();
        assertThat(html.getElementById("partners").text()).contains(HOSTILE);
        // The minimal scenario's retention starts in month 3, with no lead-in and a six-month ramp-up.
        assertThat(html.getElementById("interventions").select("tbody tr").get(0).select("td, th").eachText())
                .containsExactly("Flexible & <b>bold</b> working", "retention", "month 3 (2027/28)", "none", "6 months",
                        "runs to the end", "£10,000", "£5,000 a year", "none");
        assertThat(html.getElementById("headline").text()).contains("Flexible & <b>bold</b> working")
                .contains("Partners paying more than they gain");
        for (Path svg : Files.list(dir.resolve("charts")).filter(f -> f.toString().endsWith(".svg")).toList()) {
            assertThat(Files.readString(svg)).doesNotContain("<script").doesNotContain("<b>");
        }
    }

    @Test
    void theWorkbookRecalculatesToTheSummaryNpv() throws Exception {
        try (InputStream in = Files.newInputStream(dir.resolve("workbook.xlsx"));
             XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getSheet("Assumptions")).isNotNull();
            assertThat(book.getSheet("Partners")).isNotNull();
            assertThat(book.getSheet("Workforce")).isNotNull();
            assertThat(book.getSheet(StopRulesSheet.NAME)).as("no option has a stop rule").isNull();
            XSSFFormulaEvaluator.evaluateAllFormulaCells(book);
            Sheet appraisal = book.getSheet("Appraisal");
            int years = result.years().size();
            double npv = appraisal.getRow(years + 2).getCell(5).getNumericCellValue();
            assertThat(npv).isCloseTo(result.summary().options().get(0).npv().mean(), within(1.0));
            assertThat(appraisal.getRow(2).getCell(3).getCellFormula()).isEqualTo("D2/(1+C3)");
            // The schedule's own rates, not rates worked back out of the factors (which drift in the last digits).
            assertThat(appraisal.getRow(1).getCell(2).getNumericCellValue()).isZero();
            assertThat(appraisal.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(0.035);
            assertThat(appraisal.getRow(years).getCell(3).getNumericCellValue())
                    .isCloseTo(result.years().get(years - 1).discountFactor(), within(1e-14));
            assertThat(appraisal.getRow(2).getCell(3).getNumericCellValue()).isCloseTo(1 / 1.035, within(1e-9));
            assertThat(appraisal.getRow(1).getCell(4).getCellFormula()).startsWith("'Cash flows'!");
        }
    }

    /** Every live total of the Financial case sheet recalculates to the figure summary.json gives in the row below. */
    @Test
    void theFinancialCaseSheetsLiveTotalsRecalculateToTheSummaryFigures() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(dir.resolve("workbook.xlsx")))) {
            XSSFFormulaEvaluator.evaluateAllFormulaCells(book);
            Sheet sheet = book.getSheet(FinancialCaseSheet.NAME);
            int years = result.years().size();
            int checked = 0;
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                if (row == null || row.getCell(3) == null || row.getCell(3).getCellType() != org.apache.poi.ss.usermodel.CellType.FORMULA) continue;
                var reference = sheet.getRow(r + 1);
                assertThat(reference.getCell(2).getStringCellValue()).startsWith("summary.json");
                for (int y = 0; y < years; y++) {
                    double expected = reference.getCell(3 + y).getNumericCellValue();
                    assertThat(row.getCell(3 + y).getNumericCellValue()).as("row %d year %d", r, y)
                            .isCloseTo(expected, within(1e-6 * Math.max(1, Math.abs(expected))));
                }
                checked++;
            }
            // Per option: each partner's net cash and the partnership's; then each partner's pay bill.
            int partners = result.summary().baseline().payBill().size();
            assertThat(checked).isEqualTo(result.summary().options().size() * (partners + 1) + partners);
        }
    }

    @Test
    void theCsvHasOneRowPerOptionPartnerCategoryAndYear() throws Exception {
        try (Reader reader = Files.newBufferedReader(dir.resolve("cashflows.csv"))) {
            List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader).getRecords();
            // One option, one partner, five years: 15 economic lines and 16 cash lines of the financial case
            // (pension strain is cash, a transfer in the economic case).
            assertThat(rows).hasSize(1 * 1 * (15 + 16) * 5);
            assertThat(rows.get(0).toMap().keySet()).containsExactlyInAnyOrder(CashFlowsCsv.HEADER);
        }
    }

    @Test
    void theWorkforceSectionGivesEachPartnerYearByYearUnderEachArm() throws Exception {
        Document html = Jsoup.parse(dir.resolve("report.html").toFile());
        Element section = html.getElementById("workforce-projection");
        assertThat(section).isNotNull();
        assertThat(section.select("h3").eachText()).containsExactly(HOSTILE, "All partners");
        // Four small multiples per partner and for the partnership, drawn as SVG.
        assertThat(section.select("div.multiples svg")).hasSize(8);
        var projection = result.projection();
        int last = projection.years().size() - 1;
        Element milestones = section.select("table.milestones").get(1);
        assertThat(milestones.select("thead th").eachText()).contains("year " + (last + 1) + " (" + projection.years().get(last) + ")");
        // Business as usual, the option, the option minus business as usual.
        assertThat(milestones.select("tbody tr")).hasSize(3);
        assertThat(milestones.select("tbody tr.difference th").text()).contains("minus business as usual");
        int all = projection.row("all", "all");
        String staff = WorkforceView.number(projection.get(0, all, last, org.onepool.model.projection.ProjectionMeasure.STAFF_IN_POST).mean());
        assertThat(milestones.select("tbody tr").get(0).select("td").get(milestones.select("tbody tr").get(0).select("td").size() - 4).text())
                .startsWith(staff + " (");
        Element byYear = section.select("details table").get(1);
        assertThat(byYear.select("tbody tr")).hasSize(projection.years().size());
    }

    @Test
    void theProjectionsSheetIsAFilterableTableCoveringEveryRow() throws Exception {
        try (InputStream in = Files.newInputStream(dir.resolve("workbook.xlsx")); XSSFWorkbook book = new XSSFWorkbook(in)) {
            var sheet = book.getSheet(ProjectionsSheet.NAME);
            assertThat(sheet).isNotNull();
            assertThat(sheet.getTables()).hasSize(1);
            var table = sheet.getTables().get(0);
            assertThat(table.getStartCellReference().formatAsString()).isEqualTo("A1");
            assertThat(table.getEndCellReference().getRow()).isEqualTo(sheet.getLastRowNum());
            assertThat(table.getEndCellReference().getCol()).isEqualTo((short) (ProjectionsSheet.HEADER.length - 1));
            assertThat(table.getColumns()).extracting(c -> c.getName()).containsExactly(ProjectionsSheet.HEADER);
            assertThat(table.getCTTable().getAutoFilter()).isNotNull();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            // Every arm x row x year x measure given: rows with one job family have no pay bill or agency spend.
            var projection = result.projection();
            int expected = 0;
            for (var row : projection.rows()) {
                for (var m : ProjectionsSheet.MEASURES) if (org.onepool.model.projection.Projection.given(row, m)) expected++;
            }
            expected *= projection.arms().size() * projection.years().size();
            assertThat(sheet.getLastRowNum()).isEqualTo(expected);
            var rate = sheet.getRow(1 + ProjectionsSheet.MEASURES.indexOf(org.onepool.model.projection.ProjectionMeasure.VACANCY_RATE));
            assertThat(rate.getCell(5).getStringCellValue()).isEqualTo("vacancyRate");
            assertThat(rate.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(sheet.getRow(1).getCell(6).getNumericCellValue())
                    .isEqualTo(projection.get(0, 0, 0, org.onepool.model.projection.ProjectionMeasure.STAFF_IN_POST).mean());
        }
    }

    @Test
    void projectionsCsvRoundTripsThroughACsvParserWithItsDocumentedHeader() throws Exception {
        var projection = result.projection();
        java.util.Map<String, Double> read = new java.util.HashMap<>();
        try (Reader reader = Files.newBufferedReader(dir.resolve("projections.csv"))) {
            var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader);
            assertThat(parser.getHeaderNames()).containsExactly("arm", "partner", "family", "year", "measure", "statistic", "value");
            for (CSVRecord r : parser) {
                String key = String.join("|", r.get("arm"), r.get("partner"), r.get("family"), r.get("year"), r.get("measure"),
                        r.get("statistic"));
                assertThat(read.put(key, Double.parseDouble(r.get("value")))).as(key).isNull();
            }
        }
        int expected = 0;
        for (int a = 0; a < projection.arms().size(); a++) {
            for (int row = 0; row < projection.rows().size(); row++) {
                var pr = projection.rows().get(row);
                for (int y = 0; y < projection.years().size(); y++) {
                    for (var m : org.onepool.model.projection.ProjectionMeasure.ALL) {
                        if (!org.onepool.model.projection.Projection.given(pr, m)) continue;
                        var stats = projection.get(a, row, y, m);
                        String key = String.join("|", projection.arms().get(a).id(), pr.partnerId(), pr.familyId(),
                                projection.years().get(y), m.id(), "");
                        assertThat(read.get(key + "mean")).as(key).isEqualTo(stats.mean());
                        expected++;
                        assertThat(read.get(key + "p10")).as(key).isEqualTo(stats.p10());
                        assertThat(read.get(key + "p50")).as(key).isEqualTo(stats.p50());
                        assertThat(read.get(key + "p90")).as(key).isEqualTo(stats.p90());
                        expected += 3;
                    }
                }
            }
        }
        assertThat(read).hasSize(expected);
        // Business as usual, the option and its difference; the council's family, its total, the family's, the overall.
        assertThat(projection.arms()).hasSize(3);
        assertThat(projection.rows()).hasSize(4);
    }

    @Test
    void summaryJsonHasNoTimestampAndParses() throws Exception {
        JsonNode summary = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        assertThat(summary.at("/options/0/byPartner/0/name").asText()).isEqualTo(HOSTILE);
        // The run's date is in the report, and in no data file: equal results give equal bytes.
        assertThat(Jsoup.parse(dir.resolve("report.html").toFile()).getElementById("reproducibility").text())
                .contains("2061-02-17");
        for (String file : List.of("summary.json", "cashflows.csv")) {
            assertThat(Files.readString(dir.resolve(file))).as(file).doesNotContain("2061-02").doesNotContain("17/02/2061");
        }
    }

    @Test
    void partnersSharingANameStillGetTheirOwnLabels() throws Exception {
        String yaml = Files.readString(Path.of("scenarios/one-oxfordshire.yaml"))
                .replace("name: \"Oxford City Council\"", "name: \"Oxfordshire County Council (including Fire and Rescue)\"");
        Scenario scenario = ScenarioLoader.parse(yaml, false);
        for (var a : org.onepool.model.scenario.AssumptionsRegister.of(scenario)) {
            assertThat(org.onepool.model.experiment.InputLabels.of(scenario, a.path())).isNotBlank();
        }
        assertThat(org.onepool.model.experiment.InputLabels.of(scenario, "partners[1].workforce[3].turnover.tenureBands[0].annualRate"))
                .isEqualTo("Oxfordshire County Council (including Fire and Rescue) · Operational and front-line "
                        + "(highways, waste, fire, facilities) · tenure band 1 · annual rate");
    }

    @Test
    void aProbabilityEveryReplicationAgreesOnIsNotShownAsCertain() {
        assertThat(HtmlReport.monteCarloError(new Summary.MonteCarloError(12_345.0, 0.021), 200))
                .isEqualTo("± £12,345; ± 2.1 points");
        assertThat(HtmlReport.monteCarloError(new Summary.MonteCarloError(12_345.0, 0.0), 200))
                .isEqualTo("± £12,345; all 200 replications agree");
        assertThat(HtmlReport.monteCarloError(new Summary.MonteCarloError(null, null), 1)).isEqualTo("n/a (one replication)");
    }

    @Test
    void moneyReadsAsFinanceOfficersWriteIt() {
        assertThat(Formats.money(1_234_000)).isEqualTo("£1.2m");
        assertThat(Formats.money(350_000)).isEqualTo("£350k");
        assertThat(Formats.money(12_500)).isEqualTo("£12,500");
        assertThat(Formats.money(-40_000)).isEqualTo("−£40,000");
        assertThat(Formats.money(-400_000)).isEqualTo("−£400k");
        assertThat(Formats.money(2_000_000)).isEqualTo("£2m");
        assertThat(Formats.percent(0.62)).isEqualTo("62%");
        assertThat(Formats.month(27, "2027-04")).isEqualTo("month 27 (2029/30)");
    }
}
