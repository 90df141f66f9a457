package fr.sillon.domain;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTextTest {
    static String written(char separator, List<?>... rows) {
        return new String(CsvText.write(separator, List.of("a", "b"), List.of(rows)), StandardCharsets.UTF_8);
    }

    @Test
    void aFileIsUtf8WithBomAndCrlfAndQuotesOnlyWhatNeedsIt() {
        assertEquals("\uFEFFa,b\r\nx,\r\n\"un, deux\",\"il dit \"\"oui\"\"\"\r\n\"a\nb\",\" espace\"\r\n",
                written(',', Arrays.asList("x", null), List.of("un, deux", "il dit \"oui\""), List.of("a\nb", " espace")));
        assertEquals("\uFEFFa;b\r\nun, deux;\"c;d\"\r\n", written(';', List.of("un, deux", "c;d")));
    }

    @Test
    void aCellThatASpreadsheetWouldRunIsWrittenAsText() {
        assertEquals("\uFEFFa;b\r\n'=SOMME(A1);'-2\r\n", written(';', List.of("=SOMME(A1)", -2)));
    }

    @Test
    void recordsAreReadWithTheLineWhereTheyStart() {
        List<Integer> unclosed = new ArrayList<>();
        List<CsvText.Line> lines = CsvText.read("a,b\r\n\"x\ny\",2\n\n3,\"q\"\"r\"\n", ',', unclosed::add);
        assertEquals(List.of(new CsvText.Line(1, List.of("a", "b")), new CsvText.Line(2, List.of("x\ny", "2")),
                new CsvText.Line(4, List.of("")), new CsvText.Line(5, List.of("3", "q\"r"))), lines);
        assertEquals(List.of(), unclosed);
    }

    @Test
    void aQuoteLeftOpenIsReportedAtTheLineOfItsRecord() {
        List<Integer> unclosed = new ArrayList<>();
        List<CsvText.Line> lines = CsvText.read("a;b\n1;2\n3;\"ouvert\n4;5\n", ';', unclosed::add);
        assertEquals(2, lines.size());
        assertEquals(List.of(3), unclosed);
    }
}
