package org.onepool.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A partner's codes mapped to onepool's: exact values (ignoring case and repeated spaces) first, then
 * patterns with '*' in the order given.
 */
final class CodeMap<K> {
    private final Map<String, K> exact = new HashMap<>();
    private final Map<Pattern, K> patterns = new LinkedHashMap<>();
    private final List<String> conflicts = new ArrayList<>();

    static <K> CodeMap<K> of(Map<K, List<String>> values) {
        CodeMap<K> map = new CodeMap<>();
        if (values == null) return map;
        for (var e : values.entrySet()) {
            if (e.getValue() == null) continue;
            for (String v : e.getValue()) map.put(v, e.getKey());
        }
        return map;
    }

    void put(String value, K key) {
        if (value == null) return;
        String v = normal(value);
        if (v.contains("*")) {
            patterns.putIfAbsent(Pattern.compile(glob(v)), key);
            return;
        }
        K before = exact.putIfAbsent(v, key);
        if (before != null && !before.equals(key)) conflicts.add("'" + value + "' under both " + before + " and " + key);
    }

    /** The onepool code for a value, or null if the mapping does not place it. */
    K get(String value) {
        String v = normal(value);
        K key = exact.get(v);
        if (key != null) return key;
        for (var e : patterns.entrySet()) if (e.getKey().matcher(v).matches()) return e.getValue();
        return null;
    }

    boolean isEmpty() {
        return exact.isEmpty() && patterns.isEmpty();
    }

    List<String> conflicts() {
        return conflicts;
    }

    static String normal(String value) {
        String v = value.strip();
        // Most codes have no runs of spaces: the regular expression is kept for those that do.
        if (v.contains("  ") || v.indexOf('\t') >= 0 || v.indexOf('\u00A0') >= 0) v = v.replaceAll("[\\s\u00A0]+", " ");
        return v.toLowerCase(Locale.ROOT);
    }

    private static String glob(String v) {
        List<String> parts = new ArrayList<>();
        for (String part : v.split("\\*", -1)) parts.add(Pattern.quote(part));
        return String.join(".*", parts);
    }
}
