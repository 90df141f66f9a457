package fr.sillon.web.infra;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LocalDateConverterTest {
    final LocalDateConverter converter = new LocalDateConverter();

    @Test
    void showsAndReadsTheDayMonthYearOfThePages() {
        assertEquals("05/01/2027", converter.getAsString(null, null, LocalDate.of(2027, 1, 5)));
        assertEquals(LocalDate.of(2027, 1, 5), converter.getAsObject(null, null, " 05/01/2027 "));
        assertEquals("", converter.getAsString(null, null, null));
        assertNull(converter.getAsObject(null, null, ""));
    }

    @Test
    void theFormatIsStrict() {
        assertThrows(java.time.format.DateTimeParseException.class,
                () -> LocalDate.parse("31/02/2027", LocalDateConverter.FORMAT));
        assertThrows(java.time.format.DateTimeParseException.class,
                () -> LocalDate.parse("2027-01-05", LocalDateConverter.FORMAT));
    }
}
