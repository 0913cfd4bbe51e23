package org.onepool.model.experiment;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onepool.model.scenario.Scenario;

/** Turns an input's field path into words a panel can read, naming partners, families and options. */
public final class InputLabels {
    private static final Pattern INDEXED = Pattern.compile("(\\w+)\\[(\\d+)]");

    private InputLabels() {
    }

    public static String of(Scenario scenario, String path) {
        StringBuilder out = new StringBuilder();
        String partner = null;
        String option = null;
        for (String part : path.split("\\.")) {
            Matcher m = INDEXED.matcher(part);
            String label;
            if (m.matches()) {
                int i = Integer.parseInt(m.group(2));
                label = switch (m.group(1)) {
                    case "partners" -> partner = scenario.partners().get(i).name();
                    case "jobFamilies" -> scenario.jobFamilies().get(i).name();
                    case "workforce" -> familyName(scenario, scenario.partner(idOf(scenario, partner)).orElseThrow()
                            .workforce().get(i).jobFamily());
                    case "options" -> option = scenario.options().get(i).name();
                    case "interventions" -> scenario.option(optionId(scenario, option)).orElseThrow()
                            .interventions().get(i).label();
                    case "tenureBands" -> "tenure band " + (i + 1);
                    default -> words(m.group(1)) + " " + (i + 1);
                };
            } else {
                label = words(part);
            }
            if (label.equals("turnover") || label.equals("effects") || label.equals("drivers")) continue;
            if (out.length() > 0) out.append(" · ");
            out.append(label);
        }
        return out.toString();
    }

    private static String idOf(Scenario scenario, String partnerName) {
        return scenario.partners().stream().filter(p -> p.name().equals(partnerName)).findFirst().orElseThrow().id();
    }

    private static String optionId(Scenario scenario, String optionName) {
        return scenario.options().stream().filter(o -> o.name().equals(optionName)).findFirst().orElseThrow().id();
    }

    private static String familyName(Scenario scenario, String id) {
        return scenario.jobFamily(id).map(f -> f.name()).orElse(id);
    }

    /** camelCase to lower-case words, units spelt out: annualRate -> annual rate, costGbp -> cost (GBP). */
    static String words(String camel) {
        String spaced = camel.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        return spaced.replaceAll(" gbp per year$", " (GBP a year)").replaceAll(" gbp$", " (GBP)")
                .replaceAll(" months$", " (months)").replaceAll(" years$", " (years)");
    }
}
