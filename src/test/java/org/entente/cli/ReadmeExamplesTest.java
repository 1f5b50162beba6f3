package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.entente.TestProject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every {@code ./entente ...} line of the README's {@code sh} blocks
 * through the CLI, against a store in a temporary folder, so the README cannot
 * drift from what the program does. The README's CSV example output is
 * compared too.
 */
class ReadmeExamplesTest {
    private static final Set<String> TAKES_STORE = Set.of("build", "query", "questions", "export");
    private static Path store;

    @BeforeAll
    static void buildStore() throws Exception {
        store = Files.createTempDirectory("entente-readme").resolve("store");
        assertEquals(ExitCode.OK, run(List.of("build", "--store", store.toString())).code);
    }

    record Result(int code, String out, String err) {
    }

    static Result run(List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Stream<String> commands() throws Exception {
        List<String> commands = new ArrayList<>();
        boolean inShell = false;
        for (String line : Files.readAllLines(TestProject.root().resolve("README.md"))) {
            if (line.startsWith("```")) {
                inShell = !inShell && line.equals("```sh");
                continue;
            }
            if (inShell) {
                for (String part : line.split("&&")) {
                    if (part.strip().startsWith("./entente ")) {
                        commands.add(part.strip());
                    }
                }
            }
        }
        assertTrue(commands.size() >= 5, "README shows its commands: " + commands);
        return commands.stream();
    }

    /** Splits a shell line into words, honouring single quotes. */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (char c : line.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
                any = true;
            } else if (c == ' ' && !quoted) {
                if (any) {
                    words.add(word.toString());
                }
                word.setLength(0);
                any = false;
            } else {
                word.append(c);
                any = true;
            }
        }
        if (any) {
            words.add(word.toString());
        }
        return words;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void readmeCommandSucceeds(String line) throws Exception {
        List<String> args = new ArrayList<>(words(line).subList(1, words(line).size()));
        if (TAKES_STORE.contains(args.get(0))) {
            args.add(1, "--store");
            args.add(2, store.toString());
        }
        if (args.contains("-o")) {
            Path target = TestProject.root().resolve(args.get(args.indexOf("-o") + 1));
            Files.createDirectories(target.getParent());
        }
        Result r = run(args);
        assertEquals(ExitCode.OK, r.code, line + "\n" + r.err);
        if (!args.contains("-o") && !args.get(0).equals("build")) {
            assertFalse(r.out.isBlank(), line + " printed nothing");
        }
        String shown = expectedOutputAfter(line);
        if (shown != null) {
            assertEquals(shown, r.out.replace("\r\n", "\n").strip(), line);
        }
    }

    /** The fenced block that directly follows the block holding the command, if it is plain output. */
    private static String expectedOutputAfter(String command) throws Exception {
        List<String> lines = Files.readAllLines(TestProject.root().resolve("README.md"));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(command) && i + 3 < lines.size()
                    && lines.get(i + 1).equals("```") && lines.get(i + 2).isBlank() && lines.get(i + 3).equals("```")) {
                StringBuilder b = new StringBuilder();
                for (int j = i + 4; j < lines.size() && !lines.get(j).startsWith("```"); j++) {
                    b.append(lines.get(j)).append('\n');
                }
                return b.toString().strip();
            }
        }
        return null;
    }
}
