package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.entente.TestProject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One map from failures to exit codes, as the README states it: every
 * command's bad options give 2, its bad inputs 1, an output that cannot be
 * written 4; each with one line that says what is wrong, and no stack trace.
 */
class ExitCodesTest {
    @TempDir
    static Path tmp;
    private static String store;
    private static String missing;

    @BeforeAll
    static void buildStore() {
        store = tmp.resolve("store").toString();
        missing = tmp.resolve("missing").toString();
        assertEquals(ExitCode.OK, ReadmeExamplesTest.run(List.of("build", "--store", store)).code());
    }

    static Stream<Arguments> mistakes() {
        String odd = tmp.resolve("odd id!.txt").toString();
        try {
            Files.writeString(Path.of(odd), "Chinese President Xi Jinping met Russian President Vladimir Putin on Monday.\n");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return Stream.of(
                // command line: 2
                Arguments.of(ExitCode.USAGE, "--format", List.of("query", "--store", store, "-f", "yaml", "-e", "ASK {}")),
                Arguments.of(ExitCode.USAGE, "--format", List.of("export", "--store", store, "-f", "xyz")),
                Arguments.of(ExitCode.USAGE, "port", List.of("serve", "--store", store, "--port", "99999")),
                Arguments.of(ExitCode.USAGE, "timeout", List.of("serve", "--store", store, "--timeout", "0")),
                Arguments.of(ExitCode.USAGE, "max body", List.of("serve", "--store", store, "--max-body", "0")),
                Arguments.of(ExitCode.USAGE, "--password-file", List.of("serve", "--store", store, "--password-file", missing)),
                Arguments.of(ExitCode.USAGE, "--threads", List.of("ingest", "--store", store, "--threads", "0", missing)),
                Arguments.of(ExitCode.USAGE, "--article-timeout", List.of("ingest", "--store", store, "--article-timeout", "0", missing)),
                Arguments.of(ExitCode.USAGE, "--date", List.of("ingest", "--store", store, "--date", "yesterday", missing)),
                Arguments.of(ExitCode.USAGE, "--to", List.of("load", "--store", store)),
                Arguments.of(ExitCode.USAGE, "--to", List.of("load", "--store", store, "--to", "file:///etc/passwd")),
                Arguments.of(ExitCode.USAGE, "--timeout", List.of("load", "--store", store, "--to", "http://127.0.0.1:9/d", "--timeout", "0")),
                Arguments.of(ExitCode.USAGE, "--user", List.of("build", "--store", store, "--user", "u")),
                Arguments.of(ExitCode.USAGE, "--part", List.of("evaluate", "--part", "nope")),
                Arguments.of(ExitCode.USAGE, "--threads", List.of("bench-extract", "--date", "2020-01-01", "--threads", "0", missing)),
                Arguments.of(ExitCode.USAGE, "--rounds", List.of("bench-extract", "--date", "2020-01-01", "--rounds", "0", missing)),
                Arguments.of(ExitCode.USAGE, "Missing required", List.of("extract")),
                Arguments.of(ExitCode.USAGE, "Unknown option", List.of("validate", "--nonsense")),
                // inputs: 1
                Arguments.of(ExitCode.BAD_INPUT, "no store here", List.of("query", "--store", missing, "-e", "ASK {}")),
                Arguments.of(ExitCode.BAD_INPUT, "SPARQL syntax", List.of("query", "--store", store, "-e", "SELEC ?x")),
                Arguments.of(ExitCode.BAD_INPUT, "no such query file", List.of("query", "--store", store, missing + ".rq")),
                Arguments.of(ExitCode.BAD_INPUT, "no article 'nope'", List.of("export", "--store", store, "--article", "nope")),
                Arguments.of(ExitCode.BAD_INPUT, "no such folder", List.of("export", "--store", store, "-o", missing + "/x/y.trig")),
                Arguments.of(ExitCode.BAD_INPUT, "manifest", List.of("questions", "--store", store, "--queries", missing)),
                Arguments.of(ExitCode.BAD_INPUT, "gazetteer", List.of("validate", "--data", missing)),
                Arguments.of(ExitCode.BAD_INPUT, "gazetteer", List.of("build", "--store", tmp.resolve("other").toString(), "--data", missing)),
                Arguments.of(ExitCode.BAD_INPUT, "no such folder", List.of("serve", "--store", store, "--queries", missing)),
                Arguments.of(ExitCode.BAD_INPUT, "cannot read password file", List.of("serve", "--store", store, "--update", "--password-file", missing)),
                Arguments.of(ExitCode.BAD_INPUT, "article id", List.of("extract", odd, "--date", "2020-01-01")),
                Arguments.of(ExitCode.BAD_INPUT, "no such article file", List.of("extract", missing + ".txt", "--date", "2020-01-01")),
                Arguments.of(ExitCode.BAD_INPUT, "no such folder", List.of("bench-dates", missing)),
                Arguments.of(ExitCode.BAD_INPUT, "no TimeML (.tml) file", List.of("bench-dates", tmp.toString())),
                Arguments.of(ExitCode.BAD_INPUT, "no store here", List.of("load", "--store", missing, "--to", "http://127.0.0.1:9/d")),
                Arguments.of(ExitCode.BAD_INPUT, "cannot reach", List.of("load", "--store", store, "--to", "http://127.0.0.1:9/d")),
                Arguments.of(ExitCode.BAD_INPUT, missing, List.of("evaluate", "--gold", missing)),
                // outputs: 4
                Arguments.of(ExitCode.CANNOT_WRITE, "/dev/full", List.of("export", "--store", store, "-o", "/dev/full")),
                Arguments.of(ExitCode.CANNOT_WRITE, "/dev/full", List.of("extract", TestProject.data().resolve("articles/" + TestProject.SEED + ".txt").toString(), "-o", "/dev/full")));
    }

    @ParameterizedTest(name = "{2} -> {0}")
    @MethodSource("mistakes")
    void eachMistakeHasItsExitCodeAndOneClearLine(int code, String said, List<String> args) {
        var r = ReadmeExamplesTest.run(args);
        assertEquals(code, r.code(), r.err());
        assertTrue(r.err().contains(said), r.err());
        assertTrue(r.err().startsWith("entente: "), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        assertFalse(r.err().contains("internal error"), r.err());
    }

    static Stream<String> commands() {
        return Stream.of("build", "query", "questions", "export", "validate", "serve", "load", "extract", "ingest",
                "evaluate", "bench-dates", "bench-extract");
    }

    @ParameterizedTest
    @MethodSource("commands")
    void everyCommandHasHelp(String command) {
        var r = ReadmeExamplesTest.run(List.of(command, "--help"));
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(r.out().startsWith("Usage: entente " + command), r.out());
    }

    /** A standard output that refuses every byte, as a full disk or a closed pipe does. */
    private static PrintStream failingStdout() {
        return new PrintStream(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        }, true, StandardCharsets.UTF_8);
    }

    @Test
    void outputThatCannotBeWrittenToStandardOutputIsAnError() {
        for (List<String> args : List.of(
                List.of("export", "--store", store),
                List.of("query", "--store", store, "-e", "SELECT * { ?s ?p ?o } LIMIT 3"),
                List.of("extract", TestProject.data().resolve("articles/" + TestProject.SEED + ".txt").toString()))) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = Main.run(args.toArray(String[]::new), failingStdout(), new PrintStream(err, true, StandardCharsets.UTF_8));
            assertEquals(ExitCode.CANNOT_WRITE, code, args + ": " + err);
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("standard output"), err.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void aFailedExportLeavesTheOldFileInPlace() throws IOException {
        Path file = tmp.resolve("kept.trig");
        assertEquals(ExitCode.OK, ReadmeExamplesTest.run(List.of("export", "--store", store, "-o", file.toString())).code());
        byte[] before = Files.readAllBytes(file);
        assertTrue(before.length > 1000);
        var failed = ReadmeExamplesTest.run(List.of("export", "--store", store, "--article", "nope", "-o", file.toString()));
        assertEquals(ExitCode.BAD_INPUT, failed.code(), failed.err());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)), "the old file is untouched");
        List<String> left = new ArrayList<>();
        try (var files = Files.list(tmp)) {
            files.filter(p -> p.getFileName().toString().endsWith(".part")).forEach(p -> left.add(p.toString()));
        }
        assertEquals(List.of(), left, "no part file is left behind");
    }

    @Test
    void aSyntaxErrorInAQueryIsReportedAtTheUsersOwnLine() {
        var r = ReadmeExamplesTest.run(List.of("query", "--store", store, "-e", "SELECT ?x\nWHERE { ?x ent:label \"open }"));
        assertEquals(ExitCode.BAD_INPUT, r.code(), r.err());
        assertTrue(r.err().startsWith("entente: -e:2:"), r.err());
        var prefix = ReadmeExamplesTest.run(List.of("query", "--store", store, "-e", "SELECT ?x WHERE { ?x nope:label ?y }"));
        assertEquals(ExitCode.BAD_INPUT, prefix.code(), prefix.err());
        assertTrue(prefix.err().startsWith("entente: -e:1:"), prefix.err());
    }
}
