package org.onepool.model.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.onepool.model.scenario.input.ScenarioLoader;

/**
 * Every figure a bundled scenario cites must be findable in the repository: each {@code source} starts
 * with the key of an entry of scenarios/sources.md, every key a scenario mentions (in a source or a
 * comment) has an entry there, and no product file points at material outside the repository.
 */
class BundledScenarioSourcesTest {
    private static final Path REPO = Path.of("..");
    private static final Path SCENARIOS = REPO.resolve("scenarios");
    private static final Pattern KEY = Pattern.compile("\\[([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*)\\]");
    private static final Pattern ENTRY = Pattern.compile("^\\|\\s*\\[([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*)\\]\\s*\\|", Pattern.MULTILINE);

    @Test
    void everySourceOfEveryBundledScenarioStartsWithAKeyThatSourcesMdDefines() throws Exception {
        Set<String> defined = definedKeys();
        List<Path> scenarios = bundledScenarios();
        assertThat(scenarios).hasSizeGreaterThanOrEqualTo(5);
        List<String> problems = new ArrayList<>();
        int sources = 0;
        for (Path file : scenarios) {
            Scenario scenario = ScenarioLoader.load(file);
            for (Assumption a : AssumptionsRegister.of(scenario)) {
                String source = a.input().source();
                if (source == null) continue;
                sources++;
                Matcher m = KEY.matcher(source);
                if (!m.lookingAt()) {
                    problems.add(file.getFileName() + " " + a.path() + ": source does not start with a [KEY]: " + source);
                    continue;
                }
                m.reset();
                while (m.find()) {
                    if (!defined.contains(m.group(1)))
                        problems.add(file.getFileName() + " " + a.path() + ": [" + m.group(1) + "] has no entry in scenarios/sources.md");
                }
            }
        }
        assertThat(sources).as("sources read from the bundled scenarios").isGreaterThan(100);
        assertThat(problems).isEmpty();
    }

    @Test
    void everyKeyMentionedInABundledScenarioFileHasAnEntry() throws IOException {
        Set<String> defined = definedKeys();
        Set<String> missing = new TreeSet<>();
        for (Path file : bundledScenarios()) {
            Matcher m = KEY.matcher(Files.readString(file));
            while (m.find()) {
                if (!defined.contains(m.group(1))) missing.add(file.getFileName() + ": [" + m.group(1) + "]");
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void sourcesMdDefinesEachKeyOnce() throws IOException {
        Matcher m = ENTRY.matcher(Files.readString(SCENARIOS.resolve("sources.md")));
        List<String> keys = new ArrayList<>();
        while (m.find()) keys.add(m.group(1));
        assertThat(keys).doesNotHaveDuplicates().hasSizeGreaterThan(20);
    }

    @Test
    void noProductFilePointsOutsideTheRepository() throws IOException {
        List<String> offenders = new ArrayList<>();
        Files.walkFileTree(REPO, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                boolean skip = !dir.equals(REPO) && (name.startsWith(".") || name.equals("target") || name.equals("out"));
                return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (isProductText(file)) {
                    String text;
                    try {
                        text = Files.readString(file, StandardCharsets.UTF_8);
                    } catch (MalformedInputException notUtf8) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (text.contains("shared/") || text.contains("calibration note"))
                        offenders.add(REPO.relativize(file).toString());
                }
                return FileVisitResult.CONTINUE;
            }
        });
        assertThat(offenders).as("files mentioning shared/ or the calibration note").isEmpty();
    }

    /** Bundled scenario files: every YAML in scenarios/ except deployment problems (those list people). */
    private static List<Path> bundledScenarios() throws IOException {
        try (Stream<Path> files = Files.list(SCENARIOS)) {
            List<Path> out = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                if (!Files.readString(file).contains("\npeople:")) out.add(file);
            }
            return out;
        }
    }

    private static Set<String> definedKeys() throws IOException {
        Matcher m = ENTRY.matcher(Files.readString(SCENARIOS.resolve("sources.md")));
        Set<String> keys = new TreeSet<>();
        while (m.find()) keys.add(m.group(1));
        return keys;
    }

    private static boolean isProductText(Path file) {
        String name = file.getFileName().toString();
        // This test names the phrases it looks for.
        if (name.equals("BundledScenarioSourcesTest.java")) return false;
        return name.endsWith(".java") || name.endsWith(".md") || name.endsWith(".yaml") || name.endsWith(".yml")
                || name.endsWith(".json") || name.endsWith(".csv") || name.endsWith(".xml") || name.endsWith(".jte")
                || name.endsWith(".properties") || name.endsWith(".txt") || name.equals("onepool");
    }
}
