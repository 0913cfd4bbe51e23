package org.onepool.model.optimise.deployment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.onepool.model.scenario.Problem;
import org.onepool.model.scenario.ScenarioException;
import org.onepool.model.scenario.ScenarioLoader;

/** Reads a standalone deployment problem (YAML or JSON; format in docs/deploy-format.md) and checks it. */
public final class DeploymentProblemFile {
    private DeploymentProblemFile() {
    }

    public static DeploymentProblem load(Path file) throws ScenarioException {
        if (!Files.isRegularFile(file)) {
            throw new ScenarioException(List.of(new Problem("(file)", "no file at " + file, "a deployment problem file")));
        }
        // Numbers left out are 0 and flags false; the checks below catch a missing grade or id.
        ObjectMapper mapper = (file.toString().endsWith(".json") ? ScenarioLoader.json() : ScenarioLoader.yaml()).copy()
                .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        DeploymentProblem problem;
        try {
            if (Files.size(file) > ScenarioLoader.MAX_FILE_BYTES) {
                throw new ScenarioException(List.of(new Problem("(file)", Files.size(file) + " bytes",
                        "at most " + ScenarioLoader.MAX_FILE_BYTES + " bytes")));
            }
            problem = mapper.readValue(file.toFile(), DeploymentProblem.class);
        } catch (JsonMappingException e) {
            throw new ScenarioException(List.of(new Problem(ScenarioLoader.pathOf(e), e.getOriginalMessage().lines().findFirst().orElse("?"),
                    "the deployment format (docs/deploy-format.md)")));
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new ScenarioException(List.of(new Problem("(file)", (at == null ? "" : "line " + at.getLineNr()
                    + ", column " + at.getColumnNr() + ": ") + e.getOriginalMessage().lines().findFirst().orElse(""),
                    "well-formed YAML or JSON")));
        } catch (IOException e) {
            throw new ScenarioException(List.of(new Problem("(file)", "a file that cannot be read", "a readable file")));
        }
        List<Problem> problems = check(problem);
        if (!problems.isEmpty()) throw new ScenarioException(problems);
        return problem;
    }

    static List<Problem> check(DeploymentProblem p) {
        List<Problem> out = new ArrayList<>();
        if (p.trainingBudgetGbp() < 0) out.add(new Problem("trainingBudgetGbp", "" + p.trainingBudgetGbp(), "0 or more"));
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
            if (x.grade() < 1 || x.grade() > 10) out.add(new Problem(at + ".grade", "" + x.grade(), "a grade from 1 to 10"));
            if (x.monthsStagnating() < 0) out.add(new Problem(at + ".monthsStagnating", "" + x.monthsStagnating(), "0 or more"));
        }
        ids.clear();
        for (int j = 0; j < p.posts().size(); j++) {
            OpenPost x = p.posts().get(j);
            String at = "posts[" + j + "]";
            if (x.id() == null || !ids.add(x.id())) out.add(new Problem(at + ".id", "" + x.id(), "a unique id"));
            if (x.jobFamily() == null) out.add(new Problem(at + ".jobFamily", "nothing", "a job family"));
            if (x.partner() == null) out.add(new Problem(at + ".partner", "nothing", "a partner id"));
            if (x.grade() < 1 || x.grade() > 10) out.add(new Problem(at + ".grade", "" + x.grade(), "a grade from 1 to 10"));
            if (x.agencyCostGbpPerMonth() < 0) {
                out.add(new Problem(at + ".agencyCostGbpPerMonth", "" + x.agencyCostGbpPerMonth(), "0 or more"));
            }
        }
        for (int k = 0; k < p.training().size(); k++) {
            TrainingOption t = p.training().get(k);
            if (t.skill() == null) out.add(new Problem("training[" + k + "].skill", "nothing", "the skill it grants"));
            if (t.costGbp() < 0) out.add(new Problem("training[" + k + "].costGbp", "" + t.costGbp(), "0 or more"));
        }
        return out;
    }
}
