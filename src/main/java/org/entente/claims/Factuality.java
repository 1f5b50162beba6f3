package org.entente.claims;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How firmly the article commits to a claim; each matches an {@code ent:Factuality} individual. */
public enum Factuality {
    /** Stated as fact in the article's own voice. */
    ASSERTED,
    /** Stated as fact on the word of a named source. */
    REPORTED,
    /** Presented as possible or likely. */
    HEDGED,
    /** Expected to hold in the future. */
    PREDICTED,
    /** Stated not to hold. */
    NEGATED;

    @JsonValue
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Factuality fromJson(String name) {
        return JsonEnums.parse(Factuality.class, name);
    }

    public String localName() {
        return JsonEnums.capitalised(this);
    }
}
