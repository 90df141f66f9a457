package fr.sillon.domain.access;

import fr.sillon.domain.DomainException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What the platform administrator types to create or edit a structure. {@link #validated()} applies the rules:
 * name, kind and SIRET required, SIRET checked, lengths, capacity in ETP positive with at most two decimals.
 */
public record StructureDraft(String name, String siret, StructureKind kind, String address, String city,
                             String annexeFinanciere, BigDecimal agreedCapacityEtp) implements Serializable {
    public static final BigDecimal MAX_CAPACITY = new BigDecimal("9999.99");

    /** A normalised copy (trimmed texts, SIRET without spaces), or a {@link DomainException} for the first broken rule. */
    public StructureDraft validated() {
        String n = Texts.required(name, "access.structure.nameRequired", 200, "nom");
        if (siret == null || siret.isBlank()) {
            throw new DomainException("access.siret.required");
        }
        String s = Siret.normalise(siret);
        if (kind == null) {
            throw new DomainException("access.structure.kindRequired");
        }
        String a = Texts.optional(address, 300, "adresse");
        String c = Texts.optional(city, 120, "ville");
        String af = Texts.optional(annexeFinanciere, 40, "numéro d'annexe financière");
        BigDecimal capacity = agreedCapacityEtp;
        if (capacity != null) {
            if (capacity.signum() <= 0 || capacity.compareTo(MAX_CAPACITY) > 0) {
                throw new DomainException("access.structure.capacityRange");
            }
            if (capacity.stripTrailingZeros().scale() > 2) {
                throw new DomainException("access.structure.capacityScale");
            }
            capacity = capacity.setScale(2, RoundingMode.UNNECESSARY);
        }
        return new StructureDraft(n, s, kind, a, c, af, capacity);
    }
}
