package fr.sillon.web.infra;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ResourceBundle;

/**
 * Every {@link LocalDate} of the pages, shown and typed as {@code dd/MM/yyyy} (the one date pattern of the screens):
 * a page writes {@code <h:outputText value="#{x.date()}"/>} and no converter. A page that wants another form (a long
 * date) still nests its own {@code f:convertDateTime}.
 */
@FacesConverter(forClass = LocalDate.class)
public class LocalDateConverter implements Converter<LocalDate> {
    public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip(), FORMAT);
        } catch (DateTimeParseException e) {
            String text = ResourceBundle.getBundle("fr.sillon.web.faces", context.getViewRoot().getLocale())
                    .getString("jakarta.faces.converter.DateTimeConverter.DATE");
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return value == null ? "" : FORMAT.format(value);
    }
}
