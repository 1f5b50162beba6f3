package org.entente.claims;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The JSON spelling of the claim model's enums: lower case, named in the error when unknown. */
final class JsonEnums {
    private JsonEnums() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String name) {
        for (E value : type.getEnumConstants()) {
            if (value.name().toLowerCase(Locale.ROOT).equals(name)) {
                return value;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        throw new IllegalArgumentException("'" + name + "' is not one of: " + allowed);
    }

    static String capitalised(Enum<?> value) {
        String lower = value.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
