package org.onepool.grid;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.onepool.cli.OnepoolCommand;
import picocli.CommandLine;

/** Small scenarios and grids, written to files as a user would, and the two command lines run as a user would. */
final class GridFixtures {
    /** Two partners of 120 staff, a three-year horizon after a one-year warm-up: a cell takes well under a second. */
    static final String SCENARIO = """
            name: grid test
            appraisal:
              startMonth: 2027-04
              horizonYears: 3
              optimismBias: {costUplift: 0.41, mitigation: 0.5}
            simulation: {warmUpYears: 1}
            jobFamilies:
              - {id: admin, name: Business support, marketSalaryGbp: 27000, grades: 3}
            recruitment:
              advertisingGbp: 900
              adminGbp: 700
              checksGbp: 150
              inductionGbp: 300
              timeToFillMonths: {triangular: [1, 2, 4]}
              agencyCoverShare: 0.6
              agencyPremiumRate: {triangular: [0.2, 0.3, 0.5]}
            partners:
              - {id: big, name: Big Council, type: county, workforce: [%1$s]}
              - {id: small, name: Small Council, type: district, workforce: [%1$s]}
            options:
              - id: retain
                name: Retention offer
                interventions:
                  - type: retention
                    setupCostGbp: 20000
                    runningCostGbpPerYear: 30000
                    effects: {leavingRateReduction: {triangular: [0, 0.1, 0.2]}}
              - id: pool
                name: Shared recruitment
                interventions:
                  - type: sharedRecruitment
                    setupCostGbp: 10000
                    runningCostGbpPerYear: 5000
                    effects: {campaignCostReduction: {uniform: [0.1, 0.4]}}
            stresses:
              - {id: effect-halved, name: Effects half what is hoped, type: effectScale, effectScale: 0.5}
            """.formatted("""
            {jobFamily: admin, headcount: 120, gradeMix: [0.6, 0.3, 0.1], salaryByGradeGbp: [23000, 28000, 35000],
             turnover: {tenureBands: [{fromYears: 0, annualRate: {triangular: [0.12, 0.15, 0.2]}}]}}""");

    static final String EFFECT = "options[0].interventions[0].effects.leavingRateReduction";
    static final String RATE = "partners[0].workforce[0].turnover.tenureBands[0].annualRate";

    private GridFixtures() {
    }

    /** A grid of 2 x 2 cells (effect x turnover rate) over the test scenario, no stress. */
    static String grid(String name, double[] rates, int replications, int perBlock, String stresses) {
        return """
                name: "%s"
                scenarios: [scenario.yaml]
                stresses: %s
                sweeps:
                  - {path: "%s", name: effect, values: [0.05, 0.3]}
                  - {path: "%s", name: turnover, values: [%s, %s]}
                replications: %d
                seed: 77
                replicationsPerBlock: %d
                """.formatted(name, stresses, EFFECT, RATE, rates[0], rates[1], replications, perBlock);
    }

    static Path write(Path folder, String gridText) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("scenario.yaml"), SCENARIO);
        Path grid = folder.resolve("grid.yaml");
        Files.writeString(grid, gridText);
        return grid;
    }

    /** A command line's exit code and what it printed. */
    record Ran(int code, String out, String err) {
    }

    static Ran grid(String... args) {
        return execute(GridCommand.newCommandLine(), args);
    }

    static Ran onepool(String... args) {
        return execute(OnepoolCommand.newCommandLine(), args);
    }

    private static Ran execute(CommandLine cli, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Ran(code, out.toString(), err.toString());
    }
}
