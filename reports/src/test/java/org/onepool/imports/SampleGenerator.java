package org.onepool.imports;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * The repository's sample generator (scenarios/sample-hr/GenerateSample.java, a single-file program run
 * with the JDK alone), compiled once in the test's JVM and run as a user would run it.
 */
public final class SampleGenerator {
    public static final Path SAMPLE = Path.of("scenarios", "sample-hr");
    private static Method main;

    private SampleGenerator() {
    }

    /** Writes the sample for {@code seed} into {@code folder}, with the mapping and template beside it. */
    public static synchronized void write(long seed, Path folder) throws Exception {
        if (main == null) {
            Path classes = Files.createTempDirectory("onepool-generator");
            JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
            int rc = compiler.run(null, null, null, "-d", classes.toString(), SAMPLE.resolve("GenerateSample.java").toString());
            if (rc != 0) throw new IllegalStateException("the sample generator does not compile");
            URLClassLoader loader = new URLClassLoader(new java.net.URL[] {classes.toUri().toURL()},
                    SampleGenerator.class.getClassLoader());
            main = loader.loadClass("GenerateSample").getMethod("main", String[].class);
        }
        main.invoke(null, (Object) new String[] {"--seed", Long.toString(seed), "--out", folder.toString()});
        for (String file : List.of("mapping.yaml", "template.yaml")) {
            Files.copy(SAMPLE.resolve(file), folder.resolve(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** truth.csv as a map: "partner/family/quantity/fromYears" to the stated value (blank parts left empty). */
    public static Map<String, Double> truth(Path folder) throws IOException {
        Map<String, Double> truth = new HashMap<>();
        List<String> lines = new ArrayList<>(Files.readAllLines(folder.resolve("truth.csv")));
        for (String line : lines.subList(1, lines.size())) {
            String[] p = line.split(",", -1);
            truth.put(p[0] + "/" + p[1] + "/" + p[2] + "/" + p[3], Double.parseDouble(p[4]));
        }
        return truth;
    }
}
