package org.entente;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * The house as its sources show it: packages depend on each other one way,
 * each concern has one home, and every command opens the store the same way.
 */
class ArchitectureTest {
    private static final Path MAIN = TestProject.root().resolve("src/main/java/org/entente");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.entente\\.([a-z]+)\\.", Pattern.MULTILINE);

    /** Each main source file, by its path under org/entente. */
    private static Map<String, String> sources() throws IOException {
        Map<String, String> sources = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                sources.put(MAIN.relativize(f).toString(), Files.readString(f));
            }
        }
        return sources;
    }

    private static String topPackage(String relativePath) {
        return relativePath.substring(0, relativePath.indexOf('/'));
    }

    @Test
    void packagesDependOnEachOtherWithoutALoop() throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        sources().forEach((file, text) -> {
            String from = topPackage(file);
            Matcher m = IMPORT.matcher(text);
            while (m.find()) {
                if (!m.group(1).equals(from)) {
                    uses.computeIfAbsent(from, k -> new TreeSet<>()).add(m.group(1));
                }
            }
        });
        List<String> loops = new ArrayList<>();
        for (String start : uses.keySet()) {
            findLoop(start, start, uses, new ArrayList<>(List.of(start)), loops);
        }
        assertEquals(List.of(), loops, "package loops");
    }

    private static void findLoop(String start, String at, Map<String, Set<String>> uses, List<String> path, List<String> loops) {
        for (String next : uses.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                loops.add(String.join(" -> ", path) + " -> " + start);
            } else if (!path.contains(next) && next.compareTo(start) > 0) {
                path.add(next);
                findLoop(start, next, uses, path, loops);
                path.remove(path.size() - 1);
            }
        }
    }

    @Test
    void everyOperationLivesWithTheOthers() throws IOException {
        List<String> elsewhere = sources().keySet().stream()
                .filter(f -> f.endsWith("Operation.java"))
                .filter(f -> !f.startsWith("pipeline/") && !f.startsWith("evaluate/"))
                .toList();
        assertEquals(List.of(), elsewhere, "operations outside pipeline/ (evaluation keeps its own package)");
        assertTrue(Files.exists(MAIN.resolve("validate/OwlDocument.java")), "the OWL document serves validation");
    }

    @Test
    void commandsOpenTheStoreOneWayAndOperationsNever() throws IOException {
        List<String> opening = new ArrayList<>();
        sources().forEach((file, text) -> {
            if (text.contains("KnowledgeStore.open") && !file.equals("cli/StoreOption.java") && !file.startsWith("store/")
                    && !file.startsWith("bench/")) {
                opening.add(file);
            }
        });
        assertEquals(List.of(), opening, "opens a store other than through the --store option");
    }

    @Test
    void librariesOnTheClassPathDoWhatTheyAreFor() throws IOException {
        Map<String, String> sources = sources();
        List<String> handWritten = new ArrayList<>();
        sources.forEach((file, text) -> {
            if (text.contains("java.net.http.HttpRequest")) {
                handWritten.add(file + ": an HTTP request built by hand (Jena's GSP client sends them)");
            }
            for (String ns : List.of("http://rdfs.org/ns/void#", "http://purl.org/dc/terms/", "http://www.w3.org/2004/02/skos/core#")) {
                if (text.contains(ns)) {
                    handWritten.add(file + ": " + ns + " (Jena's vocabulary classes hold it)");
                }
            }
            if (text.contains("\"&lt;\"")) {
                handWritten.add(file + ": HTML escaped by hand (the OWASP encoder does it)");
            }
        });
        assertEquals(List.of(), handWritten);
        List<String> formats = sources.keySet().stream().filter(f -> f.endsWith("Format.java")).toList();
        assertEquals(List.of("query/ResultFormat.java", "rdf/RdfFormat.java"), formats,
                "one enum of RDF formats, and SPARQL's result formats");
        assertTrue(sources.get("serve/WriteAccess.java").contains("PropertyUserStore"), "the password file is Jetty's to read");
        assertTrue(sources.get("remote/GraphStorePush.java").contains("GSP.service"), "load --to goes through Jena's client");
    }
}
