package org.onepool.model.optimise.deployment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.onepool.model.scenario.Problem;
import org.onepool.model.scenario.ScenarioException;
import org.onepool.model.scenario.input.InputFile;

/** Reads a standalone deployment problem (YAML or JSON; format in docs/deploy-format.md) and checks it. */
public final class DeploymentProblemFile {
    private DeploymentProblemFile() {
    }

    public static DeploymentProblem load(Path file) throws ScenarioException {
        DeploymentProblem problem;
        try {
            problem = InputFile.load(file, DeploymentProblem.class, "a deployment problem (docs/deploy-format.md)");
        } catch (ScenarioException e) {
            throw new ScenarioException(e.problems().stream().map(DeploymentProblemFile::withRange).toList());
        }
        List<Problem> problems = check(problem);
        if (!problems.isEmpty()) throw new ScenarioException(problems);
        return problem;
    }

    /** Money beyond this is a slip of the keyboard, and would overflow the score's sums. */
    static final long MAX_GBP = 1_000_000_000L;
    private static final String MONEY = "0 to " + MAX_GBP + " GBP";
    private static final String GRADE = "a grade from 1 to 10";
    private static final String MONTHS_120 = "0 to 120 months";
    private static final String MONTHS_600 = "0 to 600 months";

    /**
     * A number too large even to read (beyond a whole number's range) is named with the range the field
     * allows, as a number read but out of range would be.
     */
    private static Problem withRange(Problem p) {
        String field = p.path().substring(p.path().lastIndexOf('.') + 1);
        String range = switch (field) {
            case "grade" -> GRADE;
            case "months", "monthsUntilExternalFill" -> MONTHS_120;
            case "monthsStagnating" -> MONTHS_600;
            default -> field.endsWith("Gbp") || field.contains("Gbp") ? MONEY : null;
        };
        return range == null || !p.found().equals("a value that does not fit") ? p
                : new Problem(p.path(), "a number beyond any allowed", range);
    }

    static List<Problem> check(DeploymentProblem p) {
        List<Problem> out = new ArrayList<>();
        money(out, "trainingBudgetGbp", p.trainingBudgetGbp());
        if (p.people().size() > 500) out.add(new Problem("people", p.people().size() + " people", "at most 500"));
        if (p.posts().size() > 500) out.add(new Problem("posts", p.posts().size() + " posts", "at most 500"));
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < p.people().size(); i++) {
            PooledPerson x = p.people().get(i);
            String at = "people[" + i + "]";
            if (x.id() == null || !ids.add(x.id())) out.add(new Problem(at + ".id", "" + x.id(), "a unique id"));
            if (x.jobFamily() == null) out.add(new Problem(at + ".jobFamily", "nothing", "a job family"));
            if (x.homePartner() == null) out.add(new Problem(at + ".homePartner", "nothing", "a partner id"));
            if (x.kind() == null) out.add(new Problem(at + ".kind", "nothing", "redeployee, stagnating or talentBank"));
            grade(out, at, x.grade());
            place(out, at, x.latitude(), x.longitude());
            if (x.monthsStagnating() < 0 || x.monthsStagnating() > 600) {
                out.add(new Problem(at + ".monthsStagnating", "" + x.monthsStagnating(), MONTHS_600));
            }
            for (String skill : x.skills()) {
                if (skill.isBlank()) out.add(new Problem(at + ".skills", "an empty skill", "the name of a skill"));
            }
        }
        ids.clear();
        for (int j = 0; j < p.posts().size(); j++) {
            OpenPost x = p.posts().get(j);
            String at = "posts[" + j + "]";
            if (x.id() == null || !ids.add(x.id())) out.add(new Problem(at + ".id", "" + x.id(), "a unique id"));
            if (x.jobFamily() == null) out.add(new Problem(at + ".jobFamily", "nothing", "a job family"));
            if (x.partner() == null) out.add(new Problem(at + ".partner", "nothing", "a partner id"));
            grade(out, at, x.grade());
            place(out, at, x.latitude(), x.longitude());
            money(out, at + ".agencyCostGbpPerMonth", x.agencyCostGbpPerMonth());
            if (x.requiredSkill() != null && x.requiredSkill().isBlank()) {
                out.add(new Problem(at + ".requiredSkill", "an empty skill", "the name of a skill, or the field left out"));
            }
        }
        ids.clear();
        for (int k = 0; k < p.training().size(); k++) {
            TrainingOption t = p.training().get(k);
            String at = "training[" + k + "]";
            if (t.id() == null || !ids.add(t.id())) out.add(new Problem(at + ".id", "" + t.id(), "a unique id"));
            if (t.skill() == null || t.skill().isBlank()) {
                out.add(new Problem(at + ".skill", t.skill() == null ? "nothing" : "an empty skill", "the skill it grants"));
            }
            money(out, at + ".costGbp", t.costGbp());
            if (t.months() < 0 || t.months() > 120) out.add(new Problem(at + ".months", "" + t.months(), MONTHS_120));
        }
        DeploymentWeights w = p.weights();
        if (w.monthsUntilExternalFill() < 0 || w.monthsUntilExternalFill() > 120) {
            out.add(new Problem("weights.monthsUntilExternalFill", "" + w.monthsUntilExternalFill(), MONTHS_120));
        }
        money(out, "weights.travelGbpPerKm", w.travelGbpPerKm());
        money(out, "weights.progressionGbpPerMonth", w.progressionGbpPerMonth());
        money(out, "weights.moveGbp", w.moveGbp());
        return out;
    }

    private static void money(List<Problem> out, String path, long gbp) {
        if (gbp < 0 || gbp > MAX_GBP) out.add(new Problem(path, "" + gbp, MONEY));
    }

    private static void grade(List<Problem> out, String at, int grade) {
        if (grade < 1 || grade > 10) out.add(new Problem(at + ".grade", "" + grade, GRADE));
    }

    private static void place(List<Problem> out, String at, double latitude, double longitude) {
        // Written as "not within" so that NaN is caught too.
        if (!(latitude >= -90 && latitude <= 90)) out.add(new Problem(at + ".latitude", "" + latitude, "-90 to 90 degrees"));
        if (!(longitude >= -180 && longitude <= 180)) {
            out.add(new Problem(at + ".longitude", "" + longitude, "-180 to 180 degrees"));
        }
    }
}
