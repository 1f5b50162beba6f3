package org.entente.extract.analyse;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;

/**
 * The linguistic layer, from Stanford CoreNLP: every sentence gets tokens,
 * parts of speech and lemmas (a cheap pass); the sentences a caller picks get
 * named entities and an enhanced++ Universal Dependencies parse too (the dear
 * pass, about ten times the cost of the cheap one per token). Picking only the
 * sentences that can hold an event is where the speed is.
 *
 * <p>Loading takes seconds (the models are hundreds of megabytes); after that an
 * analyser is immutable and may be used from many threads at once.
 */
public final class Analyser {
    /** The annotators every sentence gets. */
    public static final String CHEAP = "tokenize,ssplit,pos,lemma";
    /** The annotators the picked sentences get on top. */
    public static final String DEEP = "ner,depparse";

    private final StanfordCoreNLP cheap;
    private final StanfordCoreNLP deep;

    private Analyser(StanfordCoreNLP cheap, StanfordCoreNLP deep) {
        this.cheap = cheap;
        this.deep = deep;
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
        Properties deep = new Properties(base);
        deep.setProperty("annotators", DEEP);
        deep.setProperty("enforceRequirements", "false");
        deep.setProperty("ner.applyFineGrained", "false");
        deep.setProperty("ner.useSUTime", "false");
        deep.setProperty("ner.applyNumericClassifiers", "false");
        deep.setProperty("ner.buildEntityMentions", "false");
        deep.setProperty("ner.docdate.useFixedDate", "");
        deep.setProperty("depparse.maxlen", "120");
        return new Analyser(new StanfordCoreNLP(cheap), new StanfordCoreNLP(deep));
    }

    /**
     * Analyses a text.
     *
     * @param text    the article text
     * @param deepen  which cheaply analysed sentences to parse and give named entities
     */
    public AnalysedText analyse(String text, Predicate<Sentence> deepen) {
        Annotation doc = new Annotation(text);
        cheap.annotate(doc);
        List<CoreMap> maps = doc.get(CoreAnnotations.SentencesAnnotation.class);
        List<Sentence> shallow = new ArrayList<>();
        for (int i = 0; i < maps.size(); i++) {
            shallow.add(sentence(i, maps.get(i), false));
        }
        List<CoreMap> picked = new ArrayList<>();
        for (int i = 0; i < maps.size(); i++) {
            if (!shallow.get(i).tokens().isEmpty() && deepen.test(shallow.get(i))) {
                picked.add(maps.get(i));
            }
        }
        if (!picked.isEmpty()) {
            Annotation sub = new Annotation(text);
            sub.set(CoreAnnotations.SentencesAnnotation.class, picked);
            List<CoreLabel> tokens = new ArrayList<>();
            picked.forEach(m -> tokens.addAll(m.get(CoreAnnotations.TokensAnnotation.class)));
            sub.set(CoreAnnotations.TokensAnnotation.class, tokens);
            deep.annotate(sub);
        }
        List<Sentence> out = new ArrayList<>();
        for (int i = 0; i < maps.size(); i++) {
            out.add(picked.contains(maps.get(i)) ? sentence(i, maps.get(i), true) : shallow.get(i));
        }
        out.removeIf(s -> s.tokens().isEmpty());
        return new AnalysedText(text, out);
    }

    /** Analyses a text and parses every sentence: the library's own cost, for measuring against. */
    public AnalysedText analyseAll(String text) {
        return analyse(text, s -> true);
    }

    private static Sentence sentence(int index, CoreMap map, boolean parsed) {
        List<CoreLabel> labels = map.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            String lemma = l.lemma() == null ? l.word().toLowerCase() : l.lemma().toLowerCase();
            tokens.add(new Token(i, l.word(), lemma, l.tag(), parsed ? l.ner() : null, l.beginPosition(), l.endPosition()));
        }
        if (!parsed) {
            return new Sentence(index, tokens, null);
        }
        SemanticGraph graph = map.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        List<Dependency> arcs = new ArrayList<>();
        if (graph != null) {
            graph.getRoots().forEach(r -> arcs.add(new Dependency(-1, r.index() - 1, "root")));
            for (SemanticGraphEdge e : graph.edgeIterable()) {
                arcs.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1, e.getRelation().toString()));
            }
        }
        return new Sentence(index, tokens, arcs);
    }
}
