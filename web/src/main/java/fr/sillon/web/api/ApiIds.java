package fr.sillon.web.api;

import java.math.BigDecimal;

/** Record ids in JSON bodies: whole numbers from 1 to {@link Long#MAX_VALUE}, never wrapped nor rounded (issue 14). */
final class ApiIds {
    private ApiIds() {
    }

    /** The id, or null when {@code value} is missing, not whole, not positive or too large for a {@code long}. */
    static Long id(BigDecimal value) {
        if (value == null || value.signum() <= 0) {
            return null;
        }
        try {
            return value.longValueExact();
        } catch (ArithmeticException notAWholeLong) {
            return null;
        }
    }
}
