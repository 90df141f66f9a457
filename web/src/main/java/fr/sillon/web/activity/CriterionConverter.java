package fr.sillon.web.activity;

import fr.sillon.ejb.activity.ActivityViews.CriterionOption;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/** Carries a criterion of the catalogue editor's autocomplete through the page (id, framework, code, title). */
@FacesConverter("sillon.criterion")
public class CriterionConverter implements Converter<CriterionOption> {
    private static final String SEP = "\t";

    @Override
    public CriterionOption getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String[] parts = value.split(SEP, 4);
        return parts.length < 4 ? null : new CriterionOption(Long.parseLong(parts[0]), parts[1], parts[2], parts[3]);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, CriterionOption value) {
        return value == null ? "" : value.id() + SEP + value.frameworkCode() + SEP + value.code() + SEP + value.title();
    }
}
