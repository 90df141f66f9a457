package fr.sillon.domain.pathway;

/** A CDDI is signed once (initial contract) then renewed by amendments (avenants de renouvellement). */
public enum ContractKind {
    INITIAL, RENEWAL
}
