package org.onepool.model.scenario.input;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.onepool.model.scenario.Problem;
import org.onepool.model.scenario.Uncertain;

/** Collects problems; each check names the field path, what it found and what it expected. */
final class Checks {
    private static final double SUM_TOLERANCE = 1e-3;
    private final List<Problem> problems = new ArrayList<>();

    List<Problem> problems() {
        return problems;
    }

    void add(String path, String found, String expected) {
        problems.add(new Problem(path, found, expected));
    }

    /** A required block or list is present. Returns whether it is. */
    boolean present(String path, Object value, String expected) {
        if (value == null) add(path, "nothing", expected);
        return value != null;
    }

    void nonEmpty(String path, Collection<?> values, String expected) {
        if (values != null && values.isEmpty()) add(path, "an empty list", expected);
    }

    void text(String path, String value) {
        if (value != null && value.isBlank()) add(path, "blank text", "a non-blank name");
    }

    void identifier(String path, String id) {
        if (id != null && !id.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")) {
            add(path, "\"" + id + "\"", "an identifier of letters, digits, '-', '_' or '.' (at most 64)");
        }
    }

    <T> void unique(String path, List<T> items, Function<T, String> key) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String k = key.apply(items.get(i));
            if (k != null && !seen.add(k)) add(path + "[" + i + "]", "the id \"" + k + "\" again", "unique ids");
        }
    }

    /**
     * A list of things with ids and names: at most {@code max} of them, ids unique and well formed, names
     * not blank; then each item's own checks, given its path ({@code path[i]}), in list order.
     */
    <T> void named(String path, List<T> items, int max, String plural, Function<T, String> id,
                   Function<T, String> name, BiConsumer<String, T> each) {
        if (items.size() > max) add(path, items.size() + " " + plural, "at most " + max);
        unique(path, items, id);
        for (int i = 0; i < items.size(); i++) {
            String p = path + "[" + i + "]";
            T item = items.get(i);
            identifier(p + ".id", id.apply(item));
            text(p + ".name", name.apply(item));
            each.accept(p, item);
        }
    }

    /** Each id of a list, if there is one, names one of the known ids. */
    void references(String path, List<String> ids, Set<String> known, String what) {
        if (ids == null) return;
        for (int k = 0; k < ids.size(); k++) reference(path + "[" + k + "]", ids.get(k), known, what);
    }

    void reference(String path, String id, Set<String> known, String what) {
        if (id != null && !known.contains(id)) {
            add(path, "\"" + id + "\"", "the id of a " + what + " in this file (" + String.join(", ",
                    known.stream().sorted().toList()) + ")");
        }
    }

    void between(String path, double value, double min, double max, String expected) {
        if (!(value >= min && value <= max)) add(path, format(value), expected);
    }

    void between(String path, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            add(path, value.toString(), "a whole number from " + min + " to " + max);
        }
    }

    void sumsToOne(String path, double sum, String what) {
        if (!(Math.abs(sum - 1) <= SUM_TOLERANCE)) add(path, what + " summing to " + format(sum), what + " summing to 1");
    }

    /** A rate or probability: every value the input can take lies in [0, 1]. */
    void rate(String path, Uncertain u) {
        range(path, u, 0, 1, "a share between 0 and 1");
    }

    /** An amount of money: never negative. */
    void money(String path, Uncertain u) {
        range(path, u, 0, 1e10, "an amount in GBP from 0 to 10 billion");
    }

    /** A well-formed distribution whose possible values lie within [min, max] (for normal: whose mean does). */
    void range(String path, Uncertain u, double min, double max, String expected) {
        if (u == null || !wellFormed(path, u)) return;
        if (u.value() != null) {
            between(path, u.value(), min, max, expected);
        } else if (u.triangular() != null) {
            between(path + ".triangular[0]", u.triangular().get(0), min, max, expected);
            between(path + ".triangular[2]", u.triangular().get(2), min, max, expected);
        } else if (u.uniform() != null) {
            between(path + ".uniform[0]", u.uniform().get(0), min, max, expected);
            between(path + ".uniform[1]", u.uniform().get(1), min, max, expected);
        } else if (u.normal() != null) {
            between(path + ".normal.mean", u.normal().mean(), min, max, expected);
        } else {
            between(path + ".lognormal.median", u.lognormal().median(), min, max, expected);
            between(path + ".lognormal.p90", u.lognormal().p90(), min, max, expected);
        }
    }

    private boolean wellFormed(String path, Uncertain u) {
        int forms = u.formCount();
        if (forms != 1) {
            add(path, forms == 0 ? "no value" : forms + " forms at once",
                    "exactly one of value, triangular, normal, lognormal, uniform");
            return false;
        }
        if (u.triangular() != null) {
            var t = u.triangular();
            if (t.size() != 3) {
                add(path + ".triangular", t.size() + " numbers", "[low, mode, high]");
                return false;
            }
            if (!(t.get(0) <= t.get(1) && t.get(1) <= t.get(2))) {
                add(path + ".triangular", t.toString(), "low <= mode <= high");
                return false;
            }
        }
        if (u.uniform() != null) {
            var v = u.uniform();
            if (v.size() != 2) {
                add(path + ".uniform", v.size() + " numbers", "[low, high]");
                return false;
            }
            if (!(v.get(0) <= v.get(1))) {
                add(path + ".uniform", v.toString(), "low <= high");
                return false;
            }
        }
        if (u.normal() != null && !(u.normal().sd() > 0 && Double.isFinite(u.normal().sd()))) {
            add(path + ".normal.sd", format(u.normal().sd()), "a standard deviation above 0");
            return false;
        }
        if (u.lognormal() != null && !(u.lognormal().median() > 0 && u.lognormal().p90() > u.lognormal().median()
                && Double.isFinite(u.lognormal().p90()))) {
            add(path + ".lognormal", "median " + format(u.lognormal().median()) + ", p90 "
                    + format(u.lognormal().p90()), "0 < median < p90");
            return false;
        }
        return true;
    }

    static String format(double v) {
        if (Double.isNaN(v)) return "NaN";
        if (Double.isInfinite(v)) return v > 0 ? "infinity" : "minus infinity";
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
