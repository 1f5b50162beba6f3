package org.entente.query;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.query.Syntax;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.entente.input.InputException;
import org.entente.input.Problem;
import org.entente.rdf.Ent;
import org.entente.store.KnowledgeStore;
import org.entente.store.LabelIndex;

/**
 * Runs SPARQL against the store's union graph (every article plus the
 * ontology) inside a read transaction and writes the answer.
 */
public final class QueryRunner {
    private final KnowledgeStore store;

    public QueryRunner(KnowledgeStore store) {
        this.store = store;
    }

    private static final Pattern LEXICAL_ERROR = Pattern.compile("[Ll]exical error at line (\\d+), column (\\d+)");

    /**
     * Parses a query, naming where it is wrong. Common prefixes are predeclared
     * in the query's prologue, not written before its text, so a line and column
     * in a message are the user's own; a query's own PREFIX lines win.
     *
     * @param source a file name or "-e" for messages
     */
    public static Query parse(String sparql, String source) {
        Query query = new Query();
        query.setPrefixMapping(PrefixMapping.Factory.create().setNsPrefixes(Ent.prefixes())
                .setNsPrefix("text", LabelIndex.TEXT_NS));
        try {
            return QueryFactory.parse(query, sparql, null, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            String message = e.getMessage().replaceAll("^Encountered|\\s*\\n.*", "").strip();
            int line = e.getLine();
            int column = e.getColumn();
            Matcher lexical = LEXICAL_ERROR.matcher(message);
            if (line <= 0 && lexical.find()) {
                // The tokenizer's errors carry their place in the message alone.
                line = Integer.parseInt(lexical.group(1));
                column = Integer.parseInt(lexical.group(2));
                message = message.substring(lexical.end()).replaceFirst("^[.\\s]+", "");
            }
            if (line <= 0) {
                throw new InputException(Problem.at(source, "SPARQL syntax: " + message));
            }
            throw new InputException(Problem.at(source, line, Math.max(column, 0), "SPARQL syntax: " + message));
        }
    }

    /** A query that searches labels ({@code text:query}) reads the store with its label index; others read it alone. */
    private <T> T read(Query query, Function<Dataset, T> work) {
        boolean searchesText = query.getQueryPattern() != null
                && query.getQueryPattern().toString().contains(LabelIndex.TEXT_NS);
        return searchesText ? store.readWithText(work) : store.read(work);
    }

    /** Runs a SELECT query and returns its rows, fully read, for comparison. */
    public ResultSetRewindable select(Query query) {
        if (!query.isSelectType()) {
            throw InputException.of("query", "a question with expected rows must be a SELECT query, not "
                    + query.queryType().name());
        }
        return read(query, ds -> {
            try (QueryExecution exec = QueryExecution.dataset(ds).query(query).build()) {
                return ResultSetFactory.copyResults(exec.execSelect());
            }
        });
    }

    /** Runs any query and writes its answer in the given format. */
    public void run(Query query, ResultFormat format, OutputStream out) {
        read(query, ds -> {
            try (QueryExecution exec = QueryExecution.dataset(ds).query(query).build()) {
                if (query.isSelectType()) {
                    ResultSet rows = exec.execSelect();
                    if (format == ResultFormat.TABLE) {
                        ResultSetFormatter.out(out, rows, query.getPrologue());
                    } else {
                        ResultSetMgr.write(out, rows, format.resultLang());
                    }
                } else if (query.isAskType()) {
                    boolean answer = exec.execAsk();
                    if (format == ResultFormat.TABLE) {
                        PrintStream p = new PrintStream(out, true, StandardCharsets.UTF_8);
                        p.println(answer ? "yes" : "no");
                    } else {
                        ResultSetFormatter.output(out, answer, format.resultLang());
                    }
                } else {
                    Model model = query.isConstructType() ? exec.execConstruct() : exec.execDescribe();
                    model.setNsPrefixes(Ent.prefixes());
                    RDFDataMgr.write(out, model, format.graphLang());
                }
            }
            return null;
        });
    }
}
