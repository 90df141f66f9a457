package fr.sillon.domain.access;

import fr.sillon.domain.DomainException;
import java.io.Serializable;

/** A partner organisation as the platform administrator types it: kind and name required, city optional. */
public record PartnerDraft(PartnerKind kind, String name, String city) implements Serializable {

    public PartnerDraft validated() {
        if (kind == null) {
            throw new DomainException("access.partner.kindRequired");
        }
        return new PartnerDraft(kind, Texts.required(name, "access.partner.nameRequired", 200, "nom"),
                Texts.optional(city, 120, "ville"));
    }
}
