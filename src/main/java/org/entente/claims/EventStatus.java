package org.entente.claims;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Whether an event has happened, is under way, or is still to come; matches {@code ent:EventStatus}. */
public enum EventStatus {
    OCCURRED, ONGOING, PLANNED;

    @JsonValue
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static EventStatus fromJson(String name) {
        return JsonEnums.parse(EventStatus.class, name);
    }

    public String localName() {
        return JsonEnums.capitalised(this);
    }
}
