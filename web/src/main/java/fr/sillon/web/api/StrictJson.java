package fr.sillon.web.api;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The API's JSON-B: a whole-number field ({@code Integer}, {@code Long}) takes only a JSON number that is whole and
 * within its type's bounds ({@code "levelRank": 99999999999} or {@code 2.5} is refused, never wrapped or truncated),
 * and a text field only a JSON string. A refusal is an {@link InputRefused}: 400 with a French message naming the
 * field. Everything else is JSON-B's default.
 */
@Provider
public class StrictJson implements ContextResolver<Jsonb> {
    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withDeserializers(
            new IntegerValue(), new LongValue(), new Text()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    /** Integer from a JSON number, exactly. */
    static final class IntegerValue implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
            BigInteger n = whole(parser.getValue(), Integer.MIN_VALUE, Integer.MAX_VALUE);
            return n == null ? null : n.intValue();
        }
    }

    /** Long from a JSON number, exactly. */
    static final class LongValue implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
            BigInteger n = whole(parser.getValue(), Long.MIN_VALUE, Long.MAX_VALUE);
            return n == null ? null : n.longValue();
        }
    }

    /** String from a JSON string only (a number or a boolean where a text is expected is refused). */
    static final class Text implements JsonbDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
            JsonValue v = parser.getValue();
            if (v.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            if (v instanceof JsonString s) {
                return s.getString();
            }
            throw new InputRefused("un texte entre guillemets est attendu, pas " + what(v) + ".");
        }
    }

    private static BigInteger whole(JsonValue v, long min, long max) {
        if (v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(v instanceof JsonNumber number)) {
            throw new InputRefused("un nombre entier est attendu, pas " + what(v) + ".");
        }
        BigDecimal value = number.bigDecimalValue();
        BigInteger whole;
        try {
            whole = value.toBigIntegerExact();
        } catch (ArithmeticException e) {
            throw new InputRefused("un nombre entier est attendu, pas " + InputRefused.shorten(value.toPlainString()) + ".");
        }
        if (whole.compareTo(BigInteger.valueOf(min)) < 0 || whole.compareTo(BigInteger.valueOf(max)) > 0) {
            throw new InputRefused("le nombre " + InputRefused.shorten(whole.toString())
                    + " est hors des bornes acceptées (" + min + " à " + max + ").");
        }
        return whole;
    }

    private static String what(JsonValue v) {
        return switch (v.getValueType()) {
            case STRING -> "le texte « " + InputRefused.shorten(((JsonString) v).getString()) + " »";
            case NUMBER -> "le nombre " + InputRefused.shorten(((JsonNumber) v).bigDecimalValue().toPlainString());
            case TRUE, FALSE -> "un booléen";
            case OBJECT -> "un objet";
            case ARRAY -> "une liste";
            default -> "cette valeur";
        };
    }
}
