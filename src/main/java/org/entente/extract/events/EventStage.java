package org.entente.extract.events;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.entente.claims.CameoCode;
import org.entente.claims.SituationType;
import org.entente.extract.actors.Actors;
import org.entente.extract.actors.Mention;
import org.entente.extract.analyse.Dependency;
import org.entente.extract.analyse.Sentence;
import org.entente.extract.analyse.Token;
import org.entente.extract.pipeline.ArticleWork;
import org.entente.extract.pipeline.Language;
import org.entente.extract.pipeline.Layer;
import org.entente.extract.pipeline.Stage;
import org.entente.gazetteer.Gazetteer;

/**
 * Finds event mentions in parsed sentences: a verb or noun of the event
 * lexicon whose entry's conditions hold in the parse. A noun carried by a verb
 * that is itself the event ("signed an agreement") is not a second event.
 * Appeals, intents, demands, rejections and threats take the subcategory of
 * what they are about ("urged Russia to negotiate" is 026), and what they are
 * about is then only their content, not an event of its own ({@link Contents});
 * saying what one's own side will do is an intent or a threat ({@link Intents}).
 */
public final class EventStage implements Stage {
    private final EventLexicon lexicon;
    private final Language language;
    private final Gazetteer gazetteer;
    private final Naming naming;
    private final Arguments arguments;
    private final Intents intents;
    private final Contents contents;

