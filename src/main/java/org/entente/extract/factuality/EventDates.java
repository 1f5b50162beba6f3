package org.entente.extract.factuality;

import java.util.ArrayList;
import java.util.List;
import org.entente.claims.DateValue;
import org.entente.extract.analyse.Dependency;
import org.entente.extract.analyse.Sentence;
import org.entente.extract.analyse.Token;
import org.entente.extract.events.EventMention;
import org.entente.extract.pipeline.ArticleWork;
import org.entente.extract.pipeline.Language;
import org.entente.extract.time.TemporalExpression;

/**
 * When an event mention happened: the time expression that governs its
 * clause, read on the same way up from the trigger as its factuality
 * ("talks on Monday", "signed the deal in 2019"), as a day, month or year.
 */
final class EventDates {
    private EventDates() {
    }

    /** The arcs by which a verb takes a time: "in 2007", "on Monday", "Monday", "yesterday". */
    private static final String TIME_ARCS = "obl.*|nmod:tmod|advmod";
    /** The arcs by which a time only bounds an act: "before election day", "until March", "by Friday". */
    private static final String BOUND_ARCS = "(obl|nmod):(before|until|till|prior_to|ahead_of|by|pending)";

    /** The date of the time expression that depends on the trigger or on a word governing it within its clause. */
    static void anchor(ArticleWork article, Sentence s, EventMention e, List<Integer> path, Language language) {
        List<TemporalExpression> here = article.times().stream()
                .filter(x -> x.start() >= s.begin() && x.end() <= s.end()).toList();
        if (here.isEmpty()) {
            return;
        }
        for (Dependency up : s.heads(e.trigger())) {
            // "the vote was on Monday", and so the parser reads "A car bomb was on Monday rammed into ..."
            if (up.head() >= 0 && up.relation().equals("nsubj") && s.dependents(up.head()).stream().anyMatch(d -> d.relation().equals("cop"))) {
                DateValue v = at(article, here, s.token(up.head()));
                if (v != null) {
                    e.date(v);
                    return;
                }
            }
            if (up.head() >= 0 && up.relation().equals("nmod:of")) {
                DateValue v = at(article, here, s.token(up.head()));
                if (v != null) {
                    e.date(v);
                    return;
                }
            }
        }
        for (int i = 0; i < path.size() && i < 3; i++) {
            int t = path.get(i);
            if (i == 1 && cited(s, e, t)) {
                // "citing the government's crackdown": what is cited, condemned or welcomed is not done when it is
                return;
            }
            if (i == 1 && s.heads(path.get(0)).stream().anyMatch(d -> d.head() == t && language.onBehalf(s, d))) {
                // "at the request of Peru, Chile closed the border on Monday": the request came before, on a day untold
                return;
            }
            // "passed a resolution condemning X": a trigger that is a participle describing a text is told when
            // the text was passed or issued, so the way up goes on through it; not "cited a 2019 report accusing X"
            boolean describing = i == 1 && s.token(path.get(0)).tag().equals("VBG")
                    && s.heads(path.get(0)).stream().allMatch(d -> d.relation().equals("acl"))
                    && path.size() > 2 && language.issuingVerbs().contains(s.token(path.get(2)).lemma());
            // "voted yesterday on a resolution to expel ...": the act a text is for is told when the text is voted on
            boolean textFor = i == 1 && s.heads(path.get(0)).stream().anyMatch(d -> d.head() == t && d.relation().equals("acl:to"))
                    && s.heads(t).stream().anyMatch(d -> d.head() >= 0 && d.relation().matches("obj|obl:(on|for)")
                            && (s.token(d.head()).lemma().equals("vote") || language.issuingVerbs().contains(s.token(d.head()).lemma())));
            if (i > 0 && !describing && !textFor && s.token(path.get(i - 1)).isVerb() && s.heads(path.get(i - 1)).stream()
                    .anyMatch(d -> d.relation().matches("ccomp|parataxis|advcl.*|acl.*|conj.*"))) {
                // "on February 20, when Peru closed the border": a clause said of a time happened then
                int clause = path.get(i - 1);
                s.heads(clause).stream().filter(d -> d.head() >= 0 && d.relation().startsWith("acl:relcl"))
                        .map(d -> at(article, here, s.token(d.head()))).filter(v -> v != null).findFirst().ifPresent(e::date);
                return;
            }
            List<Integer> around = new ArrayList<>();
            List<Integer> onThePlace = new ArrayList<>();
            for (Dependency d : s.dependents(t)) {
                if (i == 0 && d.relation().matches("obl:(outside|in|at|near|to)")) {
                    // "protested outside the embassy in Lima on Thursday": the parser hangs the day on the place
                    s.dependents(d.dependent()).stream().filter(o -> o.relation().matches("nmod:(on|tmod)"))
                            .forEach(o -> onThePlace.add(o.dependent()));
                }
                // "the December 31 attack": a date set before the noun
                if (d.relation().matches("nmod.*|" + TIME_ARCS)
                        || i == 0 && d.relation().matches("compound|amod") && !s.token(t).isVerb()) {
                    around.add(d.dependent());
                } else if (i == 0 && d.relation().startsWith("acl") && e.entry().light().contains(s.token(d.dependent()).lemma())) {
                    // "the martial law imposed by Marcos in 1972", "the deal that was signed in 2015": the noun's own verb
                    for (Dependency o : s.dependents(d.dependent())) {
                        if (o.relation().matches(TIME_ARCS)) {
                            around.add(o.dependent());
                        }
                        if (o.relation().equals("advmod") && s.token(o.dependent()).lemma().equals("back")) {
                            // "back in 1972"
                            s.dependents(o.dependent()).stream().filter(b -> b.relation().startsWith("obl"))
                                    .forEach(b -> around.add(b.dependent()));
                        }
                    }
                } else if (i == 0 && d.relation().equals("obj")) {
                    s.dependents(d.dependent()).stream().filter(o -> o.relation().matches("nmod:(in|on|tmod)|nmod:tmod"))
                            .forEach(o -> around.add(o.dependent()));
                }
            }
            around.addAll(onThePlace);
            if (s.token(t).isVerb()) {
                around.addAll(circumstances(s, t, language));
            }
            for (int k : around) {
                if (s.hangsFrom(k, t, BOUND_ARCS)) {
                    continue;
                }
                DateValue v = at(article, here, s.token(k));
                if (v == null) {
                    v = ofOccasion(article, here, s, t, k);
                }
                if (v != null) {
                    e.date(v);
                    return;
                }
            }
        }
        int top = path.get(path.size() - 1);
        if (path.size() <= 3 && s.token(top).isVerb()) {
            s.heads(top).stream().filter(d -> d.head() >= 0 && d.relation().startsWith("conj")).findFirst()
                    .map(d -> fronted(article, here, s, d.head())).ifPresent(e::date);
        }
    }

