package org.entente.extract.assemble;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.claims.DateValue;
import org.entente.claims.Participant;
import org.entente.claims.Role;
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