    public EventStage(EventLexicon lexicon, Language language, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.language = language;
        this.gazetteer = gazetteer;
        this.naming = new Naming(language);
        this.arguments = new Arguments(language);
        this.intents = new Intents(language);
        this.contents = new Contents(language);
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.ANALYSIS, Layer.ACTORS);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.EVENTS);
    }

    @Override
    public void run(ArticleWork article) {
        Actors actors = new Actors(article, gazetteer, language);
        for (Sentence s : article.analysis().sentences()) {
            if (!s.isParsed()) {
                continue;
            }
            List<EventMention> found = new ArrayList<>();
            for (Token t : s.tokens()) {
                if (t.isVerb()) {
                    match(s, t, "verb", actors).ifPresent(e -> found.add(new EventMention(s.index(), t.index(), e)));
                }
            }
            for (Token t : s.tokens()) {
                if (t.isNoun() && !carriedByAnEventVerb(s, t, found) && !inTimeExpression(article, t) && !insideAName(s, t, actors)
                        && !modifiesAnotherNoun(s, t)) {
                    match(s, t, "noun", actors).ifPresent(e -> found.add(new EventMention(s.index(), t.index(), e)));
                }
            }
            found.sort((a, b) -> Integer.compare(a.trigger(), b.trigger()));
            Map<EventMention, Intents.Intent> intended = new HashMap<>();
            found.forEach(m -> intents.recode(s, m, found, actors).ifPresent(i -> intended.put(m, i)));
            found.removeIf(m -> naming.namesWhatIsPointedAt(s, m));
            found.removeIf(m -> m.entry().isVerb() && m.code().value().equals("010") && saysAnotherEvent(s, m, found));
            found.removeIf(m -> m.entry().isVerb() && m.code().isRootOnly() && byMeansOfAnother(s, m, found));
            // "'It is a shameful provocation,' Quispe said": saying that judges badly is criticising
            found.stream().filter(m -> m.entry().isSpeech() && m.code().value().equals("010") && naming.judgesInWords(s, m))
                    .forEach(m -> m.recode(CameoCode.of("111"), SituationType.Disapproval));
            for (EventMention m : found) {
                Intents.Intent said = intended.get(m);
                if (said != null) {
                    contents.compose(s, m, m.code().root().equals("13") ? "threat" : "intent", said.content());
                } else if (m.entry().governs() != null) {
                    contents.compose(s, m, m.entry().governs(), Contents.contentOf(s, m, found));
                }
            }
            naming.namesGiven(s, found);
            article.events().addAll(found);
        }
    }

    /**
     * A noun in someone's title, or one that only modifies another noun, names
     * no act: "the special envoy for Ukraine negotiations", "its investment
     * strategy".
     */
    private boolean modifiesAnotherNoun(Sentence s, Token t) {
        return s.heads(t.index()).stream().anyMatch(d -> d.head() >= 0 && (d.relation().matches("nmod:(for|on)")
                && language.isTitle(s.token(d.head()).lemma()) || d.relation().equals("compound") && s.token(d.head()).isNoun()));
    }

    /** A word of a body's name before its last ("Dialogue" in "the Pacific Dialogue Council") names no act. */
    private static boolean insideAName(Sentence s, Token t, Actors actors) {
        return actors.at(s.index(), t.index()).filter(m -> m.kind() == Mention.Kind.NAME && t.index() < m.end() - 1).isPresent();
    }

    /** "the Kremlin's statement", "Russia's alliance with Iran": an actor's possessive makes the noun its act. */
    private static boolean ownedByAnActor(Sentence s, Token t, Actors actors) {
        return s.dependents(t.index()).stream().anyMatch(d -> d.relation().equals("nmod:poss")
                && actors.at(s.index(), d.dependent()).filter(m -> actors.isAgent(m.entity())).isPresent());
    }

    /** "in March", "on Independence Day": a noun that names a date is no event. */
    private static boolean inTimeExpression(ArticleWork article, Token t) {
        return article.times().stream().anyMatch(x -> x.overlaps(t.begin(), t.end()));
    }

    /** The first entry of a word whose conditions hold. */
    private Optional<EventEntry> match(Sentence s, Token t, String pos, Actors actors) {
        for (EventEntry e : lexicon.entries(pos, t.lemma())) {
            if (holds(e, s, t, actors)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    private boolean holds(EventEntry e, Sentence s, Token t, Actors actors) {
        List<Dependency> deps = s.dependents(t.index());
        if (!e.particle().isEmpty() && deps.stream().noneMatch(d -> particle(d, s, e.particle()))) {
            return false;
        }
        if (!e.objects().isEmpty() && objects(s, t).stream().noneMatch(o -> e.takesObject(s.token(o)))) {
            return false;
        }
        if (!e.compound().isEmpty() && deps.stream().noneMatch(d -> (d.relation().equals("compound") || d.relation().equals("amod"))
                && e.compound().contains(s.token(d.dependent()).lemma()))) {
            return false;
        }
        if (!e.requires().isEmpty() && deps.stream().noneMatch(d -> e.requires().contains(s.token(d.dependent()).lemma()))) {
            return false;
        }
        if (e.needs() != null && deps.stream().noneMatch(d -> d.relation().equals("obl:" + e.needs())
                || d.relation().equals("nmod:" + e.needs()))) {
            return false;
        }
        if (e.complement() != null) {
            boolean ok = switch (e.complement()) {
                // a that-clause, or a small clause: "declared the outbreak (to be) a pandemic"
                case "clause" -> deps.stream().anyMatch(d -> d.relation().equals("ccomp") || smallClause(s, d))
                        || deps.stream().anyMatch(d -> d.relation().equals("obj")) && deps.stream().anyMatch(d -> d.relation().equals("xcomp"));
                case "verb" -> deps.stream().anyMatch(d -> d.relation().equals("xcomp"));
                case "none" -> deps.stream().noneMatch(d -> d.relation().matches("xcomp|obj|ccomp"));
                case "pejorative" -> naming.pejorative(s, t);
                // '"We will close the border," Arancibia said': a quotation of what one's side will do is said too
                default -> deps.stream().anyMatch(d -> d.relation().matches("ccomp|xcomp|obj"))
                        || e.isSpeech() && intents.quotes(s, t.index(), actors);
            };
            if (!ok) {
                return false;
            }
        }
        if (e.isSpeech() && language.namingVerbs().contains(t.lemma())
                && deps.stream().anyMatch(d -> d.relation().matches("aux:pass|nsubj:pass"))
                && deps.stream().noneMatch(d -> d.relation().equals("obl:agent"))) {
            // "will no longer be called a museum": a name, no one's statement
            return false;
        }
        if (e.isSpeech() && language.namingVerbs().contains(t.lemma())
                && deps.stream().anyMatch(d -> d.relation().equals("obj") && s.token(d.dependent()).tag().matches("WP|WDT"))) {
            // "condemned what she called a betrayal": the name she gives the thing condemned, no statement of its own
            return false;
        }
        if (e.isSymmetric() && e.isVerb() && deps.stream().anyMatch(d -> d.relation().matches("aux:pass|nsubj:pass"))
                && deps.stream().anyMatch(d -> d.relation().equals("obl:with")) && deps.stream().noneMatch(d -> d.relation().equals("obl:agent"))) {
            // "was met with protests": how something was received, no meeting
            return false;
        }
        if (Boolean.TRUE.equals(e.active()) && (t.tag().equals("VBN") || deps.stream()
                .anyMatch(d -> d.relation().equals("aux:pass") || d.relation().equals("nsubj:pass")))) {
            return false;
        }
        if (e.isCarried() && s.heads(t.index()).stream().noneMatch(d -> d.head() >= 0
                && e.light().contains(s.token(d.head()).lemma())) && (e.cameo().isJudgement() || !ownedByAnActor(s, t, actors))) {
            // "Russia's support" is support given; "Chile's main concern is the economy" is no disapproval voiced
            return false;
        }
        if (e.objectIs() != null && !arguments.objectIs(e.objectIs(), s, t, actors)) {
            return false;
        }
        return e.subjectIs() == null || arguments.subjectIs(e.subjectIs(), s, t, actors);
    }

    private static boolean particle(Dependency d, Sentence s, List<String> particles) {
        String lemma = s.token(d.dependent()).lemma();
        // "called for NATO members to increase spending": the parser makes "for" the mark of the clause.
        if (d.relation().matches("advcl.*|ccomp|xcomp") && s.markedBy(d.dependent(), particles)) {
            return true;
        }
        if ((d.relation().equals("compound:prt") || d.relation().equals("advmod")) && particles.contains(lemma)) {
            return true;
        }
        for (String p : particles) {
            if (d.relation().equals("obl:" + p) || d.relation().equals("obj") && lemma.equals(p)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A verb's objects: its direct objects, its passive subjects, what it
     * provides "with", and the noun it modifies as a participle ("the group
     * established in 2023").
     */
    static List<Integer> objects(Sentence s, Token t) {
        List<Integer> out = new ArrayList<>();
        if (t.isNoun()) {
            for (Dependency d : s.dependents(t.index())) {
                if (d.relation().equals("nmod:of") || d.relation().equals("nmod:poss")) {
                    out.add(d.dependent());
                }
            }
            return out;
        }
        for (Dependency d : s.dependents(t.index())) {
            if (d.relation().equals("obj") || d.relation().equals("nsubj:pass") || d.relation().equals("obl:with")) {
                out.add(d.dependent());
            }
        }
        if (t.tag().equals("VBN")) {
            for (Dependency d : s.heads(t.index())) {
                if (d.relation().startsWith("acl") && d.head() >= 0) {
                    out.add(d.head());
                }
            }
        }
        return out;
    }

    /**
     * A clause the parser did not call one: a predicate with its own subject
     * ("declared the outbreak a pandemic" as xcomp(declared, pandemic) with
     * nsubj(pandemic, outbreak)), or a verb with its own auxiliary left as a
     * bare dependent ("announced the region would be governing itself").
     */
    private static boolean smallClause(Sentence s, Dependency d) {
        return d.relation().equals("xcomp") && s.dependents(d.dependent()).stream().anyMatch(x -> x.relation().equals("nsubj"))
                || d.relation().equals("dep") && s.token(d.dependent()).isVerb()
                        && s.dependents(d.dependent()).stream().anyMatch(x -> x.relation().matches("aux|nsubj"))
                || unmarkedComplement(s, d);
    }

    /**
     * A that-less clause the parser set beside the verb rather than under it:
     * "the court ruled on Monday the blockade was unlawful". A clause with a
     * subject of its own, after the verb, with no punctuation between them
     * ("ruled, the country wept" is two sentences run together).
     */
    private static boolean unmarkedComplement(Sentence s, Dependency d) {
        if (!d.relation().equals("parataxis") || d.dependent() < d.head()
                || s.dependents(d.dependent()).stream().noneMatch(x -> x.relation().startsWith("nsubj"))) {
            return false;
        }
        for (int i = d.head() + 1; i < d.dependent(); i++) {
            if (s.token(i).tag().matches("[.,:]|``|''|-LRB-|-RRB-|HYPH|NFP")) {
                return false;
            }
        }
        return true;
    }

    /** Whether an announcement's complement holds an event: then that event is what is announced, not a bare statement. */
    private static boolean saysAnotherEvent(Sentence s, EventMention announcement, List<EventMention> found) {
        for (Dependency d : s.dependents(announcement.trigger())) {
            if (d.relation().matches("ccomp|xcomp|obj|dep")) {
                java.util.Set<Integer> subtree = s.subtree(d.dependent(), a -> true);
                if (found.stream().anyMatch(e -> e != announcement && subtree.contains(e.trigger()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether an act of no closer code is told by the means it took, itself
     * an act: "Chile retaliated by expelling two diplomats" is the expulsion.
     */
    private static boolean byMeansOfAnother(Sentence s, EventMention general, List<EventMention> found) {
        return s.dependents(general.trigger()).stream().anyMatch(d -> d.relation().equals("advcl:by")
                && found.stream().anyMatch(e -> e != general && e.trigger() == d.dependent()));
    }

    /**
     * Whether a noun is the object of a verb already found as the event it
     * names ("signed an agreement"); not when the verb governs the act the
     * noun names, as declining governs the offer declined, which stays an act
     * of its own.
     */
    private static boolean carriedByAnEventVerb(Sentence s, Token noun, List<EventMention> verbs) {
        for (Dependency d : s.heads(noun.index())) {
            if (!d.relation().equals("obj") && !d.relation().equals("nsubj:pass")) {
                continue;
            }
            for (EventMention v : verbs) {
                if (v.trigger() == d.head() && v.entry().takesObject(noun) && v.entry().governs() == null) {
                    return true;
                }
            }
        }
        return false;
    }
}
