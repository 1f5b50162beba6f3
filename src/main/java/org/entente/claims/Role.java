package org.entente.claims;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The part an agent plays in a situation; each matches an {@code ent:Role} individual of the same name. */
public enum Role {
    INITIATOR, RECIPIENT, PARTICIPANT, MEDIATOR, PROPOSER, FOUNDER, MEMBER,
    TARGET, SUPPLIER, BUYER, SUPPORTER, SUPPORTED, HOLDER;

    @JsonValue
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Role fromJson(String name) {
        return JsonEnums.parse(Role.class, name);
    }

    /** The local name of the ontology individual, e.g. {@code Initiator}. */
    public String localName() {
        return JsonEnums.capitalised(this);
    }
}
