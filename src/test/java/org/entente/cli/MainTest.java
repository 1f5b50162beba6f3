package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entente.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    /** A store built from the project's data in a temporary folder. */
    private static String builtStore(Path tmp) {
        String store = tmp.resolve("s").toString();
        assertEquals(ExitCode.OK, ReadmeExamplesTest.run(List.of("build", "--store", store)).code());
        return store;
    }

    /** A copy of the project's competency questions, safe to change. */
    private static Path copyOfQueries(Path tmp) throws Exception {
        Path queries = Files.createDirectories(tmp.resolve("queries"));
        TestProject.copyTree(TestProject.queries(), queries);
        return queries;
    }

    @Test
    void buildPrintsItsSummaryAndExitsZero(@TempDir Path tmp) {
        var r = ReadmeExamplesTest.run(List.of("build", "--store", tmp.resolve("s").toString()));
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(r.out().matches("(?s)built .*: 1 article\\(s\\), \\d+ claims, \\d+ triples loaded, \\d+ quads in store, [0-9.]+ s\\s*"), r.out());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void badClaimsGiveOneLinePerProblemAndExitOne(@TempDir Path tmp) throws Exception {
        Path data = TestProject.copyOfData(tmp);
        Path claims = data.resolve("claims/" + TestProject.SEED + ".json");
        Files.writeString(claims, Files.readString(claims).replace("\"source\": \"cctv\"", "\"source\": \"nobody\""));
        var r = ReadmeExamplesTest.run(List.of("build", "--data", data.toString(), "--store", tmp.resolve("s").toString()));
        assertEquals(ExitCode.BAD_INPUT, r.code());
        List<String> lines = r.err().lines().toList();
        assertTrue(lines.size() >= 1 && lines.stream().allMatch(l -> l.matches("entente: .*\\.json:\\d+:\\d+: .*")), r.err());
        assertFalse(r.err().contains("at org."), "no stack trace without -v");
    }

    @Test
    void aSparqlSyntaxErrorNamesLineAndColumn(@TempDir Path tmp) {
        ReadmeExamplesTest.run(List.of("build", "--store", tmp.resolve("s").toString()));
        var r = ReadmeExamplesTest.run(List.of("query", "--store", tmp.resolve("s").toString(), "-e", "SELECT ?x WHERE {\n ?x ?y }"));
        assertEquals(ExitCode.BAD_INPUT, r.code());
        assertTrue(r.err().startsWith("entente: -e:2:"), r.err());
    }

    @Test
    void queryingWithoutAStoreSaysHowToMakeOne(@TempDir Path tmp) {
        var r = ReadmeExamplesTest.run(List.of("query", "--store", tmp.resolve("none").toString(), "-e", "ASK {}"));
        assertEquals(ExitCode.BAD_INPUT, r.code());
        assertTrue(r.err().contains("run 'entente build' first"), r.err());
    }

    @Test
    void resultFormatsAreStandard(@TempDir Path tmp) {
        String s = builtStore(tmp);
        String q = "SELECT ?c WHERE { ?c a ent:Claim } ORDER BY ?c LIMIT 2";
        assertTrue(ReadmeExamplesTest.run(List.of("query", "--store", s, "-f", "json", "-e", q)).out().contains("\"bindings\""));
        assertTrue(ReadmeExamplesTest.run(List.of("query", "--store", s, "-f", "tsv", "-e", q)).out().startsWith("?c\n<https://"));
        assertTrue(ReadmeExamplesTest.run(List.of("query", "--store", s, "-f", "xml", "-e", q)).out().contains("<sparql"));
        assertTrue(ReadmeExamplesTest.run(List.of("query", "--store", s, "-f", "csv", "-e", q)).out().startsWith("c\r\nhttps://"));
        assertEquals("yes", ReadmeExamplesTest.run(List.of("query", "--store", s, "-e", "ASK { ?c a ent:Claim }")).out().strip());
        var unknown = ReadmeExamplesTest.run(List.of("query", "--store", s, "-f", "yaml", "-e", q));
        assertEquals(ExitCode.USAGE, unknown.code());
    }

    @Test
    void exportingToAFolderThatDoesNotExistIsTheUsersMistake(@TempDir Path tmp) {
        String s = builtStore(tmp);
        var r = ReadmeExamplesTest.run(List.of("export", "--store", s, "-o", tmp.resolve("no/such/dir/x.trig").toString()));
        assertEquals(ExitCode.BAD_INPUT, r.code(), r.err());
        assertTrue(r.err().contains("cannot write"), r.err());
    }

    @Test
    void validateExitsZeroOnTheProjectsData() {
        var r = ReadmeExamplesTest.run(List.of("validate"));
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(r.out().contains("0 OWL 2 DL profile violation(s), consistent (HermiT)"), r.out());
    }

    @Test
    void aManifestEntryWithoutItsNameIsTheUsersMistake(@TempDir Path tmp) throws Exception {
        String s = builtStore(tmp);
        Path queries = copyOfQueries(tmp);
        Path manifest = queries.resolve("manifest.ttl");
        Files.writeString(manifest, Files.readString(manifest).replace("mf:name \"claim-evidence\" ;", ""));
        var r = ReadmeExamplesTest.run(List.of("questions", "--store", s, "--queries", queries.toString()));
        assertEquals(ExitCode.BAD_INPUT, r.code(), r.err());
        assertTrue(r.err().contains("manifest.ttl: not a well-formed manifest"), r.err());
    }

    @Test
    void aCompetencyQuestionThatIsNotASelectIsTheUsersMistake(@TempDir Path tmp) throws Exception {
        String s = builtStore(tmp);
        Path queries = copyOfQueries(tmp);
        Files.writeString(queries.resolve("06-hedged-and-predicted.rq"), "# Question: anything hedged?\nASK { ?c ent:factuality ent:Hedged }\n");
        var r = ReadmeExamplesTest.run(List.of("questions", "--store", s, "--queries", queries.toString()));
        assertEquals(ExitCode.BAD_INPUT, r.code(), r.err());
        assertTrue(r.err().contains("06-hedged-and-predicted.rq: a competency question is a SELECT query"), r.err());
    }

    @Test
    void questionsSayWhetherEachAnswerIsTheExpectedOne(@TempDir Path tmp) {
        String s = builtStore(tmp);
        var r = ReadmeExamplesTest.run(List.of("questions", "--store", s));
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertEquals(7, r.out().lines().filter(l -> l.contains("; the expected answer)")).count(), r.out());
    }

    @Test
    void ingestNamesWhatItSkipsAndExitsOne(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Canadian Prime Minister Justin Trudeau met Chinese President Xi Jinping on Monday.\n");
        Files.write(in.resolve("b.txt"), new byte[] {(byte) 0xFF, 'x'});
        var r = ReadmeExamplesTest.run(List.of("ingest", "--store", tmp.resolve("s").toString(), "--date", "2019-06-03",
                in.toString()));
        assertEquals(ExitCode.BAD_INPUT, r.code(), r.err());
        assertTrue(r.err().contains("skipped " + in.resolve("b.txt") + ": not valid UTF-8 at byte offset 0"), r.err());
        assertTrue(r.out().startsWith("ingested 1 of 2 article(s)"), r.out());
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        var r = ReadmeExamplesTest.run(List.of("build", "--nonsense"));
        assertEquals(ExitCode.USAGE, r.code());
    }
}
