package org.onepool.model.experiment;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onepool.model.scenario.Effect;
import org.onepool.model.scenario.Option;
import org.onepool.model.scenario.Partner;
import org.onepool.model.scenario.Scenario;

/**
 * Turns an input's field path into words a panel can read, naming partners, families and options; an
 * effect is named by its declared label ({@link Effect#label()}).
 */
public final class InputLabels {
    private static final Pattern INDEXED = Pattern.compile("(\\w+)\\[(\\d+)]");

    private InputLabels() {
    }

    public static String of(Scenario scenario, String path) {
        StringBuilder out = new StringBuilder();
        Partner partner = null;
        Option option = null;
        String parent = "";
        for (String part : path.split("\\.")) {
            Matcher m = INDEXED.matcher(part);
            String label;
            if (m.matches()) {
                int i = Integer.parseInt(m.group(2));
                switch (m.group(1)) {
                    case "partners" -> {
                        partner = scenario.partners().get(i);
                        label = partner.name();
                    }
                    case "jobFamilies" -> label = scenario.jobFamilies().get(i).name();
                    case "workforce" -> label = partner == null ? "workforce " + (i + 1)
                            : familyName(scenario, partner.workforce().get(i).jobFamily());
                    case "options" -> {
                        option = scenario.options().get(i);
                        label = option.name();
                    }
                    case "interventions" -> label = option == null ? "intervention " + (i + 1)
                            : option.interventions().get(i).label();
                    case "tenureBands" -> label = "tenure band " + (i + 1);
                    default -> label = words(m.group(1)) + " " + (i + 1);
                }
            } else if (parent.equals("effects")) {
                label = Effect.byJsonName(part).map(Effect::label).orElseGet(() -> words(part));
            } else {
                label = words(part);
            }
            parent = part;
            if (label.equals("turnover") || label.equals("effects") || label.equals("drivers")) continue;
            if (out.length() > 0) out.append(" · ");
            out.append(label);
        }
        return out.toString();
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
