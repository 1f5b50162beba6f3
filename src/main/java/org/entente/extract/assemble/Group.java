package org.entente.extract.assemble;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.claims.CameoCode;
import org.entente.claims.DateValue;
import org.entente.claims.Participant;
import org.entente.claims.Role;
import org.entente.claims.SituationType;
import org.entente.extract.analyse.Sentence;
import org.entente.extract.events.EventMention;

/** Mentions of one event, and the participants and date they give it together. Lives for one article. */
final class Group {
    final List<EventMention> mentions = new ArrayList<>();
    final Map<String, Role> participants = new LinkedHashMap<>();
    DateValue date;
    String id;

    String root() {
        return mentions.get(0).code().root();
    }

    /**
     * Whether a mention is of an event already gathered: dates that do not
     * clash, and either a talk among exactly the sides of an earlier call
     * ("had a phone conversation with Erdogan ... after Trump spoke with
     * Erdogan") or the same root, no actor on one side in one and on the
     * other in the other, and the actors of one among those of the other
     * (in an exchange, one acting for a state of the other counting as
     * that state);
     * never one told as happening elsewhere ("In other parts of the city,
     * the police used tear gas").
     */
    boolean takes(EventMention m, Sentence told) {
        EventMention first = mentions.get(0);
        if (first.sentence() != m.sentence() && elsewhere(told, m.trigger())) {
            return false;
        }
        if (date != null && m.date() != null && !date.value().equals(m.date().value())) {
            return false;
        }
        if (first.type() == SituationType.PhoneCall && m.type() == SituationType.Meeting && m.status() == first.status()) {
            return m.participants().keySet().equals(participants.keySet());
        }
        if (first.type() != m.type() || !compatible(first.code(), m.code())) {
            return false;
        }
        for (var p : m.participants().entrySet()) {
            Role other = participants.get(p.getKey());
            if (other != null && side(other) * side(p.getValue()) < 0) {
                return false;
            }
        }
        // "the presidents of Peru and Chile met ... Peruvian President Arancibia hosted the meeting": in an exchange,
        // one acting for a state already there is that state's side, not a new one
        Set<String> a = new LinkedHashSet<>(m.participants().keySet());
        Set<String> b = participants.keySet();
        if (m.entry().isSymmetric()) {
            m.principals().forEach((state, agent) -> {
                if (b.contains(state) && !b.contains(agent)) {
                    a.remove(agent);
                }
            });
        }
        return (b.containsAll(a) || a.containsAll(b)) && a.stream().anyMatch(b::contains);
    }

    /** Codes of one event: the same, or one the general code of the other's category ("190" and "195"). */
    static boolean compatible(CameoCode a, CameoCode b) {
        return a.equals(b) || a.root().equals(b.root()) && (a.isRootOnly() || b.isRootOnly());
    }

    /** Whether a word is said to happen elsewhere: "elsewhere", "in other parts", "in another city". */
    private static boolean elsewhere(Sentence s, int word) {
        return s.dependents(word).stream().anyMatch(d -> d.relation().equals("advmod") && s.token(d.dependent()).lemma().equals("elsewhere")
                || d.relation().startsWith("obl") && s.dependents(d.dependent()).stream()
                        .anyMatch(x -> x.relation().matches("amod|det") && s.token(x.dependent()).lemma().matches("other|another")));
    }

    /**
     * The participants to record from roles gathered over mentions. A state
     * that takes part only through those acting for it, in every mention that
     * names it ("Chinese President Xi Jinping called"), is recorded on them as
     * the one they act for, not as a participant of its own.
     */
    static List<Participant> recorded(Map<String, Role> roles, List<EventMention> mentions) {
        Map<String, String> actingFor = new LinkedHashMap<>();
        Set<String> throughOthers = new LinkedHashSet<>();
        for (String id : roles.keySet()) {
            boolean named = mentions.stream().anyMatch(m -> m.participants().containsKey(id) && !m.principals().containsKey(id));
            List<String> agents = mentions.stream().map(m -> m.principals().get(id)).filter(a -> a != null && roles.containsKey(a))
                    .distinct().toList();
            if (!named && !agents.isEmpty()) {
                throughOthers.add(id);
                agents.forEach(a -> actingFor.putIfAbsent(a, id));
            }
        }
        List<Participant> out = new ArrayList<>();
        roles.forEach((id, role) -> {
            if (!throughOthers.contains(id)) {
                out.add(new Participant(id, role, actingFor.get(id)));
            }
        });
        return out;
    }

    /** 1 for a source role, -1 for a target role, 0 for either side of an exchange. */
    static int side(Role r) {
        return switch (r) {
            case INITIATOR, PROPOSER, FOUNDER, SUPPLIER, SUPPORTER, MEDIATOR -> 1;
            case RECIPIENT, TARGET, BUYER, SUPPORTED, HOLDER -> -1;
            default -> 0;
        };
    }
}
