package fr.sillon.domain.access;

import java.io.Serializable;

/**
 * How a structure presents itself on its certificates and PDFs, edited by its coordinators: name, address, city,
 * the person who signs and their role. {@link #validated()}: name required, lengths of the columns.
 */
public record StructureIdentity(String name, String address, String city, String signatoryName, String signatoryRole,
                                int version) implements Serializable {

    public StructureIdentity validated() {
        return new StructureIdentity(Texts.required(name, "access.structure.nameRequired", 200, "nom"),
                Texts.optional(address, 300, "adresse"), Texts.optional(city, 120, "ville"),
                Texts.optional(signatoryName, 200, "signataire"), Texts.optional(signatoryRole, 200, "fonction du signataire"),
                version);
    }
}
