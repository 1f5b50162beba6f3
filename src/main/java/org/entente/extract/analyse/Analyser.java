package org.entente.extract.analyse;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

/**
 * The linguistic layer, from Stanford CoreNLP: every sentence gets tokens,
 * parts of speech and lemmas (a cheap pass); the sentences a caller picks get
 * an enhanced++ Universal Dependencies parse, and named entities where the
 * caller asks for them (each several times the cheap pass's cost per token).
 * Picking only the sentences that can hold an event, and naming only those with
 * names nobody knows, is where the speed is.
 *
 * <p>The parse is CoreNLP's neural dependency parser with its English model,
 * called directly: CoreNLP's own parse annotator builds five graphs of each
 * parse (basic, collapsed, CC-processed, enhanced, enhanced++), and only the
 * enhanced++ one is read here. The annotator is kept for the benchmark's
 * floor ({@link #analyseAll}), which is CoreNLP's pipeline as it comes.
 *
 * <p>Loading takes seconds (the models are hundreds of megabytes); after that an
 * analyser is immutable and may be used from many threads at once.
 */
public final class Analyser {
    /** The annotators every sentence gets. */
    public static final String CHEAP = "tokenize,ssplit,pos,lemma";
    /** The annotators the picked sentences get on top: named entities, then the parse. */
    public static final String DEEP = "ner,depparse";

    /** How far to analyse a sentence. */
    public enum Depth {
        /** Tokens, parts of speech and lemmas only. */
        SHALLOW,
        /** A dependency parse too. */
        PARSED,
        /** A parse and named entities. */
        NAMED
    }

    private final StanfordCoreNLP cheap;
    /** Sentences analysed, parsed and named so far, for the benchmark to report. */
    private final LongAdder seen = new LongAdder();
    private final LongAdder parsedCount = new LongAdder();
    private final LongAdder namedCount = new LongAdder();
    /** Nanoseconds spent in the cheap pass (with choosing what to parse), in naming and in parsing so far, all threads summed. */
    private final LongAdder cheapNanos = new LongAdder();
    private final LongAdder namedNanos = new LongAdder();
    private final LongAdder parsedNanos = new LongAdder();

    /**
     * How many sentences were analysed, parsed and given named entities so
     * far, and the nanoseconds (all threads summed) the cheap pass, naming and
     * parsing took.
     */
    public record Counts(long sentences, long parsed, long named, long cheapNanos, long namedNanos, long parsedNanos) {
        /** This and other work together. */
        public Counts plus(Counts other) {
            return new Counts(sentences + other.sentences, parsed + other.parsed, named + other.named,
                    cheapNanos + other.cheapNanos, namedNanos + other.namedNanos, parsedNanos + other.parsedNanos);
        }

        /** What was done between an earlier reading and this one. */
        public Counts since(Counts earlier) {
            return new Counts(sentences - earlier.sentences, parsed - earlier.parsed, named - earlier.named,
                    cheapNanos - earlier.cheapNanos, namedNanos - earlier.namedNanos, parsedNanos - earlier.parsedNanos);
        }
    }

    public Counts counts() {
        return new Counts(seen.sum(), parsedCount.sum(), namedCount.sum(), cheapNanos.sum(), namedNanos.sum(),
                parsedNanos.sum());
    }
    /** The longest sentence parsed, in tokens; a longer one is left unparsed, as CoreNLP's annotator would. */
    static final int PARSE_MAX_TOKENS = 120;

    private final Properties parseProperties;
    private final DependencyParser dependencies;
    private final StanfordCoreNLP namer;
    /** CoreNLP's own parse annotator, made only when the benchmark's floor asks for it. */
    private StanfordCoreNLP annotatorParser;

