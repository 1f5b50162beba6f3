package org.entente.query;

import java.nio.file.Path;

/**
 * A question analysts ask of the graph, as data: its name, the question in
 * English, the SPARQL that answers it, and the answer expected for the
 * project's article.
 */
public record CompetencyQuestion(String name, String question, Path query, Path expected) {
}