    /**
     * Whether a noun trigger is the object of a participle that only refers to
     * it ("citing the crackdown", "accusing him of the attack"): the
     * participle's time is not the act's. A light verb of the noun ("holding
     * talks") carries it, and its time is the act's.
     */
    private static boolean cited(Sentence s, EventMention e, int verb) {
        return !e.entry().isVerb() && s.token(verb).tag().equals("VBG") && !e.entry().light().contains(s.token(verb).lemma())
                && s.heads(e.trigger()).stream().anyMatch(d -> d.head() == verb && d.relation().matches("obj|obl:of"));
    }

    /**
     * Times told of what surrounds a verb rather than of the verb itself: a
     * participle of its subject's ("Speaking on Wednesday, X urged ...", "X,
     * speaking to reporters on Thursday, rejected ..."), a day the parser hung
     * on the subject ("The Assembly on Thursday passed") or, told last, on a
     * participle of the object ("arrested two men suspected of sabotage on
     * Monday"), or the statement or
     * interview the act was made in or is told by ("In a statement on
     * Tuesday, Bolivia condemned ...", "in a statement issued Wednesday",
     * "according to a statement on Thursday"). They come after the
     * verb's own times.
     */
    private static List<Integer> circumstances(Sentence s, int verb, Language language) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : s.dependents(verb)) {
            int k = d.dependent();
            if (d.relation().matches("advcl|dep") && s.token(k).tag().equals("VBG")) {
                timesOf(s, k, out);
            } else if (d.relation().equals("obj")) {
                // "arrested two men suspected of sabotage on Monday": the parser hangs the day, told last, on a
                // participle of the object; not "a diplomat accused in 2019 of spying", the participle's own time
                s.dependents(k).stream().filter(o -> o.relation().equals("acl") && s.token(o.dependent()).tag().equals("VBN"))
                        .forEach(o -> lastTimeOf(s, o.dependent(), out));
            } else if (d.relation().equals("nsubj")) {
                s.dependents(k).stream().filter(a -> a.relation().equals("acl") && s.token(a.dependent()).tag().equals("VBG"))
                        .forEach(a -> timesOf(s, a.dependent(), out));
                // "The Assembly on Thursday passed ...": the parser hangs the day on the subject
                s.dependents(k).stream().filter(a -> a.relation().matches("nmod:(on|tmod)") && a.dependent() > k)
                        .forEach(a -> out.add(a.dependent()));
            } else if (d.relation().matches("obl:(in|at|according_to)") && language.sayingOccasions().contains(s.token(k).lemma())) {
                for (Dependency n : s.dependents(k)) {
                    if (n.relation().matches("nmod:(on|in|tmod)")) {
                        out.add(n.dependent());
                    } else if (n.relation().equals("acl") && s.token(n.dependent()).tag().equals("VBN")) {
                        timesOf(s, n.dependent(), out);
                    }
                }
            }
        }
        return out;
    }

    /** The last word a verb takes, when it takes it as a time: "suspected of sabotage on Monday", not "accused in 2019 of spying". */
    private static void lastTimeOf(Sentence s, int verb, List<Integer> out) {
        s.dependents(verb).stream().filter(d -> !d.relation().equals("punct")).max(java.util.Comparator.comparingInt(Dependency::dependent))
                .filter(d -> d.dependent() > verb && d.relation().matches(TIME_ARCS) && !d.relation().matches(BOUND_ARCS))
                .ifPresent(d -> out.add(d.dependent()));
    }

    /** The words by which a verb takes a time. */
    private static void timesOf(Sentence s, int verb, List<Integer> out) {
        s.dependents(verb).stream().filter(o -> o.relation().matches(TIME_ARCS) && !o.relation().matches(BOUND_ARCS))
                .forEach(o -> out.add(o.dependent()));
    }

    /**
     * A time set before the first of joined verbs, which speaks for all of
     * them: "In 2007, X labeled Y a terrorist and levied sanctions against
     * him" dates the sanctions too; "X met Y on Monday and will visit Z"
     * does not date the visit.
     */
    private static DateValue fronted(ArticleWork article, List<TemporalExpression> here, Sentence s, int verb) {
        for (Dependency d : s.dependents(verb)) {
            if (d.dependent() < verb && d.relation().matches(TIME_ARCS)) {
                DateValue v = at(article, here, s.token(d.dependent()));
                if (v != null) {
                    return v;
                }
            }
        }
        return null;
    }

    /**
     * The date set before the noun of an occasion the act took place at: "voted
     * in a 2016 referendum", "agreed at the 2019 summit".
     */
    private static DateValue ofOccasion(ArticleWork article, List<TemporalExpression> here, Sentence s, int verb, int noun) {
        if (!s.hangsFrom(noun, verb, "obl:(in|at|during)")) {
            return null;
        }
        return s.dependents(noun).stream().filter(d -> d.dependent() < noun && d.relation().matches("nummod|compound|amod"))
                .map(d -> at(article, here, s.token(d.dependent()))).filter(v -> v != null).findFirst().orElse(null);
    }

    /** The date of the time expression a token is part of, if any. */
    private static DateValue at(ArticleWork article, List<TemporalExpression> here, Token token) {
        for (TemporalExpression x : here) {
            if (x.overlaps(token.begin(), token.end())) {
                DateValue v = value(article, x);
                if (v != null) {
                    return v;
                }
            }
        }
        return null;
    }

    /**
     * A TIMEX3 value as a claims date (day, month or year), with the article's own words.
     * A time gives its day; durations and sets name no date.
     */
    private static DateValue value(ArticleWork article, TemporalExpression x) {
        String v = switch (x.type()) {
            case DATE -> x.value();
            case TIME -> x.value().substring(0, Math.max(0, x.value().indexOf('T')));
            case DURATION, SET -> null;
        };
        if (v == null || !v.matches("[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?")) {
            return null;
        }
        try {
            return new DateValue(v, article.text().substring(x.start(), x.end()));
        } catch (IllegalArgumentException ex) {
            return null;
        }
    }
}
