package fr.sillon.web.funding;

import fr.sillon.web.infra.Ui;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;

/** Hours as a French user types them: « 12,5 » or « 12.5 »; empty is null. */
@FacesConverter("frenchDecimal")
public class FrenchDecimalConverter implements Converter<BigDecimal> {
    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip().replace(" ", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            String text = Ui.text("funding.hours.notANumber", value);
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
