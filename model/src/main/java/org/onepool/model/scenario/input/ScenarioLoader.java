package org.onepool.model.scenario.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.onepool.model.finance.GdpDeflator;
import org.onepool.model.scenario.PriceIndex;
import org.onepool.model.scenario.Problem;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.ScenarioException;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads a scenario from YAML or JSON and checks it in three passes: syntax (with line and column),
 * structure against the generated schema (unknown fields, types, required fields), then meaning
 * (ranges, cross-references, distributions, sizes). Every problem of the failing pass is reported at once.
 */
public final class ScenarioLoader {
    /** Larger files are refused before they are read: a scenario is a few hundred kilobytes at most. */
    public static final long MAX_FILE_BYTES = 5L * 1024 * 1024;

    /** Scenarios nest a handful of levels; deeper input is refused while it is parsed. */
    static final int MAX_NESTING_DEPTH = 40;
    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING_DEPTH).build();

    private static final ObjectMapper JSON = configure(JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(LIMITS).build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build());
    private static final ObjectMapper YAML = configure(new YAMLMapper(yamlFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION));
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(ScenarioSchema.schema());

    /** What a file of each input format was expected to be, for the messages about the file as a whole. */
    record Kind(String file, String empty, String topLevel) {
    }

    private static final Kind SCENARIO = new Kind("a scenario file (.yaml, .yml or .json)",
            "a scenario (start from 'onepool init')", "a mapping of fields such as name, appraisal, jobFamilies, partners");

    private ScenarioLoader() {
    }

    /** The mapper used for scenario JSON; other modules reuse it to write scenarios and results. */
    public static ObjectMapper json() {
        return JSON;
    }

    public static ObjectMapper yaml() {
        return YAML;
    }

    /** A scenario as JSON that loads back equal: fields left to their defaults are written out, nulls are not. */
    public static String toJson(Scenario scenario) throws JsonProcessingException {
        return JSON.copy().setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                .writerWithDefaultPrettyPrinter().writeValueAsString(scenario);
    }

    /** Loads a scenario, rebasing money stated in other price years with the bundled GDP deflator. */
    public static Scenario load(Path file) throws ScenarioException {
        return load(file, GdpDeflator.bundled());
    }

    /** Loads a scenario, rebasing money stated in other price years with the given index (the GDP deflator). */
    public static Scenario load(Path file, PriceIndex prices) throws ScenarioException {
        String text = read(file, SCENARIO);
        boolean json = isJson(file, text);
        return PopulationCheck.attach(parse(text, json, prices), file);
    }

    /** Parses scenario text, YAML unless {@code json} is true, and checks it, rebasing with the bundled GDP deflator. */
    public static Scenario parse(String text, boolean json) throws ScenarioException {
        return parse(text, json, GdpDeflator.bundled());
    }

    /** Parses scenario text and checks it, rebasing money stated in other price years with {@code prices}. */
    public static Scenario parse(String text, boolean json, PriceIndex prices) throws ScenarioException {
        JsonNode tree = readTree(text, json ? JSON : YAML, SCENARIO);
        List<Problem> problems = StructureCheck.check(SCHEMA, tree);
        if (!problems.isEmpty()) throw new ScenarioException(problems);
        problems = PriceYears.rebase(tree, prices);
        if (!problems.isEmpty()) throw new ScenarioException(problems);
        Scenario scenario = bind(tree);
        problems = ScenarioValidator.validate(scenario);
        if (!problems.isEmpty()) throw new ScenarioException(problems);
        return scenario;
    }

    static String read(Path file, Kind kind) throws ScenarioException {
        try {
            if (!Files.isRegularFile(file)) {
                throw fileProblem("no file at " + file, kind.file());
            }
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw fileProblem(size + " bytes", "a file of at most " + MAX_FILE_BYTES + " bytes");
            }
            return Files.readString(file);
        } catch (NoSuchFileException e) {
            throw fileProblem("no file at " + file, kind.file());
        } catch (java.nio.charset.MalformedInputException e) {
            throw fileProblem("bytes that are not UTF-8 text", "a UTF-8 text file");
        } catch (IOException e) {
            throw fileProblem("a file that cannot be read (" + e.getMessage() + ")", "a readable file");
        }
    }

    static boolean isJson(Path file, String text) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) return true;
        if (name.endsWith(".yaml") || name.endsWith(".yml")) return false;
        return text.stripLeading().startsWith("{");
    }

    static JsonNode readTree(String text, ObjectMapper mapper, Kind kind) throws ScenarioException {
        JsonNode tree;
        try (JsonParser parser = mapper.createParser(text)) {
            tree = mapper.readTree(mapper == YAML ? new AliasRefusingParser(parser) : parser);
        } catch (AliasFound e) {
            throw fileProblem(at(e) + "the alias *" + e.anchor,
                    "the value written out in full (onepool does not expand YAML anchors and aliases)");
        } catch (JsonProcessingException e) {
            throw fileProblem(at(e) + syntaxMessage(e), "well-formed " + (mapper == JSON ? "JSON" : "YAML"));
        } catch (IOException e) {
            throw fileProblem("text that cannot be read (" + e.getMessage() + ")", kind.empty());
        }
        if (tree == null || tree.isMissingNode() || tree.isNull() || (tree.isTextual() && tree.asText().isBlank())) {
            throw fileProblem("an empty file", kind.empty());
        }
        if (!tree.isObject()) {
            throw fileProblem(StructureCheck.describe(tree) + " at the top level", kind.topLevel());
        }
        return tree;
    }

    /** The parser's first line, less the names of Jackson internals a user cannot act on. */
    private static String syntaxMessage(JsonProcessingException e) {
        String message = e.getOriginalMessage().lines().findFirst().orElse("unreadable text");
        if (message.startsWith("Trailing token")) return "more text after the scenario (a second document?)";
        return message.replaceAll(",? from `[^`]*`", "")
                .replaceAll("<org\\.yaml\\.snakeyaml\\.events\\.MappingStartEvent[^>]*>", "a mapping")
                .replaceAll("<org\\.yaml\\.snakeyaml\\.events\\.SequenceStartEvent[^>]*>", "a list")
                .replaceAll("<org\\.yaml\\.snakeyaml\\.events\\.[A-Za-z]*Event[^>]*>", "something else");
    }

    private static String at(JsonProcessingException e) {
        var where = e.getLocation();
        return where == null ? "" : "line " + where.getLineNr() + ", column " + where.getColumnNr() + ": ";
    }

    /**
     * The YAML parser hands an alias ({@code *name}) on as the text of its anchor's name, not the anchored
     * value, so a scenario using one would be misread. Aliases are refused instead; this also leaves alias
     * bombs nothing to expand.
     */
    private static final class AliasRefusingParser extends JsonParserDelegate {
        AliasRefusingParser(JsonParser parser) {
            super(parser);
        }

        @Override
        public JsonToken nextToken() throws IOException {
            JsonToken token = delegate.nextToken();
            if (delegate instanceof YAMLParser yaml && yaml.isCurrentAlias()) throw new AliasFound(this, yaml.getText());
            return token;
        }

        @Override
        public JsonToken nextValue() throws IOException {
            JsonToken token = nextToken();
            return token == JsonToken.FIELD_NAME ? nextToken() : token;
        }
    }

    private static final class AliasFound extends JsonParseException {
        private static final long serialVersionUID = 1L;
        private final String anchor;

        AliasFound(JsonParser parser, String anchor) {
            super(parser, "alias *" + anchor, parser.currentTokenLocation());
            this.anchor = anchor;
        }
    }

    private static Scenario bind(JsonNode tree) throws ScenarioException {
        try {
            return JSON.treeToValue(tree, Scenario.class);
        } catch (JsonMappingException e) {
            String path = pathOf(e);
            String message = e.getOriginalMessage().lines().findFirst().orElse("a value that does not fit");
            throw new ScenarioException(List.of(new Problem(path,
                    message, "a value of the type the schema gives ('onepool schema')")));
        } catch (JsonProcessingException e) {
            throw fileProblem(e.getOriginalMessage(), "a scenario");
        }
    }

    /** The field path a binding error happened at, as problems name it: {@code people[0].grade}. */
    public static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) path.append('.');
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "(file)" : path.toString();
    }

    private static ScenarioException fileProblem(String found, String expected) {
        return new ScenarioException(new ArrayList<>(List.of(new Problem("(file)", found, expected))));
    }

    private static YAMLFactory yamlFactory() {
        LoaderOptions options = new LoaderOptions();
        // Guards against hostile files: alias bombs and absurd nesting are refused, not expanded.
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(MAX_NESTING_DEPTH);
        options.setCodePointLimit((int) MAX_FILE_BYTES);
        options.setAllowDuplicateKeys(false);
        return YAMLFactory.builder().loaderOptions(options).streamReadConstraints(LIMITS).build();
    }

    private static <M extends ObjectMapper> M configure(M mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        return mapper;
    }
}
