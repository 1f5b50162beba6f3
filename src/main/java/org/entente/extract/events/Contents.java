package org.entente.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entente.claims.CameoCode;
import org.entente.claims.SituationType;
import org.entente.extract.analyse.Dependency;
import org.entente.extract.analyse.Sentence;
import org.entente.extract.pipeline.Language;

/**
 * What appeals, intents, demands, rejections and threats are about: the
 * event in their complement, which is then only their content, and the
 * subcategory it gives them ("urged Russia to negotiate" is 026, "threatened
 * sanctions" 131).
 */
final class Contents {
    /** Subcategory digits of the appeal (02), intent (03) and demand (10) families, by the root of the content. */
    private static final Map<String, String> REQUEST_SUB = Map.of("06", "1", "05", "2", "07", "3", "08", "5", "04", "6");
    /** Subcategory digits of rejections (12), by the root of what is rejected. */
    private static final Map<String, String> REJECT_SUB = Map.of("06", "1", "07", "2", "08", "4", "04", "5");
    /** Subcategory digits of threats (13), by the root of what is threatened. */
    private static final Map<String, String> THREAT_SUB = Map.of("16", "1", "17", "2", "14", "3", "18", "8", "19", "8", "20", "8");

    private final Language language;

    Contents(Language language) {
        this.language = language;
    }

    /**
     * Gives an appeal, intent, demand, rejection or threat the subcategory of
     * the event it is about (its complement), and marks that event as content.
     */
    void compose(Sentence s, EventMention governor, String family, EventMention content) {
        if (content == null) {
            return;
        }
        boolean rejectedThing = family.equals("rejection") && isObject(s, governor, content);
        if (!rejectedThing) {
            content.markContent();
        }
        governor.link("theme", content);
        String root = content.code().root();
        String digit = switch (family) {
            // "offered to mediate", "its willingness to assist in achieving a peaceful resolution": to mediate oneself
            case "intent" -> content.code().value().startsWith("045") || helpsTowardsPeace(s, content) ? "9"
                    : REQUEST_SUB.getOrDefault(root, "0");
            case "appeal", "demand" -> content.code().value().startsWith("045") ? "8"
                    : content.code().value().startsWith("080") ? "4"
                    : REQUEST_SUB.getOrDefault(root, "0");
            case "rejection" -> content.code().value().startsWith("045") ? "6"
                    : content.code().value().matches("057|037") ? "7" : REJECT_SUB.getOrDefault(root, "0");
            case "threat" -> content.code().value().startsWith("164") ? "4" : content.code().value().startsWith("166") ? "6"
                    : content.code().value().startsWith("175") ? "7" : THREAT_SUB.getOrDefault(root, "0");
            default -> "0";
        };
        if (digit.equals("0")) {
            return;
        }
        String base = governor.code().value().substring(0, 2);
        CameoCode code = CameoCode.of(base + digit);
        // "039" is an offer to mediate whatever the entry's own type
        SituationType type = SituationType.ownerOf(code)
                .orElse(governor.entry().type() != null ? governor.entry().type() : SituationType.ofRoot(code.root()));
        governor.recode(code, type);
    }

    /**
     * Whether help or aid is given towards peace between others: "to assist in
     * achieving a peaceful resolution", "to help end the conflict". Offering it
     * is offering to mediate.
     */
    private boolean helpsTowardsPeace(Sentence s, EventMention content) {
        if (!content.code().root().equals("07") && !content.code().root().equals("06")) {
            return false;
        }
        List<Integer> near = new ArrayList<>();
        for (Dependency d : s.dependents(content.trigger())) {
            if (d.relation().matches("obj|xcomp|advcl.*|obl.*")) {
                near.add(d.dependent());
                s.dependents(d.dependent()).stream().filter(o -> o.relation().matches("obj|amod|compound")).forEach(o -> near.add(o.dependent()));
            }
        }
        return near.stream().anyMatch(k -> language.peaceWords().contains(s.token(k).lemma()));
    }

    /** Whether the content is the governor's direct object ("rejected the offer"): an event of its own. */
    private static boolean isObject(Sentence s, EventMention governor, EventMention content) {
        return s.dependents(governor.trigger()).stream()
                .anyMatch(d -> d.dependent() == content.trigger() && d.relation().equals("obj"));
    }

    /**
     * The event a governing word is about: a trigger in its complement, in
     * the noun it is "for" or "of", or in what a governing noun is said to
     * include or to be; failing those, for all but promises and
     * agreements, the noun event that the complement's verb carries ("offered
     * to host a summit").
     */
    static EventMention contentOf(Sentence s, EventMention governor, List<EventMention> found) {
        for (Dependency d : s.heads(governor.trigger())) {
            if (d.relation().equals("nsubj:xsubj")) {
                for (EventMention e : found) {
                    if (e != governor && e.trigger() == d.head()) {
                        return e;
                    }
                }
            }
            if (d.relation().equals("nsubj") && d.head() >= 0 && !governor.entry().isVerb()) {
                // "their demands include dissolving parliament", "the proposal was a ceasefire": what it holds is its content
                boolean holds = s.token(d.head()).lemma().matches("include|involve|be");
                for (EventMention e : found) {
                    // "Chile's demand was a violation of the treaty" judges the demand; it does not tell what it asks
                    if (e != governor && !e.code().isJudgement() && (e.trigger() == d.head() && s.dependents(d.head()).stream().anyMatch(c -> c.relation().equals("cop"))
                            || holds && s.dependents(d.head()).stream().anyMatch(c -> c.dependent() == e.trigger()
                                    && c.relation().matches("xcomp|obj|ccomp|dep")))) {
                        return e;
                    }
                }
            }
        }
        for (Dependency d : s.dependents(governor.trigger())) {
            if (d.relation().matches("xcomp|ccomp|obj|nmod:for|nmod:of|obl:for|acl(:.*)?|obl:to|nmod:to")) {
                for (EventMention e : found) {
                    if (e != governor && e.trigger() == d.dependent()) {
                        return e;
                    }
                }
            }
        }
        // "offered to host a summit", "refused to attend the talks": the event the complement's verb carries;
        // not what is promised or agreed ("agreed to deepen their cooperation" is a plan of its own)
        boolean promised = governor.entry().governs().equals("intent") && !s.token(governor.trigger()).lemma().matches("offer|propose");
        if (promised) {
            return null;
        }
        List<Integer> complements = new ArrayList<>();
        s.dependents(governor.trigger()).stream().filter(d -> d.relation().matches("xcomp|acl(:.*)?")).forEach(d -> complements.add(d.dependent()));
        s.heads(governor.trigger()).stream().filter(d -> d.relation().equals("nsubj:xsubj")).forEach(d -> complements.add(d.head()));
        for (int c : complements) {
            for (EventMention e : found) {
                if (e != governor && s.token(c).isVerb() && e.carriedBy(s, c)) {
                    return e;
                }
            }
        }
        return null;
    }
}
