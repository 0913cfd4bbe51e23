package org.onepool.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** One bad scenario per validation rule: exit 2, the field path named on stderr, nothing on stdout. */
class ValidationRulesTest {
    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private static String minimal() {
        try {
            return Files.readString(Path.of("scenarios/minimal.yaml"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static UnaryOperator<String> replace(String from, String to) {
        return text -> {
            assertThat(text).as("fixture").contains(from);
            return text.replace(from, to);
        };
    }

    private static UnaryOperator<String> append(String yaml) {
        return text -> text + "\n" + yaml + "\n";
    }

    private static Arguments rule(String name, UnaryOperator<String> mutation, String path, String message) {
        return Arguments.of(name, mutation, path, message);
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                rule("malformed YAML gives line and column", replace("name: Minimal example", "name: [Minimal"),
                        "(file)", "line "),
                rule("duplicate key", replace("name: Minimal example", "name: Minimal example\nname: again"),
                        "(file)", "Duplicate"),
                rule("unknown field with did-you-mean", replace("grades: 3 ", "grade: 3 "), "jobFamilies[0].grade",
                        "did you mean 'grades'"),
                rule("wrong type", replace("headcount: 200", "headcount: lots"),
                        "partners[0].workforce[0].headcount", "whole number"),
                rule("missing required field", replace("    marketSalaryGbp: 26000", ""),
                        "jobFamilies[0].marketSalaryGbp", "required"),
                rule("bad enum value", replace("type: district", "type: parish"), "partners[0].type", "county"),
                rule("rate above 1", replace("annualRate: 0.20", "annualRate: 1.20"),
                        "partners[0].workforce[0].turnover.tenureBands[0].annualRate", "between 0 and 1"),
                rule("negative money", replace("advertisingGbp: 600", "advertisingGbp: -600"),
                        "recruitment.advertisingGbp", "GBP"),
                rule("horizon over 60 years", replace("horizonYears: 5", "horizonYears: 61"),
                        "appraisal.horizonYears", "1 to 60"),
                rule("horizon under 1 year", replace("horizonYears: 5", "horizonYears: 0"),
                        "appraisal.horizonYears", "1 to 60"),
                rule("triangular with low above mode", replace("[0.0, 0.10, 0.20]", "[0.15, 0.10, 0.20]"),
                        "options[0].interventions[0].effects.leavingRateReduction.triangular", "low <= mode <= high"),
                rule("uniform with low above high", replace("timeToFillMonths: {triangular: [1, 2, 4]}",
                        "timeToFillMonths: {uniform: [4, 1]}"), "recruitment.timeToFillMonths.uniform", "low <= high"),
                rule("normal with zero sd", replace("agencyCoverShare: 0.5", "agencyCoverShare: {normal: {mean: 0.5, sd: 0}}"),
                        "recruitment.agencyCoverShare.normal.sd", "above 0"),
                rule("lead-in as words", replace("        startMonth: 3                #",
                        "        leadInMonths: six\n        startMonth: 3                #"),
                        "options[0].interventions[0].leadInMonths", "whole number"),
                rule("posts changed at a partner outside the file, with a script for a role",
                        replace("        setupCostGbp: 10000", "        setupCostGbp: 10000\n        staffCostChanges: "
                                + "[{partner: '<script>x</script>', role: HR, fteChange: -2, costPerFteGbpPerYear: 30000}]"),
                        "options[0].interventions[0].staffCostChanges[0].partner", "partner of this option"),
                rule("a fading effect with no end", replace("        setupCostGbp: 10000",
                        "        setupCostGbp: 10000\n        decayHalfLifeMonths: 12"),
                        "options[0].interventions[0].decayHalfLifeMonths", "endMonth"),
                rule("lognormal with p90 below median", replace("setupCostGbp: 10000",
                        "setupCostGbp: {lognormal: {median: 10000, p90: 5000}}"),
                        "options[0].interventions[0].setupCostGbp.lognormal", "median < p90"),
                rule("two distribution forms at once", replace("agencyCoverShare: 0.5",
                        "agencyCoverShare: {value: 0.5, uniform: [0.4, 0.6]}"), "recruitment.agencyCoverShare",
                        "exactly one of"),
                rule("dose-response without its half-effect spend", append("""
                        budgetSplit: {option: retention, budgetGbp: 50000, years: 2}""").andThen(
                        replace("        effects:\n", "        doseResponse: {maxSpendGbp: 1000}\n        effects:\n"))::apply,
                        "options[0].interventions[0].doseResponse.halfEffectGbpPerHead", "required"),
                rule("dose-response maximum below its minimum", replace("        effects:\n",
                        "        doseResponse: {halfEffectGbpPerHead: 20, minSpendGbp: 5000, maxSpendGbp: 1000}\n"
                                + "        effects:\n"),
                        "options[0].interventions[0].doseResponse.maxSpendGbp", "at least minSpendGbp"),
                rule("budget split of an unknown option", append("budgetSplit: {option: pool, budgetGbp: 50000, years: 2}"),
                        "budgetSplit.option", "the id of a option"),
                rule("budget split of an option without levers", append(
                        "budgetSplit: {option: retention, budgetGbp: 50000, years: 2}"),
                        "budgetSplit.option", "doseResponse"),
                rule("budget split in too many tranches", append("budgetSplit: {option: retention, budgetGbp: 1000000, "
                        + "years: 2, trancheGbp: 100}").andThen(replace("        effects:\n",
                        "        doseResponse: {halfEffectGbpPerHead: 20}\n        effects:\n"))::apply,
                        "budgetSplit.trancheGbp", "1 to 500 tranches"),
                rule("budget split longer than the horizon", append("budgetSplit: {option: retention, budgetGbp: 50000, "
                        + "years: 6}").andThen(replace("        effects:\n",
                        "        doseResponse: {halfEffectGbpPerHead: 20}\n        effects:\n"))::apply,
                        "budgetSplit.years", "1 to 5"),
                rule("grade mix not summing to 1", replace("[0.6, 0.3, 0.1]", "[0.6, 0.3, 0.3]"),
                        "partners[0].workforce[0].gradeMix", "summing to 1"),
                rule("grade mix of the wrong length", replace("[0.6, 0.3, 0.1]", "[0.6, 0.4]"),
                        "partners[0].workforce[0].gradeMix", "one per grade"),
                rule("salaries of the wrong length", replace("[23000, 28000, 36000]", "[23000, 28000]"),
                        "partners[0].workforce[0].salaryByGradeGbp", "one per grade"),
                rule("age profile not summing to 1", replace("        gradeMix:", "        ageProfile: "
                        + "[{fromYears: 20, toYears: 40, share: 0.5}, {fromYears: 40, toYears: 65, share: 0.6}]\n        gradeMix:"),
                        "partners[0].workforce[0].ageProfile", "summing to 1"),
                rule("leaver reasons not summing to 1", replace("        turnover:\n",
                        "        turnover:\n          reasons: {career: 0.5, pay: 0.5, relocation: 0.5}\n"),
                        "partners[0].workforce[0].turnover.reasons", "summing to 1"),
                rule("tenure bands with a gap", replace("{fromYears: 0, toYears: 2,", "{fromYears: 0, toYears: 3,"),
                        "partners[0].workforce[0].turnover.tenureBands[1].fromYears", "previous band"),
                rule("first tenure band not at 0", replace("{fromYears: 0, toYears: 2,", "{fromYears: 1, toYears: 2,"),
                        "partners[0].workforce[0].turnover.tenureBands[0].fromYears", "0 for the first band"),
                rule("unknown job family in a workforce", replace("- jobFamily: admin", "- jobFamily: clerks"),
                        "partners[0].workforce[0].jobFamily", "admin"),
                rule("unknown partner in an option", replace("    name: Flexible working offer",
                        "    name: Flexible working offer\n    partners: [nobody]"), "options[0].partners[0]",
                        "council"),
                rule("intervention partner not in the option", replace("      - type: retention ",
                        "      - partners: [elsewhere]\n        type: retention "),
                        "options[0].interventions[0].partners[0]", "partner of this option"),
                rule("unknown job family in an intervention", replace("      - type: retention ",
                        "      - jobFamilies: [nurses]\n        type: retention "),
                        "options[0].interventions[0].jobFamilies[0]", "job family"),
                rule("explicit cost shares not summing to 1", replace("    name: Flexible working offer",
                        "    name: Flexible working offer\n    costSharing: {method: explicit, shares: {council: 0.5}}"),
                        "options[0].costSharing.shares", "summing to 1"),
                rule("intervention starting after the horizon", replace("startMonth: 3 ", "startMonth: 999 "),
                        "options[0].interventions[0].startMonth", "0 to 59"),
                rule("start month not YYYY-MM", replace("startMonth: 2027-04", "startMonth: April 2027"),
                        "appraisal.startMonth", "YYYY-MM"),
                rule("stress naming an unknown partner", append(
                        "stresses:\n  - {id: gone, name: Gone, type: partnerWithdraws, partner: nobody, startMonth: 12}"),
                        "stresses[0].partner", "council"),
                rule("stress missing its parameter", append("stresses:\n  - {id: half, name: Half, type: effectScale}"),
                        "stresses[0].effectScale", "multiplier"),
                rule("headcount over the limit", replace("headcount: 200", "headcount: 600000"),
                        "partners[0].workforce[0].headcount", "0 to 500000"),
                rule("NaN", replace("agencyCoverShare: 0.5", "agencyCoverShare: .nan"), "(file)", "'.nan'"),
                rule("infinity", replace("advertisingGbp: 600", "advertisingGbp: .inf"), "(file)", "'.inf'"),
                rule("empty file", text -> "# nothing here\n", "(file)", "empty"),
                rule("top level not a mapping", text -> "- a\n- b\n", "(file)", "mapping"),
                rule("deep nesting", text -> "name: " + "[".repeat(5000) + "]".repeat(5000) + "\n", "(file)", "nesting depth"),
                rule("alias bomb is refused, not expanded", text -> billionLaughs(), "(file)", "the alias *a"),
                rule("an alias is refused rather than misread", replace("advertisingGbp: 600", "advertisingGbp: &ad 600")
                        .andThen(t -> t.replace("adminGbp: 500", "adminGbp: *ad"))::apply, "(file)", "written out in full"));
    }

    private static String billionLaughs() {
        StringBuilder yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) yaml.append(i == 0 ? "" : ",").append('*').append(p);
            yaml.append("]\n");
        }
        return yaml.toString();
    }

    private int validate(Path file) {
        CommandLine cli = OnepoolCommand.newCommandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute("validate", file.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    @Timeout(10)
    void aBadScenarioIsRejectedWithItsFieldPath(String name, UnaryOperator<String> mutation, String path, String message)
            throws Exception {
        Path file = temp.resolve("bad.yaml");
        Files.writeString(file, mutation.apply(minimal()));
        int code = validate(file);
        assertThat(code).as(err.toString()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).contains(path + ": found").contains(message).doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    @Test
    void everyProblemIsReportedAtOnce() throws Exception {
        Path file = temp.resolve("bad.yaml");
        Files.writeString(file, minimal().replace("annualRate: 0.20", "annualRate: 1.5")
                .replace("advertisingGbp: 600", "advertisingGbp: -1").replace("horizonYears: 5", "horizonYears: 70"));
        assertThat(validate(file)).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("has 3 problems").contains("appraisal.horizonYears")
                .contains("recruitment.advertisingGbp").contains("tenureBands[0].annualRate");
    }

    @Test
    void malformedJsonGivesLineAndColumn() throws Exception {
        Path file = temp.resolve("bad.json");
        Files.writeString(file, "{\n  \"name\": \"x\",\n  \"appraisal\": {\"startMonth\": \"2027-04\",}\n}\n");
        assertThat(validate(file)).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("(file): found line 3").contains("well-formed JSON");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedUnread() throws Exception {
        Path file = temp.resolve("huge.yaml");
        Files.writeString(file, minimal() + ("# padding " + "x".repeat(1000) + "\n").repeat(5300));
        assertThat(validate(file)).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("(file): found").contains("bytes");
    }

    @Test
    void tooManyOptionsAreRefused() throws Exception {
        StringBuilder options = new StringBuilder("options:\n");
        for (int i = 0; i < 31; i++) {
            options.append("  - {id: o").append(i).append(", name: O").append(i)
                    .append(", interventions: [{type: retention}]}\n");
        }
        String text = minimal();
        Path file = temp.resolve("many.yaml");
        Files.writeString(file, text.substring(0, text.indexOf("options:")) + options);
        assertThat(validate(file)).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("options: found 31 options");
    }

    @Test
    void aMissingFileIsBadInput() {
        assertThat(validate(temp.resolve("nowhere.yaml"))).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("(file): found no file");
        assertThat(out.toString()).isEmpty();
    }
}
