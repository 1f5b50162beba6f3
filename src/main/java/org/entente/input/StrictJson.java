package org.entente.input;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one way entente reads JSON it is given (claims, gazetteer, article
 * metadata, JSON Lines corpora): unknown fields, duplicate keys,
 * trailing text and nulls for numbers are errors, and no value changes kind on
 * the way in: {@code "25"} is not a number, {@code 25.5} not an integer,
 * {@code 12345} not a string, {@code "0.5"} not a fraction.
 */
public final class StrictJson {
    /** The mapper every reader of entente's JSON uses; safe to share once built. */
    public static final JsonMapper MAPPER = builder().build();

    private StrictJson() {
    }

    /** A new mapper with the strict reading rules (and indented writing). */
    public static JsonMapper.Builder builder() {
        JsonMapper.Builder b = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .enable(SerializationFeature.INDENT_OUTPUT);
        b.withCoercionConfig(LogicalType.Textual, c -> {
            c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
            c.setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
            c.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        });
        b.withCoercionConfig(LogicalType.Integer, c -> {
            c.setCoercion(CoercionInputShape.String, CoercionAction.Fail);
            c.setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        });
        b.withCoercionConfig(LogicalType.Float, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail));
        return b;
    }
}
