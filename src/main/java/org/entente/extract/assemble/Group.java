package org.entente.extract.assemble;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.claims.DateValue;
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

    /** 1 for a source role, -1 for a target role, 0 for either side of an exchange. */
    static int side(Role r) {
        return switch (r) {
            case INITIATOR, PROPOSER, FOUNDER, SUPPLIER, SUPPORTER, MEDIATOR -> 1;
            case RECIPIENT, TARGET, BUYER, SUPPORTED, HOLDER -> -1;
            default -> 0;
        };
    }
}
