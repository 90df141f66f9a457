package fr.sillon.ejb.shared;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Typed reading of the cells of native query rows ({@code Object[]}): the JDBC driver answers numbers as any
 * {@link Number}, booleans as {@link Boolean} or a number, dates as {@code java.sql} or {@code java.time} types.
 */
public final class Rows {
    private Rows() {
    }

    public static long num(Object o) {
        return ((Number) o).longValue();
    }

    /** A nullable number. */
    public static Long numOrNull(Object o) {
        return o == null ? null : ((Number) o).longValue();
    }

    public static boolean bool(Object o) {
        return o instanceof Boolean b ? b : ((Number) o).intValue() != 0;
    }

    public static LocalDate date(Object o) {
        if (o == null || o instanceof LocalDate) {
            return (LocalDate) o;
        }
        if (o instanceof Date d) {
            return d.toLocalDate();
        }
        if (o instanceof java.util.Date d) {
            return new Date(d.getTime()).toLocalDate();
        }
        return LocalDate.parse(o.toString());
    }

    public static LocalDateTime dateTime(Object o) {
        if (o == null || o instanceof LocalDateTime) {
            return (LocalDateTime) o;
        }
        if (o instanceof Timestamp t) {
            return t.toLocalDateTime();
        }
        if (o instanceof java.util.Date d) {
            return new Timestamp(d.getTime()).toLocalDateTime();
        }
        return LocalDateTime.parse(o.toString().replace(' ', 'T'));
    }
}
