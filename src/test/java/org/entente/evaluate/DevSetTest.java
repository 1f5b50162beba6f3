package org.entente.evaluate;

import org.entente.cli.ExitCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.TestProject;
import org.entente.claims.ClaimSet;
import org.entente.claims.ClaimsJson;
import org.entente.cli.Main;
import org.entente.gazetteer.Gazetteer;
import org.entente.pipeline.Converter;
import org.entente.pipeline.ProjectLayout;
import org.entente.validate.ShapeReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The development set: complete, split as written down, and gold that passes every check a build makes. */
class DevSetTest {
    static final Path DEVSET = TestProject.root().resolve("src/test/resources/devset");
    private static final List<String> HELD_OUT = List.of("2020-0007", "2019-0138", "2019-0016", "2020-0091", "2019-0144");
    private static Map<String, String> split;
    private static List<Path> goldFiles;

    @BeforeAll
    static void read() throws Exception {
        ProjectLayout layout = new ProjectLayout(TestProject.data(), DEVSET);
        split = Split.read(DEVSET);
        try (Stream<Path> files = Files.list(DEVSET.resolve("claims"))) {
            goldFiles = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    @Test
    void holdsAtLeastFortyArticlesSplitIntoThirtyToTuneOnAndTenToReportOn() {
        assertTrue(split.size() >= 40, "articles: " + split.size());
        assertTrue(split.values().stream().filter("tuning"::equals).count() >= 30);
        assertTrue(split.values().stream().filter("test"::equals).count() >= 10);
        List<String> withGold = goldFiles.stream().map(ProjectLayout::articleIdOf).toList();
        assertEquals(split.keySet().stream().sorted().toList(), withGold, "every article of the split has gold, and only those");
    }

    @Test
    void leavesOutTheArticlesKeptForIndependentEvaluation() {
        for (String id : split.keySet()) {
            assertFalse(HELD_OUT.stream().anyMatch(id::startsWith), id);
        }
    }

    @Test
    void everyGoldFilePassesTheChecksAndTheShapesAndSaysWhoWroteItWhen() {
        Converter converter = new Converter(Gazetteer.read(TestProject.data().resolve("gazetteer")));
        ProjectLayout layout = new ProjectLayout(TestProject.data(), DEVSET);
        List<String> problems = new ArrayList<>();
        int events = 0;
        for (Path file : goldFiles) {
            String id = ProjectLayout.articleIdOf(file);
            ShapeReport report = converter.convert(layout.articleText(id), file).shapes();
            if (!report.conforms()) {
                problems.add(id + ": " + report.violations());
            }
            ClaimSet gold = ClaimsJson.read(file).claims();
            assertEquals(Converter.CURATED, gold.producedBy(), id);
            assertNotNull(gold.author(), id + " names its author");
            assertNotNull(gold.written(), id + " says when it was written");
            assertTrue(gold.events().stream().allMatch(e -> e.cameo() != null), id + ": every gold event has its CAMEO code");
            events += gold.events().size();
        }
        assertEquals(List.of(), problems);
        assertTrue(events >= 300, "gold events: " + events);
    }

    @Test
    void evaluateScoresAPartOfTheSetAsJson() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String example = "2020-0003_Iraqi_Parliament_votes_for_expulsion_of_United_States_troops";
        int code = Main.run(new String[] {"evaluate", "--data", TestProject.data().toString(), "--gold", DEVSET.toString(),
                "--part", "tuning", "--json", example},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(ExitCode.OK, code, err.toString(StandardCharsets.UTF_8));
        JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals(1, json.get("articles").asInt());
        int gold = ClaimsJson.read(DEVSET.resolve("claims/" + example + ".json")).claims().events().size();
        JsonNode strict = json.get("strict");
        assertEquals(gold, strict.get("tp").asInt() + strict.get("fn").asInt(), "every gold event is matched or missed");
        assertEquals(strict.get("fn").asInt(), json.get("missed").size());
        assertEquals(strict.get("fp").asInt(), json.get("invented").size());
        for (String key : List.of("lenient", "strictByRoot", "factuality", "source", "status", "dates", "linksByType")) {
            assertTrue(json.has(key), key);
        }
    }

    @Test
    void aPartThatIsNeitherTuningNorTestIsABadCommandLine() {
        int code = Main.run(new String[] {"evaluate", "--gold", DEVSET.toString(), "--part", "training"},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()));
        assertEquals(ExitCode.USAGE, code);
    }
}
