package fr.sillon.domain.funding;

import fr.sillon.domain.Labels;

/** Disability as the participant declares it in the FSE+ questionnaire; « ne souhaite pas répondre » is an answer (health data: exported only on the coordinator's confirmation). */
public enum Disability {
    YES, NO, DECLINED;

    public String label() {
        return Labels.of(this);
    }
}
