package org.entente.serve;

import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.VOID;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.rdf.model.StmtIterator;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.entente.rdf.Ent;
import org.entente.serve.ResourceDescription.Arc;
import org.entente.serve.ResourceDescription.ClaimView;
import org.entente.serve.ResourceDescription.Evidence;
import org.entente.serve.ResourceDescription.Listed;
import org.entente.serve.ResourceDescription.Term;
import org.entente.store.KnowledgeStore;

/**
 * Reads what the linked-data pages show: the description of one IRI, the
 * dataset's figures, and its VoID description. Every read is one read
 * transaction on the store's union graph (all articles plus the ontology).
 * Every query here ends after the server's timeout, and a page lists at most
 * {@link #MAX_LISTED} rows a section. The figures are counted once, when the
 * server starts, and again on the first request after a write.
 */
final class LinkedData {
    /** {@code void:class}, the one VoID term Jena's {@link VOID} lacks. */
    private static final org.apache.jena.rdf.model.Property VOID_CLASS = org.apache.jena.rdf.model.ResourceFactory.createProperty(VOID.NS + "class");
    /** Rows listed per section of a page; a country named in every article would otherwise list them all. */
    static final int MAX_LISTED = 1000;
    /** Rows read for the claims of one resource: a claim has a row per quote. */
    private static final int CLAIM_ROWS = MAX_LISTED * 10;

    private final KnowledgeStore store;
    private final long timeoutMillis;
    private final AtomicBoolean figuresStale = new AtomicBoolean(true);
    private volatile DatasetFigures figures;

    LinkedData(KnowledgeStore store, ServerSettings settings) {
        this.store = store;
        this.timeoutMillis = settings.timeout().toMillis();
        figures();
    }

    /** The IRI a server path under {@code /id/} stands for: {@code /id/entity/x} is {@code Ent.ID + "entity/x"}. */
    static String iriOfPath(String pathAfterId) {
        String rest = pathAfterId.startsWith("/") ? pathAfterId.substring(1) : pathAfterId;
        return Ent.ID + rest;
    }

    /** The server path of a minted IRI, or null when the IRI is not minted by entente. */
    static String pathOfIri(String iri) {
        return iri.startsWith(Ent.ID) ? "/id/" + iri.substring(Ent.ID.length()) : null;
    }

