package fr.sillon.web.infra;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * A record id in a page address ({@code ?id=}, {@code ?task=}): 1 to 18 digits, otherwise no id at all, so that the
 * page answers its French 404 rather than a conversion error turning into a 500 (issue 14, point 11); a number too
 * large for a {@code long} never wraps to another record.
 */
@FacesConverter("sillon.id")
public class IdConverter implements Converter<Long> {
    @Override
    public Long getAsObject(FacesContext context, UIComponent component, String value) {
        return parse(value);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Long value) {
        return value == null ? "" : value.toString();
    }

    /** The id, or null unless {@code value} is 1 to 18 digits (and not 0). */
    public static Long parse(String value) {
        if (value == null || !value.matches("[0-9]{1,18}")) {
            return null;
        }
        long id = Long.parseLong(value);
        return id == 0 ? null : id;
    }
}