    private Analyser(StanfordCoreNLP cheap, Properties parseProperties, StanfordCoreNLP namer) {
        this.cheap = cheap;
        this.parseProperties = parseProperties;
        this.dependencies = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL);
        this.namer = namer;
    }

    private synchronized StanfordCoreNLP annotatorParser() {
        if (annotatorParser == null) {
            annotatorParser = new StanfordCoreNLP(parseProperties);
        }
        return annotatorParser;
    }

    /** Loads the English models. */
    public static Analyser english() {
        Properties base = new Properties();
        base.setProperty("tokenize.language", "en");
        base.setProperty("tokenize.options", "invertible=true,untokenizable=noneKeep");
        base.setProperty("ssplit.newlineIsSentenceBreak", "always");
        base.setProperty("pos.maxlen", "200");
        Properties cheap = new Properties(base);
        cheap.setProperty("annotators", CHEAP);
        Properties parse = new Properties(base);
        parse.setProperty("annotators", "depparse");
        parse.setProperty("enforceRequirements", "false");
        parse.setProperty("depparse.maxlen", String.valueOf(PARSE_MAX_TOKENS));
        Properties name = new Properties(base);
        name.setProperty("annotators", "ner");
        name.setProperty("enforceRequirements", "false");
        name.setProperty("ner.applyFineGrained", "false");
        name.setProperty("ner.useSUTime", "false");
        name.setProperty("ner.applyNumericClassifiers", "false");
        name.setProperty("ner.buildEntityMentions", "false");
        return new Analyser(new StanfordCoreNLP(cheap), parse, new StanfordCoreNLP(name));
    }

    /**
     * Analyses a text.
     *
     * @param text    the article text
     * @param deepen  which cheaply analysed sentences to parse and give named entities
     */
    public AnalysedText analyse(String text, Function<Sentence, Depth> depth) {
        return analyse(text, depth, false);
    }

    private AnalysedText analyse(String text, Function<Sentence, Depth> depth, boolean asCoreNlpDoes) {
        long started = System.nanoTime();
        Annotation doc = new Annotation(text);
        cheap.annotate(doc);
        List<CoreMap> maps = doc.get(CoreAnnotations.SentencesAnnotation.class);
        List<Sentence> shallow = new ArrayList<>();
        for (int i = 0; i < maps.size(); i++) {
            shallow.add(sentence(i, maps.get(i), false));
        }
        List<CoreMap> parsed = new ArrayList<>();
        List<CoreMap> named = new ArrayList<>();
        boolean[] isParsed = new boolean[maps.size()];
        for (int i = 0; i < maps.size(); i++) {
            Depth d = shallow.get(i).tokens().isEmpty() ? Depth.SHALLOW : depth.apply(shallow.get(i));
            if (d != Depth.SHALLOW) {
                parsed.add(maps.get(i));
                isParsed[i] = true;
            }
            if (d == Depth.NAMED) {
                named.add(maps.get(i));
            }
        }
        seen.add(maps.size());
        parsedCount.add(parsed.size());
        namedCount.add(named.size());
        long cheapDone = System.nanoTime();
        cheapNanos.add(cheapDone - started);
        annotate(namer, text, named);
        long namingDone = System.nanoTime();
        namedNanos.add(namingDone - cheapDone);
        if (asCoreNlpDoes) {
            annotate(annotatorParser(), text, parsed);
        } else {
            parsed.forEach(this::parse);
        }
        List<Sentence> out = new ArrayList<>();
        for (int i = 0; i < maps.size(); i++) {
            out.add(isParsed[i] ? sentence(i, maps.get(i), true) : shallow.get(i));
        }
        out.removeIf(s -> s.tokens().isEmpty());
        parsedNanos.add(System.nanoTime() - namingDone);
        return new AnalysedText(text, out);
    }

    /** Runs a pipeline over some sentences of a document only. */
    private static void annotate(StanfordCoreNLP pipeline, String text, List<CoreMap> sentences) {
        if (sentences.isEmpty()) {
            return;
        }
        Annotation sub = new Annotation(text);
        sub.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        List<CoreLabel> tokens = new ArrayList<>();
        sentences.forEach(m -> tokens.addAll(m.get(CoreAnnotations.TokensAnnotation.class)));
        sub.set(CoreAnnotations.TokensAnnotation.class, tokens);
        pipeline.annotate(sub);
    }

    /**
     * Analyses a text with every annotator on every sentence, the parse by
     * CoreNLP's own annotator: the library's own cost, for measuring against.
     */
    public AnalysedText analyseAll(String text) {
        return analyse(text, s -> Depth.NAMED, true);
    }

    /** Gives one sentence its enhanced++ dependency graph, the only one read. */
    private void parse(CoreMap sentence) {
        if (sentence.get(CoreAnnotations.TokensAnnotation.class).size() > PARSE_MAX_TOKENS) {
            return;
        }
        GrammaticalStructure structure = dependencies.predict(sentence);
        sentence.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class, SemanticGraphFactory.makeFromTree(
                structure, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS, GrammaticalStructure.Extras.NONE, null));
    }

    private static Sentence sentence(int index, CoreMap map, boolean parsed) {
        List<CoreLabel> labels = map.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            String lemma = l.lemma() == null ? l.word().toLowerCase() : l.lemma().toLowerCase();
            tokens.add(new Token(i, l.word(), lemma, l.tag(), parsed ? (l.ner() == null ? "O" : l.ner()) : null,
                    l.beginPosition(), l.endPosition()));
        }
        if (!parsed) {
            return new Sentence(index, tokens, null);
        }
        SemanticGraph graph = map.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        List<Dependency> arcs = new ArrayList<>();
        Set<Dependency> read = new HashSet<>();
        if (graph != null) {
            graph.getRoots().forEach(r -> arcs.add(new Dependency(-1, r.index() - 1, "root")));
            for (SemanticGraphEdge e : graph.edgeIterable()) {
                // A word the enhanced graph copied ("criticism from A and from B") shares its index: the copy's
                // arcs become the word's own, and the arc joining the two, or a second one like an arc already
                // read, says nothing.
                Dependency arc = new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1, e.getRelation().toString());
                if (arc.head() != arc.dependent() && read.add(arc)) {
                    arcs.add(arc);
                }
            }
        }
        ParseRepairs.mend(tokens, arcs);
        return new Sentence(index, tokens, arcs);
    }
}
