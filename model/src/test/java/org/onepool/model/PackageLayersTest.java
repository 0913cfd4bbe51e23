package org.onepool.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each package of the model says in its package-info what it may import, and every source file keeps
 * to it (imports and qualified names alike); what the packages may import forms layers, with no cycle.
 */
class PackageLayersTest {
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern PACKAGE = Pattern.compile("^package (org\\.onepool\\.model[\\w.]*);", Pattern.MULTILINE);
    private static final Pattern MAY_IMPORT = Pattern.compile("May import:(.*?)\\*/", Pattern.DOTALL);
    private static final Pattern CODE = Pattern.compile("\\{@code (org\\.onepool\\.model[\\w.]*)}");
    /** A qualified name of a model class: the package, then a capitalised name. */
    private static final Pattern REFERENCE = Pattern.compile("\\b(org\\.onepool\\.model(?:\\.[a-z]\\w*)*)\\.[A-Z]");

    private static Map<String, List<Path>> sourcesByPackage() throws IOException {
        Map<String, List<Path>> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = PACKAGE.matcher(Files.readString(file));
                assertThat(m.find()).as("package statement in %s", file).isTrue();
                out.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(file);
            }
        }
        return out;
    }

    /** What each package's package-info says it may import. */
    private static Map<String, Set<String>> allowed(Map<String, List<Path>> packages) throws IOException {
        Map<String, Set<String>> out = new TreeMap<>();
        for (var entry : packages.entrySet()) {
            Path info = entry.getValue().stream().filter(f -> f.getFileName().toString().equals("package-info.java"))
                    .findFirst().orElse(null);
            assertThat(info).as("package-info.java of %s", entry.getKey()).isNotNull();
            Matcher m = MAY_IMPORT.matcher(Files.readString(info));
            assertThat(m.find()).as("'May import:' in %s", info).isTrue();
            Set<String> may = new TreeSet<>();
            Matcher code = CODE.matcher(m.group(1));
            while (code.find()) may.add(code.group(1));
            assertThat(packages.keySet()).as("packages %s may import", entry.getKey()).containsAll(may);
            out.put(entry.getKey(), may);
        }
        return out;
    }

    @Test
    void everySourceFileImportsOnlyWhatItsPackageMay() throws IOException {
        Map<String, List<Path>> packages = sourcesByPackage();
        Map<String, Set<String>> allowed = allowed(packages);
        List<String> violations = new ArrayList<>();
        int references = 0;
        for (var entry : packages.entrySet()) {
            for (Path file : entry.getValue()) {
                if (file.getFileName().toString().equals("package-info.java")) continue;
                Matcher m = REFERENCE.matcher(Files.readString(file));
                while (m.find()) {
                    references++;
                    String target = m.group(1);
                    if (!target.equals(entry.getKey()) && !allowed.get(entry.getKey()).contains(target)) {
                        violations.add(file.getFileName() + " (" + entry.getKey() + ") uses " + target);
                    }
                }
            }
        }
        assertThat(references).as("references between model packages found").isGreaterThan(100);
        assertThat(violations).isEmpty();
    }

    @Test
    void whatPackagesMayImportFormsLayers() throws IOException {
        Map<String, Set<String>> allowed = allowed(sourcesByPackage());
        assertThat(allowed).hasSizeGreaterThanOrEqualTo(8);
        for (String start : allowed.keySet()) {
            assertThat(reachable(start, allowed, new HashSet<>())).as("packages %s reaches", start).doesNotContain(start);
        }
    }

    private static Set<String> reachable(String from, Map<String, Set<String>> edges, Set<String> seen) {
        for (String to : edges.getOrDefault(from, Set.of())) {
            if (seen.add(to)) reachable(to, edges, seen);
        }
        return seen;
    }
}
