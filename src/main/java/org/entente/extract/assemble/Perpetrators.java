package org.entente.extract.assemble;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entente.claims.EventStatus;
import org.entente.claims.Factuality;
import org.entente.claims.Role;
import org.entente.extract.analyse.Dependency;
import org.entente.extract.analyse.Sentence;
import org.entente.extract.events.EventMention;
import org.entente.extract.pipeline.ArticleWork;

/**
 * Who did an act of force the story first tells with no doer: "Two bombs
 * exploded on Sunday at a market in Arequipa. ... The Front claimed
 * responsibility." The bombing is the Front's, on the Front's own word, and
 * took place when the story first told it (Sunday); the claim of
 * responsibility is about it. With "for the bombing" the noun names the act
 * and has the Front for its doer already ({@code Doers}); it is the same
 * bombing, so it takes the first telling's date and whom it was done to. Each
 * group claiming an act gets an act of its own, as each claim may be false.
 */
final class Perpetrators {
    /** The last sentence of a story's opening (headline, dateline, two sentences): the act it is about is told there. */
    private static final int LEAD = 3;
    /** Determiners by which a noun points back to an act told before. */
    private static final String THE = "the|this|that";

    private Perpetrators() {
    }

    /** Adds to the article's mentions the acts claimed by their doers, each right after the claim. */
    static void own(ArticleWork article) {
        List<EventMention> events = article.events();
        for (int i = 0; i < events.size(); i++) {
            EventMention m = events.get(i);
            if (isClaim(m)) {
                i += claimed(article, events, m, i);
            } else if (toldAgain(article, m)) {
                // "A car bomb was rammed into a base on Monday. Dozens died in the attack, carried out by the Front."
                EventMention first = firstTelling(events, m, m);
                if (first != null && first.sentence() <= LEAD && (m.code().isRootOnly() || m.code().root().equals(first.code().root()))) {
                    if (m.code().isRootOnly()) {
                        m.recode(first.code(), first.type());
                    }
                    lend(first, m);
                }
            }
        }
    }

    /**
     * A definite noun of force with a doer, but no one it was done to nor a
     * time of its own: "the attack, carried out by the Front", "the Front was
     * behind the attack", "the bombing was blamed on the Front".
     */
    private static boolean toldAgain(ArticleWork article, EventMention m) {
        return !m.entry().isVerb() && m.code().isForce() && m.date() == null && !m.isContent()
                && m.participants().values().stream().anyMatch(r -> Group.side(r) > 0)
                && m.participants().values().stream().noneMatch(r -> Group.side(r) < 0)
                && AssembleStage.determinedBy(article, m, THE);
    }

    /** A claim of responsibility told as done, with someone making it. */
    private static boolean isClaim(EventMention m) {
        return m.code().value().equals("015") && m.status() == EventStatus.OCCURRED && !claimants(m).isEmpty()
                && m.factuality() != Factuality.NEGATED && m.factuality() != Factuality.PREDICTED;
    }

    /**
     * The act a claim of responsibility at position {@code at} is about: the
     * one it names, else the first told with no doer, once for each
     * claimant. Returns how many mentions it added after the claim.
     */
    private static int claimed(ArticleWork article, List<EventMention> events, EventMention claim, int at) {
        Sentence s = article.analysis().sentences().get(claim.sentence());
        int responsibility = responsibility(s, claim.trigger());
        if (responsibility < 0) {
            return 0;
        }
        List<String> claimants = claimants(claim);
        EventMention named = namedAct(events, s, responsibility);
        EventMention first = firstTelling(events, claim, named);
        if (named != null) {
            // "claimed responsibility for the bombing": the bombing told before, on the claimant's word
            if (first != null && AssembleStage.determinedBy(article, named, THE) && named.code().root().equals(first.code().root())) {
                if (named.date() != null && named.date().equals(claim.date())) {
                    // "on Monday claimed responsibility for the bombing": the day of the claim, not of the bombing
                    named.date(null);
                }
                lend(first, named);
            }
            if (named.source() == null && named.factuality() == Factuality.ASSERTED) {
                named.source(claimants.get(0));
            }
            claim.link("theme", named);
            return 0;
        }
        if (first == null) {
            return 0;
        }
        for (String claimant : claimants) {
            EventMention act = new EventMention(claim.sentence(), claim.trigger(), first.entry());
            act.recode(first.code(), first.type());
            act.addParticipant(claimant, Role.INITIATOR);
            lend(first, act);
            act.source(claimant);
            claim.link("theme", act);
            events.add(at + 1, act);
        }
        return claimants.size();
    }

    /** The doers of a claim of responsibility, principals aside. */
    private static List<String> claimants(EventMention claim) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Role> p : claim.participants().entrySet()) {
            if (p.getValue() == Role.INITIATOR && !claim.principals().containsKey(p.getKey())) {
                out.add(p.getKey());
            }
        }
        return out;
    }

    /** The word "responsibility" or "credit" a verb of owning takes as its object, or -1. */
    private static int responsibility(Sentence s, int verb) {
        for (Dependency d : s.dependents(verb)) {
            if (d.relation().equals("obj") && s.token(d.dependent()).lemma().matches("responsibility|credit")) {
                return d.dependent();
            }
        }
        return -1;
    }

    /** The act of force "responsibility for" names in the same sentence, or null. */
    private static EventMention namedAct(List<EventMention> events, Sentence s, int responsibility) {
        for (Dependency d : s.dependents(responsibility)) {
            if (d.relation().equals("nmod:for")) {
                for (EventMention e : events) {
                    if (e.sentence() == s.index() && e.trigger() == d.dependent() && e.code().isForce()) {
                        return e;
                    }
                }
            }
        }
        return null;
    }

    /**
     * The act of violence the story tells with no doer, done or under way (not
     * planned or feared), and not the one the claim names: the first told in
     * the story's lead, the attack the story is about ("Two bombs exploded
     * ..., killing 12" is a bombing, which later sentences tell again in
     * parts); failing that, the latest told before the claim.
     */
    private static EventMention firstTelling(List<EventMention> events, EventMention claim, EventMention named) {
        EventMention latest = null;
        for (EventMention e : events) {
            boolean before = e.sentence() < claim.sentence() || e.sentence() == claim.sentence() && e.trigger() < claim.trigger();
            if (!before || e == named || e.isContent() || !e.code().isViolence() || e.status() != EventStatus.OCCURRED
                    || e.participants().values().stream().anyMatch(r -> Group.side(r) > 0)) {
                continue;
            }
            if (e.sentence() <= LEAD) {
                return e;
            }
            latest = e;
        }
        return latest;
    }

    /** What the first telling gives the act claimed: its date, and whom it was done to. */
    private static void lend(EventMention first, EventMention act) {
        if (act.date() == null) {
            act.date(first.date());
        }
        first.participants().forEach((id, role) -> {
            if (Group.side(role) < 0) {
                act.addParticipant(id, role);
            }
        });
    }
}
