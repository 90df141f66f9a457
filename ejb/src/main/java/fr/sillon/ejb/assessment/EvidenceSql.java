package fr.sillon.ejb.assessment;

/**
 * The joins that describe an observation as evidence (criterion and its framework, observer, level label, task): one
 * text for the evidence history and the participant's recent observations. Aliases: {@code o} observation,
 * {@code c} competency, {@code f} framework, {@code u} observer, {@code pl} level, {@code tt} task type.
 */
public final class EvidenceSql {
    public static final String FROM = """
            from observation o
            join competency c on c.id = o.competency_id
            join framework f on f.id = c.framework_id
            join user_account u on u.id = o.observer_id
            left join proficiency_level pl on pl.scale_id = f.scale_id and pl.level_rank = o.level_rank
            left join task_record tr on tr.id = o.task_record_id
            left join task_type tt on tt.id = tr.task_type_id
            """;

    private EvidenceSql() {
    }
}