    /**
     * The triples of {@code iri} for RDF clients: those with it as subject or
     * object (at most {@link #MAX_LISTED} each way) and those of the text spans
     * next to it; empty when the store has none. Nothing else is computed.
     */
    Optional<Model> triples(String iri) {
        return store.read(ds -> {
            Model union = ds.getUnionModel();
            Resource r = union.createResource(iri);
            List<Statement> out = firstStatements(union.listStatements(r, null, (RDFNode) null));
            List<Statement> in = firstStatements(union.listStatements(null, null, r));
            if (out.isEmpty() && in.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(graphOf(union, cut(out), cut(in)));
        });
    }

    /** The description of {@code iri} for people, or empty when the store has no triple with it as subject or object. */
    Optional<ResourceDescription> describe(String iri) {
        return store.read(ds -> Optional.ofNullable(describe(ds.getUnionModel(), ds, iri)));
    }

    /** Whether the store has a named graph called {@code iri}. */
    boolean isGraph(String iri) {
        return store.read(ds -> ds.containsNamedModel(iri));
    }

    private ResourceDescription describe(Model union, Dataset ds, String iri) {
        Resource r = union.createResource(iri);
        List<Statement> out = firstStatements(union.listStatements(r, null, (RDFNode) null));
        List<Statement> in = firstStatements(union.listStatements(null, null, r));
        if (out.isEmpty() && in.isEmpty()) {
            return null;
        }
        boolean propertiesCut = out.size() > MAX_LISTED;
        boolean incomingCut = in.size() > MAX_LISTED;
        out = cut(out);
        in = cut(in);
        Model graph = graphOf(union, out, in);
        Terms terms = new Terms(union);

        List<Term> types = new ArrayList<>();
        List<Arc> properties = new ArrayList<>();
        for (Statement s : sorted(out)) {
            if (s.getPredicate().equals(RDF.type)) {
                types.add(terms.of(s.getObject()));
            }
            properties.add(new Arc(terms.of(s.getPredicate()), terms.of(s.getObject())));
        }
        List<Arc> incomingArcs = new ArrayList<>();
        for (Statement s : sorted(in)) {
            incomingArcs.add(new Arc(terms.of(s.getPredicate()), terms.of(s.getSubject())));
        }
        List<Term> otherClaims = otherClaims(ds, terms, r);
        return new ResourceDescription(iri, graph, labelOf(r).orElse(lastSegment(iri)), types,
                new Listed<>(properties, propertiesCut), new Listed<>(incomingArcs, incomingCut),
                claims(ds, terms, r),
                new Listed<>(otherClaims.subList(0, Math.min(otherClaims.size(), MAX_LISTED)), otherClaims.size() > MAX_LISTED));
    }

    private static List<Statement> cut(List<Statement> statements) {
        return statements.subList(0, Math.min(statements.size(), MAX_LISTED));
    }

    /** The statements given, with those of the text spans among their ends (spans belong to their article's document). */
    private static Model graphOf(Model union, List<Statement> out, List<Statement> in) {
        Model graph = ModelFactory.createDefaultModel().setNsPrefixes(Ent.prefixes());
        graph.add(out);
        graph.add(in);
        for (Statement s : out) {
            addIfSpan(union, graph, s.getObject());
        }
        for (Statement s : in) {
            addIfSpan(union, graph, s.getSubject());
        }
        return graph;
    }

    /** Up to one more than {@link #MAX_LISTED} statements, so a caller can tell the list was cut. */
    private static List<Statement> firstStatements(StmtIterator it) {
        List<Statement> first = new ArrayList<>();
        try {
            while (it.hasNext() && first.size() <= MAX_LISTED) {
                first.add(it.next());
            }
        } finally {
            it.close();
        }
        return first;
    }

    /** A query execution on the store, with {@code ?x} bound to the resource, that ends after the server's timeout. */
    private QueryExecution execution(Dataset ds, Query query, Resource x) {
        return QueryExecution.dataset(ds).query(query).substitution("x", x)
                .timeout(timeoutMillis, TimeUnit.MILLISECONDS).build();
    }

    /** A query execution on the store that ends after the server's timeout. */
    private QueryExecution execution(Dataset ds, Query query) {
        return QueryExecution.dataset(ds).query(query).timeout(timeoutMillis, TimeUnit.MILLISECONDS).build();
    }

    /** Adds a text span's statements; spans are known by their IRI, an article's with a {@code #char=} fragment. */
    private static void addIfSpan(Model union, Model graph, RDFNode node) {
        if (node.isURIResource() && node.asResource().getURI().contains("#char=")
                && union.contains(node.asResource(), RDF.type, Ent.TextSpan)) {
            graph.add(union.listStatements(node.asResource(), null, (RDFNode) null));
        }
    }

    private static List<Statement> sorted(List<Statement> statements) {
        List<Statement> copy = new ArrayList<>(statements);
        copy.sort(Comparator.comparing((Statement s) -> s.getPredicate().getURI())
                .thenComparing(s -> s.getSubject().toString())
                .thenComparing(s -> s.getObject().toString()));
        return copy;
    }

    /** Parsed once; {@code ?x} is the resource described, bound at each execution. */
    private static final Query CLAIMS = QueryFactory.create("""
            PREFIX ent:  <https://w3id.org/entente/ontology#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            SELECT DISTINCT ?claim ?factuality ?source ?quote ?begin ?end ?article WHERE {
              { BIND (?x AS ?claim) }
              UNION { ?claim ent:about ?x }
              UNION { ?situation ent:hasParticipant ?x . ?claim ent:about ?situation }
              UNION { ?claim ent:source ?x }
              UNION { ?claim prov:wasDerivedFrom ?x }
              ?claim a ent:Claim .
              OPTIONAL { ?claim ent:factuality ?factuality }
              OPTIONAL { ?claim ent:source ?source }
              OPTIONAL { ?claim ent:evidence ?span .
                         ?span ent:quote ?quote ; ent:beginIndex ?begin ; ent:endIndex ?end ; ent:inArticle ?article }
            }
            ORDER BY ?article ?begin ?claim
            LIMIT %d
            """.formatted(CLAIM_ROWS));

    /** Claims that concern the resource, each with its evidence quotes, in article order; cut at {@link #MAX_LISTED}. */
    private Listed<ClaimView> claims(Dataset ds, Terms terms, Resource x) {
        Map<String, ClaimView> claims = new LinkedHashMap<>();
        int[] rows = {0};
        try (QueryExecution exec = execution(ds, CLAIMS, x)) {
            exec.execSelect().forEachRemaining(row -> {
                rows[0]++;
                String claim = row.getResource("claim").getURI();
                ClaimView view = claims.computeIfAbsent(claim, c -> new ClaimView(
                        terms.of(row.getResource("claim")),
                        row.contains("factuality") ? terms.of(row.get("factuality")) : null,
                        row.contains("source") ? terms.of(row.get("source")) : null,
                        new ArrayList<>()));
                if (row.contains("quote")) {
                    view.evidence().add(evidence(terms, row));
                }
            });
        }
        List<ClaimView> all = List.copyOf(claims.values());
        boolean cut = rows[0] >= CLAIM_ROWS || all.size() > MAX_LISTED;
        return new Listed<>(all.subList(0, Math.min(all.size(), MAX_LISTED)), cut);
    }

    private static Evidence evidence(Terms terms, QuerySolution row) {
        return new Evidence(row.getLiteral("quote").getLexicalForm(),
                row.getLiteral("begin").getLong(), row.getLiteral("end").getLong(),
                terms.of(row.get("article")));
    }

    private static final Query OTHER_CLAIMS = QueryFactory.create("""
            PREFIX ent:  <https://w3id.org/entente/ontology#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            SELECT DISTINCT ?other WHERE {
              ?x a ent:Claim ; prov:wasDerivedFrom ?article .
              ?other prov:wasDerivedFrom ?article ; a ent:Claim .
              FILTER(?other != ?x)
            }
            ORDER BY ?other
            LIMIT %d
            """.formatted(MAX_LISTED + 1));

    private List<Term> otherClaims(Dataset ds, Terms terms, Resource x) {
        List<Term> others = new ArrayList<>();
        try (QueryExecution exec = execution(ds, OTHER_CLAIMS, x)) {
            exec.execSelect().forEachRemaining(row -> others.add(terms.of(row.get("other"))));
        }
        return others;
    }

    /**
     * Terms as a page shows them, each looked up once per page: a page names
     * the same properties, roles and articles many times over.
     */
    private static final class Terms {
        private final Model union;
        private final Map<RDFNode, Term> seen = new HashMap<>();

        Terms(Model union) {
            this.union = union;
        }

        Term of(RDFNode node) {
            return seen.computeIfAbsent(node, n -> term(union, n));
        }
    }

    private static Term term(Model union, RDFNode node) {
        if (node.isLiteral()) {
            Literal l = node.asLiteral();
            String datatype = l.getLanguage().isEmpty() && !XSD.xstring.getURI().equals(l.getDatatypeURI())
                    ? l.getDatatypeURI() : null;
            return new Term(null, l.getLexicalForm(), l.getLanguage(), datatype, false);
        }
        if (node.isAnon()) {
            return new Term(null, "_:" + node.asResource().getId().getLabelString(), "", null, false);
        }
        Resource r = node.asResource().inModel(union);
        // Shown here when minted here or described here; other IRIs (Wikidata's, W3C terms) are better shown at home.
        boolean known = r.getURI().startsWith(Ent.ID) || union.contains(r, null, (RDFNode) null);
        return new Term(r.getURI(), labelOf(r).orElse(null), "", null, known);
    }

    /** The resource's rdfs:label, English first. */
    private static Optional<String> labelOf(Resource r) {
        String any = null;
        StmtIterator it = r.listProperties(RDFS.label);
        try {
            while (it.hasNext()) {
                RDFNode o = it.next().getObject();
                if (!o.isLiteral()) {
                    continue;
                }
                Literal l = o.asLiteral();
                if (l.getLanguage().toLowerCase().startsWith("en")) {
                    return Optional.of(l.getLexicalForm());
                }
                if (any == null) {
                    any = l.getLexicalForm();
                }
            }
        } finally {
            it.close();
        }
        return Optional.ofNullable(any);
    }

    static String lastSegment(String iri) {
        int cut = Math.max(iri.lastIndexOf('/'), Math.max(iri.lastIndexOf('#'), iri.lastIndexOf(':')));
        return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }

    // Dataset figures and VoID

    private static final String FIGURES = """
            PREFIX ent:  <https://w3id.org/entente/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT
              (COUNT(DISTINCT ?article) AS ?articles) (COUNT(DISTINCT ?claim) AS ?claims)
              (COUNT(DISTINCT ?event) AS ?events) (COUNT(DISTINCT ?entity) AS ?entities)
            WHERE {
              { ?article a ent:Article }
              UNION { ?claim a ent:Claim }
              UNION { ?event a ?class . ?class rdfs:subClassOf* ent:Event }
              UNION { ?entity a ?type . FILTER(STRSTARTS(STR(?entity), "%s")) }
            }
            """.formatted(Ent.ID + "entity/");

    private static final String TRIPLES = "SELECT (COUNT(*) AS ?triples) { ?s ?p ?o }";

    /**
     * How many articles, claims, events, entities and triples the store holds,
     * as counted at start or after the last write; null when counting took
     * longer than the timeout.
     */
    DatasetFigures figures() {
        if (figuresStale.getAndSet(false)) {
            try {
                figures = countFigures();
            } catch (QueryCancelledException e) {
                // Too big to count within the timeout: the page and VoID go without figures.
                figures = null;
            }
        }
        return figures;
    }

    /** Marks the figures out of date after a write; the next request counts again. */
    void figuresChanged() {
        figuresStale.set(true);
    }

    private DatasetFigures countFigures() {
        return store.read(ds -> {
            long articles;
            long claims;
            long events;
            long entities;
            try (QueryExecution exec = execution(ds, QueryFactory.create(FIGURES))) {
                QuerySolution row = exec.execSelect().next();
                articles = row.getLiteral("articles").getLong();
                claims = row.getLiteral("claims").getLong();
                events = row.getLiteral("events").getLong();
                entities = row.getLiteral("entities").getLong();
            }
            long triples;
            try (QueryExecution exec = execution(ds, QueryFactory.create(TRIPLES))) {
                triples = exec.execSelect().next().getLiteral("triples").getLong();
            }
            return new DatasetFigures(articles, claims, events, entities, triples);
        });
    }

    private static final String EXAMPLES = """
            PREFIX ent:  <https://w3id.org/entente/ontology#>
            SELECT ?r WHERE {
              { SELECT ?r { ?r a ent:Article } ORDER BY ?r LIMIT 1 }
              UNION { SELECT ?r { ?r a ent:Claim } ORDER BY ?r LIMIT 1 }
            }
            """;

    /**
     * A VoID description of the dataset as this server publishes it.
     *
     * @param serverUrl the server's base URL, ending in {@code /}
     */
    Model voidDescription(String serverUrl) {
        DatasetFigures counted = figures();
        Model model = ModelFactory.createDefaultModel().setNsPrefixes(Ent.prefixes());
        model.setNsPrefix("void", VOID.NS);
        Resource dataset = model.createResource(Ent.KNOWLEDGE_GRAPH)
                .addProperty(RDF.type, VOID.Dataset)
                .addProperty(DCTerms.title, "entente", "en")
                .addProperty(DCTerms.description,
                        "Claims, events and actors of international diplomacy news, each claim with the quotes it rests on.", "en")
                .addProperty(VOID.sparqlEndpoint, model.createResource(serverUrl + ServerSettings.DATASET.substring(1) + "/sparql"))
                .addProperty(VOID.uriLookupEndpoint, model.createResource(serverUrl + "resource?iri="))
                .addProperty(VOID.uriSpace, Ent.ID)
                .addProperty(VOID.vocabulary, model.createResource(Ent.NS));
        if (counted != null) {
            dataset.addProperty(VOID.triples, integer(model, counted.triples()))
                    .addProperty(VOID.entities, integer(model, counted.entities()));
            partition(model, dataset, Ent.Article, counted.articles());
            partition(model, dataset, Ent.Claim, counted.claims());
            partition(model, dataset, Ent.Event, counted.events());
        }
        store.read(ds -> {
            try (QueryExecution exec = execution(ds, QueryFactory.create(EXAMPLES))) {
                exec.execSelect().forEachRemaining(row -> dataset.addProperty(VOID.exampleResource, row.getResource("r")));
            }
            return null;
        });
        return model;
    }

    private static void partition(Model model, Resource dataset, Resource type, long count) {
        dataset.addProperty(VOID.classPartition, model.createResource()
                .addProperty(VOID_CLASS, type)
                .addProperty(VOID.entities, integer(model, count)));
    }

    private static Literal integer(Model model, long n) {
        return model.createTypedLiteral(BigInteger.valueOf(n));
    }
}
