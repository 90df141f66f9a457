package fr.sillon.web.funding;

import java.io.ByteArrayInputStream;
import java.util.function.Supplier;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** One way to hand a generated file to the browser. */
final class Downloads {
    static final String CSV = "text/csv; charset=UTF-8";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PDF = "application/pdf";

    private Downloads() {
    }

    static StreamedContent of(String name, String type, Supplier<byte[]> bytes) {
        return DefaultStreamedContent.builder().name(name).contentType(type)
                .stream(() -> new ByteArrayInputStream(bytes.get())).build();
    }
}
