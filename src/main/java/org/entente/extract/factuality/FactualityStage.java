package org.entente.extract.factuality;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.entente.claims.EventStatus;
import org.entente.claims.Factuality;
import org.entente.claims.Role;
import org.entente.claims.SituationType;
import org.entente.extract.actors.Actors;
import org.entente.extract.analyse.Dependency;
import org.entente.extract.analyse.Sentence;
import org.entente.extract.analyse.Token;
import org.entente.extract.events.EventMention;
import org.entente.extract.pipeline.ArticleWork;
import org.entente.extract.pipeline.Language;
import org.entente.extract.pipeline.Layer;
import org.entente.extract.pipeline.Stage;
import org.entente.gazetteer.Gazetteer;

/**
 * Reads how firmly, on whose word and when each event mention is stated, from
 * the words that govern its trigger. A reporting verb above it ("X said",
 * "according to X") makes it reported, on X's word, unless X is the actor of a
 * speech act the article reports X making; negation or a denial makes it
 * negated; a hedge ("allegedly", "may") hedged; a future, a plan or a schedule
 * makes the event planned, and a forecast ("is expected to") predicted; a
 * cancellation negated. The date is the time expression that depends on the
 * trigger, or on the verb that carries it ({@link EventDates}).
 */
public final class FactualityStage implements Stage {
    /** How a relative clause hangs from its noun. */
    private static final String RELATIVE = "acl:relcl";

    /** The CAMEO roots whose events are done by saying: the speaker is their actor, not their source. */
    private static final Set<String> SPEECH_ROOTS = Set.of("01", "02", "03", "05", "10", "11", "12", "13");

    private final Language language;
    private final Gazetteer gazetteer;
    private final Speakers speakers;
    private final Modality modality;

