package org.onepool.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onepool.model.experiment.Experiment;
import org.onepool.model.experiment.ExperimentPlan;
import org.onepool.model.experiment.ExperimentResult;
import org.onepool.model.experiment.Progress;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.input.ScenarioLoader;

/** The stop rules' section of report.html and sheet of workbook.xlsx, on a real run, read back with jsoup and POI. */
class StopRulesReportTest {
    @TempDir
    Path temp;

    @Test
    void anOptionWithAStopRuleGetsASectionAndASheetThatSayWhatTheSummarySays() throws Exception {
        String yaml = Files.readString(Path.of("scenarios/minimal.yaml"))
                .replace("      - type: retention ", "      - name: \"Pilot <i>one</i>\"\n        type: retention ")
                .replace("        runningCostGbpPerYear: 5000\n", "        runningCostGbpPerYear: 5000\n"
                        + "        stopIf: {indicator: vacancyMonths, reductionBelow: 0.02, reviewMonth: 24}\n");
        Scenario scenario = ScenarioLoader.parse(yaml, false);
        ExperimentResult result = Experiment.run(scenario, "rule.yaml", "abc",
                new ExperimentPlan(4, 5, 2, null, false, false, 2, 2, 2), Progress.NONE);
        // The report and the workbook only: the charts (ReportFilesTest draws them) are the slow part.
        Path dir = temp.resolve("out");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("report.html"), HtmlReport.render(result, scenario, java.util.Map.of(),
                ReportFilesTest.RUN_DATE));
        Workbook.write(result, scenario, dir.resolve("workbook.xlsx"));
        var rules = result.summary().options().get(0).stopRules();
        double share = rules.rules().get(0).shareStopped();

        Document html = Jsoup.parse(dir.resolve("report.html").toFile());
        var section = html.getElementById("stop-rules");
        assertThat(section).isNotNull();
        assertThat(section.select("i")).isEmpty();
        assertThat(section.text()).contains("Pilot <i>one</i>").contains(Formats.percent(share) + " of replications")
                .contains(Formats.money(rules.npvWithoutRules().mean()))
                .contains(Formats.money(rules.difference().mean()));

        try (InputStream in = Files.newInputStream(dir.resolve("workbook.xlsx")); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheet(StopRulesSheet.NAME);
            assertThat(sheet).isNotNull();
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Pilot <i>one</i>");
            assertThat(sheet.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(share);
            assertThat(sheet.getRow(3).getCell(6).getNumericCellValue()).isEqualTo(rules.npvWithoutRules().mean());
            assertThat(sheet.getRow(4).getCell(6).getNumericCellValue()).isEqualTo(rules.difference().mean());
        }
    }
}
