package org.entente.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;

/**
 * Runs the {@code curl} requests the README shows for querying and linked
 * data against a server on a free port, so the documented examples cannot
 * rot: each must answer 200 with a body that parses in its content type.
 */
class ServeReadmeExamplesTest {
    private static final String DOCUMENTED = "http://127.0.0.1:3030/";

    /** One documented request: its URL, Accept header (or null) and form field (or null). */
    private record Example(String url, String accept, String form) {
    }

    @Test
    void theReadmesQueryingAndLinkedDataExamplesAnswer() throws IOException {
        String readme = Files.readString(TestStores.HOME.resolve("README.md"), StandardCharsets.UTF_8);
        List<Example> examples = new ArrayList<>();
        for (String section : List.of("### Querying", "### Linked data")) {
            examples.addAll(examples(bashBlocks(section(readme, section))));
        }
        assertTrue(examples.size() >= 8, "found the README's examples: " + examples);

        EntenteServer server = EntenteServer.start(TestStores.shared(), TestStores.settings().build());
        try {
            for (Example e : examples) {
                String url = server.url() + e.url().substring(DOCUMENTED.length());
                HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
                if (e.accept() != null) {
                    r.header("Accept", e.accept());
                }
                if (e.form() != null) {
                    int eq = e.form().indexOf('=');
                    r.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(
                            e.form().substring(0, eq + 1) + URLEncoder.encode(e.form().substring(eq + 1), StandardCharsets.UTF_8)));
                }
                HttpResponse<String> answer = TestStores.send(r.build());
                assertEquals(200, answer.statusCode(), e + ": " + answer.body());
                assertParses(e, answer);
            }
        } finally {
            server.stop();
        }
    }

    private static void assertParses(Example e, HttpResponse<String> answer) {
        String type = answer.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
        if (type.equals("text/csv")) {
            assertTrue(answer.body().lines().count() > 1, e + ": a header and rows");
            return;
        }
        Lang lang = RDFLanguages.contentTypeToLang(type);
        assertTrue(lang != null, e + " answered " + type);
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(answer.body(), lang).parse(m);
        assertFalse(m.isEmpty(), e + ": some triples");
    }

    private static String section(String readme, String heading) {
        int start = readme.indexOf("\n" + heading + "\n");
        assertTrue(start >= 0, "README has " + heading);
        int end = readme.indexOf("\n#", start + heading.length() + 2);
        return readme.substring(start, end < 0 ? readme.length() : end);
    }

    private static List<String> bashBlocks(String text) {
        List<String> blocks = new ArrayList<>();
        int at = 0;
        while ((at = text.indexOf("```bash\n", at)) >= 0) {
            int end = text.indexOf("\n```", at);
            blocks.add(text.substring(at + 8, end + 1));
            at = end + 4;
        }
        return blocks;
    }

    /** The curl commands of the blocks, read as a shell reads them: quotes, and backslash-newline continuations. */
    private static List<Example> examples(List<String> blocks) {
        List<Example> examples = new ArrayList<>();
        for (String block : blocks) {
            for (List<String> words : commands(block)) {
                if (words.isEmpty() || !words.get(0).equals("curl")) {
                    continue;
                }
                String url = null;
                String accept = null;
                String form = null;
                for (int i = 1; i < words.size(); i++) {
                    String w = words.get(i);
                    if (w.equals("-H") && words.get(i + 1).startsWith("Accept:")) {
                        accept = words.get(++i).substring("Accept:".length()).strip();
                    } else if (w.equals("--data-urlencode")) {
                        form = words.get(++i);
                    } else if (w.startsWith(DOCUMENTED)) {
                        url = w;
                    }
                }
                assertTrue(url != null, "a URL in " + words);
                examples.add(new Example(url, accept, form));
            }
        }
        return examples;
    }

    private static List<List<String>> commands(String block) {
        List<List<String>> commands = new ArrayList<>();
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        for (int i = 0; i < block.length(); i++) {
            char c = block.charAt(i);
            if (c == '\'') {
                int close = block.indexOf('\'', i + 1);
                word = word == null ? new StringBuilder() : word;
                word.append(block, i + 1, close);
                i = close;
            } else if (c == '\\' && i + 1 < block.length() && block.charAt(i + 1) == '\n') {
                i++;
            } else if (c == ' ' || c == '\t' || c == '\n') {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
                if (c == '\n' && !words.isEmpty()) {
                    commands.add(words);
                    words = new ArrayList<>();
                }
            } else if (c == '#' && word == null) {
                i = block.indexOf('\n', i) - 1;
            } else {
                word = word == null ? new StringBuilder() : word;
                word.append(c);
            }
        }
        return commands;
    }
}
