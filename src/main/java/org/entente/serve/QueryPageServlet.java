package org.entente.serve;

import static org.entente.serve.Html.escape;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.entente.input.InputException;
import org.entente.input.TextFile;
import org.entente.query.CompetencyQuestion;
import org.entente.query.CompetencyQuestions;

/**
 * The page at {@code /}: the dataset's figures, the competency questions one
 * click each (and one link each into the Fuseki UI's editor), and a SPARQL editor whose answers are shown as a table with
 * links into the linked-data pages. The page's script ({@code /assets/query.js})
 * posts to the dataset's SPARQL endpoint and builds the table from text
 * nodes only.
 */
final class QueryPageServlet extends HttpServlet {
    private final transient LinkedData linkedData;
    private final List<Question> questions;

    /** A competency question as the page offers it. */
    record Question(String name, String question, String sparql) {
    }

    /**
     * Reads the competency questions now, from the settings' folder or else
     * those shipped in the jar, so a missing folder or a broken manifest stops
     * the server before it starts.
     */
    QueryPageServlet(LinkedData linkedData, ServerSettings settings) {
        this.linkedData = linkedData;
        Path folder = settings.queries();
        if (folder != null && !Files.isDirectory(folder)) {
            throw InputException.of(folder.toString(), "no such folder of competency questions");
        }
        List<Question> read = new ArrayList<>();
        for (CompetencyQuestion q : folder != null ? CompetencyQuestions.read(folder) : CompetencyQuestions.readFromClassPath()) {
            read.add(new Question(q.name(), q.question(), TextFile.read(q.query(), "query")));
        }
        this.questions = List.copyOf(read);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Responses.sendHtml(resp, HttpServletResponse.SC_OK, render(linkedData.figures()));
    }

    /** @param f the figures, or null when they could not be counted in time */
    private String render(DatasetFigures f) {
        StringBuilder h = new StringBuilder(16384);
        ResourcePage.head(h, "Query");
        h.append("<main>\n<h1>entente</h1>\n<p>A knowledge graph of diplomacy news: claims, events, actors and the quotes they rest on. ")
                .append("Ask it in SPARQL here, or point any SPARQL client at <code>")
                .append(ServerSettings.DATASET).append("/sparql</code>. For a fuller editor (YASGUI, with prefixes, ")
                .append("autocompletion and charts) open the <a id=\"fuseki-ui\" href=\"").append(escape(FusekiUiServlet.QUERY_SCREEN))
                .append("\">Fuseki UI</a>; each question's &#8220;in the Fuseki UI&#8221; link opens it there.</p>\n");
        if (f != null) {
            h.append("<table id=\"figures\" class=\"figures\"><tr>");
            figure(h, "articles", f.articles());
            figure(h, "claims", f.claims());
            figure(h, "events", f.events());
            figure(h, "entities", f.entities());
            figure(h, "triples", f.triples());
            h.append("</tr></table>\n");
        }

        h.append("<form id=\"search\" role=\"search\"><label for=\"search-text\">Find by name</label> ")
                .append("<input type=\"search\" id=\"search-text\" placeholder=\"Putin, Friends of Peace, Kremlin\" size=\"32\"> ")
                .append("<button type=\"submit\" id=\"search-button\">Find</button></form>\n");
        if (!questions.isEmpty()) {
            h.append("<section id=\"questions\"><h2>Competency questions</h2>\n<ol>\n");
            for (Question q : questions) {
                h.append("<li><button type=\"button\" class=\"question\" id=\"q-").append(escape(q.name()))
                        .append("\" data-query=\"").append(escape(q.sparql())).append("\">")
                        .append(escape(q.name())).append("</button> ").append(escape(q.question()))
                        .append(" <a class=\"in-ui\" id=\"ui-").append(escape(q.name())).append("\" href=\"")
                        .append(escape(inFusekiUi(q.sparql()))).append("\">in the Fuseki UI</a></li>\n");
            }
            h.append("</ol></section>\n");
        }
        h.append("<section id=\"editor\"><h2>Query</h2>\n")
                .append("<textarea id=\"query\" spellcheck=\"false\" rows=\"16\" data-endpoint=\"")
                .append(escape(ServerSettings.DATASET + "/sparql")).append("\">")
                .append(escape(questions.isEmpty() ? "SELECT * WHERE { ?s ?p ?o } LIMIT 20" : questions.get(0).sparql()))
                .append("</textarea>\n<p><button type=\"button\" id=\"run\">Run</button> <span id=\"status\"></span></p>\n")
                .append("<div id=\"results\"></div>\n</section>\n</main>\n")
                .append("<script src=\"/assets/query.js\"></script>\n</body>\n</html>\n");
        return h.toString();
    }

    /** The Fuseki UI's query screen with {@code sparql} in its editor (the UI reads a {@code query} route parameter). */
    static String inFusekiUi(String sparql) {
        return FusekiUiServlet.QUERY_SCREEN + "?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static void figure(StringBuilder h, String name, long value) {
        h.append("<td><span class=\"figure\" id=\"figure-").append(name).append("\">")
                .append(String.format(Locale.ROOT, "%,d", value)).append("</span> ").append(name).append("</td>");
    }
}
