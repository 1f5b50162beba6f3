package org.entente.extract.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.claims.CameoCode;
import org.entente.claims.DateValue;
import org.entente.claims.EventStatus;
import org.entente.claims.Factuality;
import org.entente.claims.Role;
import org.entente.claims.SituationType;
import org.entente.extract.analyse.Sentence;

/**
 * One mention of an event in a sentence, filled in stage by stage: found by
 * its trigger (events), given participants (roles), links to other mentions
 * (links), then factuality, source, status and date (factuality). Worked on by
 * one thread, within one article.
 */
public final class EventMention {
    private final int sentence;
    private final int trigger;
    private final EventEntry entry;
    private CameoCode code;
    private SituationType type;
    private final Map<String, Role> participants = new LinkedHashMap<>();
    /** Participants that take part only through one acting for them: the state, and who acts for it. */
    private final Map<String, String> principals = new LinkedHashMap<>();
    private final List<Link> links = new ArrayList<>();
    private Factuality factuality = Factuality.ASSERTED;
    private String source;
    private EventStatus status = EventStatus.OCCURRED;
    private DateValue date;
    private String purpose;
    /** Mentions that exist only as the content of another act (a demand's content) are kept out of the claims. */
    private boolean content;

    /** A link from this mention to another mention of the article, or to an entity. */
    public record Link(String kind, EventMention to, String entity) {
    }

    public EventMention(int sentence, int trigger, EventEntry entry) {
        this.sentence = sentence;
        this.trigger = trigger;
        this.entry = entry;
        this.code = entry.cameo();
        this.type = entry.eventType();
    }

    /** Another mention of the same trigger, as found and coded, before any roles are given: one act of several told as one. */
    public EventMention copy() {
        EventMention c = new EventMention(sentence, trigger, entry);
        c.code = code;
        c.type = type;
        c.content = content;
        return c;
    }

    public int sentence() {
        return sentence;
    }

    public int trigger() {
        return trigger;
    }

    public EventEntry entry() {
        return entry;
    }

    public CameoCode code() {
        return code;
    }

    public SituationType type() {
        return type;
    }

    /** Recodes the mention, as when a governing verb makes "meet" the content of an offer. */
    public void recode(CameoCode code, SituationType type) {
        this.code = code;
        this.type = type;
    }

    public Map<String, Role> participants() {
        return participants;
    }

    public void addParticipant(String entity, Role role) {
        participants.putIfAbsent(entity, role);
    }

    /**
     * A participant acts for another ("Chinese President Xi Jinping" for
     * China): the other takes part too, in the same role, unless it already
     * does in its own right.
     */
    public void actsFor(String agent, String principal) {
        Role role = participants.get(agent);
        if (role != null && !participants.containsKey(principal)) {
            participants.put(principal, role);
            principals.put(principal, agent);
        }
    }

    /** The participants that take part only through one acting for them, each with the one acting for it. */
    public Map<String, String> principals() {
        return principals;
    }

    public List<Link> links() {
        return links;
    }

    public void link(String kind, EventMention to) {
        if (to != this && links.stream().noneMatch(l -> l.kind().equals(kind) && l.to() == to)) {
            links.add(new Link(kind, to, null));
        }
    }

    public void linkEntity(String kind, String entity) {
        if (links.stream().noneMatch(l -> l.kind().equals(kind) && entity.equals(l.entity()))) {
            links.add(new Link(kind, null, entity));
        }
    }

    public Factuality factuality() {
        return factuality;
    }

    public void factuality(Factuality f) {
        this.factuality = f;
    }

    public String source() {
        return source;
    }

    public void source(String source) {
        this.source = source;
    }

    public EventStatus status() {
        return status;
    }

    public void status(EventStatus status) {
        this.status = status;
    }

    public DateValue date() {
        return date;
    }

    public void date(DateValue date) {
        this.date = date;
    }

    public String purpose() {
        return purpose;
    }

    public void purpose(String purpose) {
        this.purpose = purpose;
    }

    /**
     * Whether a verb carries this noun's event as its light verb, the noun its
     * object: "attended the summit", "host a summit".
     */
    public boolean carriedBy(Sentence s, int verb) {
        return !entry.isVerb() && entry.light().contains(s.token(verb).lemma())
                && s.dependents(verb).stream().anyMatch(d -> d.dependent() == trigger && d.relation().equals("obj"));
    }

    public boolean isContent() {
        return content;
    }

    public void markContent() {
        this.content = true;
    }

    @Override
    public String toString() {
        return code.value() + "@" + sentence + ":" + trigger + participants;
    }
}
