-- SST, Sauveteur Secouriste du Travail (INRS / Assurance Maladie - Risques professionnels), current version (8 compétences).
-- C1..C8 are the observable criteria (kind CRITERION), their capacités are ITEMs (C1-C5 complete, C6 partial, C7-C8 not published).
-- Sillon records SST competencies observed at work; it does not issue the SST certificate.
-- SST — Sauveteur Secouriste du Travail (SST 2021). Source: INRS, Document de référence du dispositif SST (version 8, 01/2021) ; grilles de certification (formation initiale juin 2020, MAC juillet 2023)
INSERT INTO framework (code, fw_version, title, source, status, structure_id, scale_id, published_at)
SELECT 'SST', '2021', 'SST — Sauveteur Secouriste du Travail', 'INRS, Document de référence du dispositif SST (version 8, 01/2021) ; grilles de certification (formation initiale juin 2020, MAC juillet 2023)', 'PUBLISHED', NULL, s.id, CURRENT_TIMESTAMP(6)
FROM scale s WHERE s.code = 'OBSERVATION';
SET @fw = LAST_INSERT_ID();
INSERT INTO validation_policy (framework_id, min_observations, min_distinct_days, latest_at_or_above) VALUES (@fw, 3, 2, TRUE);
INSERT INTO competency (framework_id, parent_id, code, kind, title, description, position) VALUES (@fw, NULL, 'DC1', 'DOMAIN', 'Intervenir face à une situation d''accident du travail', NULL, 1);
SET @p0 = LAST_INSERT_ID();
INSERT INTO competency (framework_id, parent_id, code, kind, title, description, position) VALUES (@fw, @p0, 'C1', 'CRITERION', 'Situer son rôle de SST dans l''organisation des secours dans l''entreprise', 'Indicateur de la grille : explique les limites de son intervention.', 1);
SET @p1 = LAST_INSERT_ID();
INSERT INTO competency (framework_id, parent_id, code, kind, title, description, position) VALUES (@fw, @p1, '1.1', 'ITEM', 'Identifier le cadre juridique du rôle du SST', NULL, 1);
INSERT INTO competency (framework_id, parent_id, code, kind, title, description, position) VALUES (@fw, @p1, '1.2', 'ITEM', 'Délimiter son champ d''intervention en matière de secours', NULL, 2);
INSERT INTO competency (framework_id, parent_id, code, kind, title, description, position) VALUES (@fw, @p0, 'C2', 'CRITERION', 'Protéger de façon adaptée', 'Indicateurs : repère le(s) danger(s) persistant(s) (incontournable) ; repère la/les personne(s) exposée(s).', 2);
SET @p1 = LAST_INSERT_ID();
INSERT INTO competency (framework_id, parent_id, code, kind, title, description, position) VALUES (@fw, @p1, '2.1', 'ITEM', 'Mettre en œuvre les mesures de protection décrites dans le processus d''alerte aux populations', NULL, 1);
INSERT INTO competency (framework_id, parent_id, code, kind, title, description, position) VALUES (@fw, @p1, '2.2', 'ITEM', 'Identifier les dangers persistants et repérer les personnes qui pourraient y être exposées', NULL, 2);
INSERT INTO competency (framework_id, parent_id, code, kind, title, description, position) VALUES (@fw, @p1, '2.3', 'ITEM', 'Supprimer ou isoler le danger persistant, ou soustraire la victime au danger persistant sans s''exposer soi-même', NULL, 3);
INSERT INTO competency (framework_id, parent_id, code, kind, title, description, position) VALUES (@fw, @p0, 'C3', 'CRITERION', 'Examiner la victime', NULL, 3);
SET @p1 = LAST_INSERT_ID();
INSERT INTO competency (framework_id, parent_id, code, kind, title, description, position) VALUES (@fw, @p1, '3.1', 'ITEM', 'Rechercher, suivant un ordre déterminé, la présence d''un (ou plusieurs) des signes indiquant que la vie de la victime est immédiatement menacée', NULL, 1);
INSERT INTO competency (framework_id, parent_id, code, kind, title, description, position) VALUES (@fw, @p1, '3.2', 'ITEM', 'Reconnaître les autres signes affectant la victime', NULL, 2);
INSERT INTO competency (framework_id, parent_id, code, kind, title, description, position) VALUES (@fw, @p1, '3.3', 'ITEM', 'Prioriser les actions à réaliser en fonction des signes décelés et du résultat à atteindre', NULL, 3);
INSERT INTO competency (framework_id, parent_id, code, kind, title, description, position) VALUES (@fw, @p0, 'C4', 'CRITERION', 'Garantir une alerte favorisant l''arrivée de secours adaptés au plus près de la victime', NULL, 4);
SET @p1 = LAST_INSERT_ID();
INSERT INTO competency (framework_id, parent_id, code, kind, title, description, position) VALUES (@fw, @p1, '4.1', 'ITEM', 'Définir les différents éléments du message d''alerte', NULL, 1);
INSERT INTO competency (framework_id, parent_id, code, kind, title, description, position) VALUES (@fw, @p1, '4.2', 'ITEM', 'Identifier qui alerter en fonction de l''organisation des secours dans l''entreprise', NULL, 2);
INSERT INTO competency (framework_id, parent_id, code, kind, title, description, position) VALUES (@fw, @p1, '4.3', 'ITEM', 'Faire alerter par la personne la plus apte ou alerter soi-même', NULL, 3);
INSERT INTO competency (framework_id, parent_id, code, kind, title, description, position) VALUES (@fw, @p0, 'C5', 'CRITERION', 'Secourir la victime de manière appropriée', 'Indicateurs : choisit l''action appropriée (incontournable) ; utilise la/les technique(s) préconisée(s) ; surveille la victime jusqu''à sa prise en charge (incontournable).', 5);
SET @p1 = LAST_INSERT_ID();
INSERT INTO competency (framework_id, parent_id, code, kind, title, description, position) VALUES (@fw, @p1, '5.1', 'ITEM', 'Choisir à l''issue de l''examen l''action ou les actions à effectuer', NULL, 1);
INSERT INTO competency (framework_id, parent_id, code, kind, title, description, position) VALUES (@fw, @p1, '5.2', 'ITEM', 'Réaliser l''action ou les actions choisie(s) en respectant la conduite à tenir indiquée dans le guide des données techniques', NULL, 2);
INSERT INTO competency (framework_id, parent_id, code, kind, title, description, position) VALUES (@fw, @p1, '5.3', 'ITEM', 'Surveiller, jusqu''à la prise en charge par les secours spécialisés, l''amélioration ou l''aggravation de son état et adapter sa conduite si besoin', NULL, 3);
INSERT INTO competency (framework_id, parent_id, code, kind, title, description, position) VALUES (@fw, NULL, 'DC2', 'DOMAIN', 'Contribuer à la prévention des risques professionnels dans l''entreprise', NULL, 2);
SET @p0 = LAST_INSERT_ID();
INSERT INTO competency (framework_id, parent_id, code, kind, title, description, position) VALUES (@fw, @p0, 'C6', 'CRITERION', 'Situer son rôle de SST dans l''organisation de la prévention de l''entreprise', 'Indicateur de la grille : indique comment il peut contribuer concrètement à la prévention dans son entreprise. Autres capacités non publiées.', 1);
SET @p1 = LAST_INSERT_ID();
INSERT INTO competency (framework_id, parent_id, code, kind, title, description, position) VALUES (@fw, @p1, '6.1', 'ITEM', 'S''approprier les enjeux de la prévention pour en situer l''importance dans son entreprise', NULL, 1);
INSERT INTO competency (framework_id, parent_id, code, kind, title, description, position) VALUES (@fw, @p0, 'C7', 'CRITERION', 'Caractériser des risques professionnels dans une situation de travail', 'Indicateur de la grille : à partir d''une situation dangereuse, détermine des risques et les autres dommages potentiels. Capacités non publiées.', 2);
INSERT INTO competency (framework_id, parent_id, code, kind, title, description, position) VALUES (@fw, @p0, 'C8', 'CRITERION', 'Participer à la maîtrise des risques professionnels par des actions de prévention', 'Indicateurs de la grille : supprime ou à défaut réduit les risques (incontournable) ; propose si possible des pistes d''amélioration. Capacités non publiées.', 3);