    public FactualityStage(Language language, Gazetteer gazetteer) {
        this.language = language;
        this.gazetteer = gazetteer;
        this.speakers = new Speakers(language);
        this.modality = new Modality(language);
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.ANALYSIS, Layer.TIMES, Layer.ACTORS, Layer.EVENTS, Layer.ROLES);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.FACTUALITY);
    }

    @Override
    public void run(ArticleWork article) {
        Actors actors = new Actors(article, gazetteer, language);
        for (EventMention e : article.events()) {
            Sentence s = article.analysis().sentences().get(e.sentence());
            List<Integer> path = answered(s, e) ? List.of(e.trigger()) : governors(s, e.trigger(), language);
            attribution(s, e, path, actors);
            modality.read(s, e, path);
            EventDates.anchor(article, s, e, path, language);
            if (e.status() == EventStatus.OCCURRED && e.date() != null && article.published() != null
                    && e.date().earliest().isAfter(article.published())) {
                // "visits Lima next month": what is dated after the article cannot have happened yet
                e.status(EventStatus.PLANNED);
            }
        }
    }

    /**
     * A request, demand or offer someone answers was made, whatever is said of the
     * answer: in "the Queen announced she will comply with the request of
     * the Prime Minister" the request is the story's fact, not the Queen's
     * word and not still to come. Not one that may never be made: "would
     * reject any request by Chile".
     */
    private boolean answered(Sentence s, EventMention e) {
        return !e.entry().isVerb() && e.code().isAnswerable() && language.answeringVerb(s, e.trigger()) >= 0
                && !language.quantified(s, e.trigger());
    }

    /**
     * The trigger, then each token that governs it, up to the root; not the
     * quotation a verb of saying stands beside ('"We will ...," X said'), which
     * is what is said, not what frames the saying.
     */
    private static List<Integer> governors(Sentence s, int trigger, Language language) {
        List<Integer> path = new ArrayList<>();
        int t = trigger;
        while (t >= 0 && !path.contains(t) && path.size() < 12) {
            path.add(t);
            int next = -1;
            boolean saying = language.reportingVerbs().contains(s.token(t).lemma());
            for (Dependency d : s.heads(t)) {
                // nor, from words outside a quotation, the quoted words the parser hung them from
                if (d.head() >= 0 && !d.relation().startsWith("conj") && !d.relation().equals("ref")
                        && !(saying && d.relation().equals("parataxis")) && !(s.quoted(d.head()) && !s.quoted(t))) {
                    next = d.head();
                    break;
                }
            }
            t = next;
        }
        return path;
    }

    private void attribution(Sentence s, EventMention e, List<Integer> path, Actors actors) {
        for (int i = 0; i < path.size(); i++) {
            int t = path.get(i);
            for (Dependency d : s.dependents(t)) {
                if (d.relation().matches("obl:according_to|nmod:according_to")) {
                    report(e, speakers.speaker(s, d.dependent(), actors), false);
                    return;
                }
                if (d.relation().matches("advcl(:as)?") && speakers.asReported(s, d.dependent())) {
                    report(e, speakers.subject(s, d.dependent(), actors), false);
                    return;
                }
            }
            if (i > 0 && s.hangsFrom(path.get(i - 1), t, RELATIVE)) {
                // "announced measures, which it dropped after the protests": the relative clause is the story's own word
                break;
            }
            Token token = s.token(t);
            if (i > 0 && language.chargingVerbs().contains(token.lemma()) && s.hangsFrom(path.get(i - 1), t, "(advcl|obl):(of|for)")) {
                // "Chile accused Peru of shelling the border": the shelling is on Chile's word
                report(e, speakers.subject(s, t, actors), true);
                return;
            }
            boolean reporting = i > 0 && token.isVerb() && !unasserted(s, t)
                    && (language.reportingVerbs().contains(token.lemma()) && viaComplement(s, path.get(i - 1), t)
                    || language.conveyingVerbs().contains(token.lemma()) && toldByAStatement(s, t)
                    && s.hangsFrom(path.get(i - 1), t, "obj|ccomp")
                    // not the writer's gloss on what was passed on: "..., illustrating Beijing's role"
                    && !entersAny(s, path.subList(0, i), "acl|advcl.*|dep|parataxis"));
            if (reporting) {
                String who = speakers.subject(s, t, actors);
                int below = path.get(i - 1);
                // "announced sanctions", and "announced it will impose sanctions": its own act, to come
                boolean announcedAct = language.announcingVerbs().contains(token.lemma()) && s.heads(below).stream()
                        .anyMatch(d -> d.head() == t && (d.relation().equals("obj") || d.relation().equals("ccomp") && toCome(s, below)));
                if (!speechAct(s, e, who, actors, announcedAct)) {
                    report(e, who, true);
                }
                return;
            }
        }
        for (Dependency d : s.dependents(e.trigger())) {
            if (d.relation().equals("parataxis") && language.reportingVerbs().contains(s.token(d.dependent()).lemma())
                    && !unasserted(s, d.dependent())) {
                report(e, speakers.subject(s, d.dependent(), actors), true);
                return;
            }
        }
        String reporter = speakers.asReportedBy(s, actors);
        if (reporter != null && inTheMainClause(s, path)) {
            report(e, reporter, false);
        }
    }

    /**
     * Whether the way up from a trigger to the root passes through no modifier
     * of a noun ("a summit aimed at ending X"); a noun's own infinitive
     * ("Peru's efforts to organise a summit") is part of the clause it is in.
     */
    private static boolean inTheMainClause(Sentence s, List<Integer> path) {
        return !entersAny(s, path, "acl(?!:to$).*|nmod.*");
    }

    /** Whether a way up the tree enters a word by one of the relations at some step. */
    private static boolean entersAny(Sentence s, List<Integer> path, String relations) {
        for (int i = 0; i + 1 < path.size(); i++) {
            if (s.hangsFrom(path.get(i), path.get(i + 1), relations)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a mention under a reporting verb is the speaker's own act of
     * saying: an act done by saying (an appeal, a criticism, an endorsement),
     * or any act the speaker announces as the verb's object and is already
     * the actor of; made by the speaker or by the speaker's state ("Xi emphasized China's
     * willingness to help"), in which case the speaker is its actor; or made by
     * no one the sentence names, and not by a subject of its own ("those who
     * stay silent cannot tell us" is not the speaker telling).
     */
    private static boolean speechAct(Sentence s, EventMention e, String speaker, Actors actors, boolean announcedAct) {
        boolean doneBySaying = SPEECH_ROOTS.contains(e.code().root());
        if (speaker == null || !doneBySaying && !announcedAct) {
            return false;
        }
        Role own = e.participants().get(speaker);
        if (own != null) {
            return own != Role.TARGET && own != Role.RECIPIENT;
        }
        if (!doneBySaying) {
            return false;
        }
        String state = actors.stateOf(speaker);
        boolean forItsState = state != null && e.participants().entrySet().stream()
                .anyMatch(p -> p.getKey().equals(state) && p.getValue() != Role.TARGET && p.getValue() != Role.RECIPIENT);
        boolean noActor = e.participants().values().stream().noneMatch(r -> r != Role.TARGET && r != Role.RECIPIENT)
                && s.dependents(e.trigger()).stream().noneMatch(d -> d.relation().matches("nsubj|nsubj:pass"));
        if (forItsState || noActor) {
            e.addParticipant(speaker, Role.INITIATOR);
            if (forItsState && e.type() == SituationType.MediationOffer) {
                // "Xi emphasised China's willingness to help bring about peace": Xi offers, China would mediate
                e.participants().put(state, Role.MEDIATOR);
            }
            return true;
        }
        return false;
    }

    /** Whether a clause tells of what is to come: "it will impose", "she would comply". */
    private boolean toCome(Sentence s, int verb) {
        return s.dependents(verb).stream().anyMatch(d -> d.relation().equals("aux") && language.futureModals().contains(s.token(d.dependent()).word().toLowerCase()));
    }

    /** Whether a verb is only said to be possible, due or denied ("it must not cite a place"): no report of anything. */
    private boolean unasserted(Sentence s, int verb) {
        return s.dependents(verb).stream().anyMatch(d -> d.relation().equals("aux") && s.token(d.dependent()).tag().equals("MD")
                || language.negates(s, d));
    }

    /**
     * Whether a verb's subject is a statement, a report or the like ("the
     * Kremlin's statement highlighted ..."): a verb that only passes on content
     * then reports what it passes on, its object or complement clause (not
     * the writer's own gloss after it, "..., illustrating Beijing's role").
     */
    private boolean toldByAStatement(Sentence s, int verb) {
        return s.dependents(verb).stream().anyMatch(d -> d.relation().equals("nsubj")
                && language.reportingNouns().contains(s.token(d.dependent()).lemma()));
    }

    /** Whether a clause hangs from a reporting verb as what was said (not as, say, its reason). */
    private static boolean viaComplement(Sentence s, int clause, int verb) {
        return s.hangsFrom(clause, verb, "ccomp|parataxis|xcomp|obj|advcl");
    }

    private void report(EventMention e, String source, boolean said) {
        if (e.factuality() == Factuality.ASSERTED) {
            e.factuality(Factuality.REPORTED);
        }
        if (source != null && !source.equals(e.source())) {
            e.source(source);
        }
    }

}
