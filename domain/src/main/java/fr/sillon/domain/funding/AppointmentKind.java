package fr.sillon.domain.funding;

import fr.sillon.domain.Labels;

/** The kind of an appointment proposed to an RSA beneficiary (WebRSA's and RDV-Insertion's appointment states). */
public enum AppointmentKind {
    RSA_REFERENT, CIP, FRANCE_TRAVAIL, COLLECTIVE, OTHER;

    public String label() {
        return Labels.of(this);
    }
}
