-- Digital frameworks.
-- CLEA_NUM: CléA Numérique, its 4 compétences only (sub-domains and criteria are not published; do not invent codes).
--   The 4 compétences are the observable units, hence kind CRITERION at the root.
-- PIX: Pix / CRCN (décret n° 2019-919), 5 domaines, 16 compétences; the 8 levels are given in each competence's description.
-- CléA Numérique — Usages fondamentaux du numérique au sein d’un environnement de travail (CLEA_NUM 2018). Source: Code du travail D6113-30 III ; Certif'Pro ; pro.cap-metiers.fr (les 4 compétences)
INSERT INTO framework (code, fw_version, title, source, status, structure_id, scale_id, published_at)
SELECT 'CLEA_NUM', '2018', 'CléA Numérique — Usages fondamentaux du numérique au sein d’un environnement de travail', 'Code du travail D6113-30 III ; Certif''Pro ; pro.cap-metiers.fr (les 4 compétences)', 'PUBLISHED', NULL, s.id, CURRENT_TIMESTAMP(6)
FROM scale s WHERE s.code = 'OBSERVATION';
SET @fw = LAST_INSERT_ID();
INSERT INTO validation_policy (framework_id, min_observations, min_distinct_days, latest_at_or_above) VALUES (@fw, 3, 2, TRUE);
INSERT INTO competency (framework_id, parent_id, code, kind, title, description, position) VALUES (@fw, NULL, '1', 'CRITERION', 'Identifier son environnement et utiliser les outils associés', 'Compétence du référentiel CléA Numérique (Certif''Pro). Les sous-domaines et critères d''évaluation officiels ne sont pas publiés : à importer quand le référentiel officiel est obtenu.', 1);
INSERT INTO competency (framework_id, parent_id, code, kind, title, description, position) VALUES (@fw, NULL, '2', 'CRITERION', 'Acquérir et exploiter de l''information dans un environnement professionnel numérisé', 'Compétence du référentiel CléA Numérique (Certif''Pro). Les sous-domaines et critères d''évaluation officiels ne sont pas publiés : à importer quand le référentiel officiel est obtenu.', 2);
INSERT INTO competency (framework_id, parent_id, code, kind, title, description, position) VALUES (@fw, NULL, '3', 'CRITERION', 'Interagir en mode collaboratif', 'Compétence du référentiel CléA Numérique (Certif''Pro). Les sous-domaines et critères d''évaluation officiels ne sont pas publiés : à importer quand le référentiel officiel est obtenu.', 3);
INSERT INTO competency (framework_id, parent_id, code, kind, title, description, position) VALUES (@fw, NULL, '4', 'CRITERION', 'Appliquer les règles et bonnes pratiques de la sécurité numérique', 'Compétence du référentiel CléA Numérique (Certif''Pro). Les sous-domaines et critères d''évaluation officiels ne sont pas publiés : à importer quand le référentiel officiel est obtenu. Fin de l''intitulé reconstituée d''après l''article D6113-30 du Code du travail.', 4);
-- Pix — Cadre de référence des compétences numériques (CRCN) (PIX 2019). Source: Décret n° 2019-919 et arrêté du 30 août 2019 ; 1024pix/pix ; ac-toulouse.fr (niveaux)
INSERT INTO framework (code, fw_version, title, source, status, structure_id, scale_id, published_at)
SELECT 'PIX', '2019', 'Pix — Cadre de référence des compétences numériques (CRCN)', 'Décret n° 2019-919 et arrêté du 30 août 2019 ; 1024pix/pix ; ac-toulouse.fr (niveaux)', 'PUBLISHED', NULL, s.id, CURRENT_TIMESTAMP(6)
FROM scale s WHERE s.code = 'OBSERVATION';
SET @fw = LAST_INSERT_ID();
INSERT INTO validation_policy (framework_id, min_observations, min_distinct_days, latest_at_or_above) VALUES (@fw, 3, 2, TRUE);
INSERT INTO competency (framework_id, parent_id, code, kind, title, description, position) VALUES (@fw, NULL, '1', 'DOMAIN', 'Information et données', NULL, 1);
SET @p0 = LAST_INSERT_ID();
INSERT INTO competency (framework_id, parent_id, code, kind, title, description, position) VALUES (@fw, @p0, '1.1', 'CRITERION', 'Mener une recherche et une veille d''information', 'Niveaux de maîtrise 1 à 8 (CRCN) : 1-2 Novice, 3-4 Indépendant, 5-6 Avancé, 7-8 Expert.', 1);
INSERT INTO competency (framework_id, parent_id, code, kind, title, description, position) VALUES (@fw, @p0, '1.2', 'CRITERION', 'Gérer des données', 'Niveaux de maîtrise 1 à 8 (CRCN) : 1-2 Novice, 3-4 Indépendant, 5-6 Avancé, 7-8 Expert.', 2);
INSERT INTO competency (framework_id, parent_id, code, kind, title, description, position) VALUES (@fw, @p0, '1.3', 'CRITERION', 'Traiter des données', 'Niveaux de maîtrise 1 à 8 (CRCN) : 1-2 Novice, 3-4 Indépendant, 5-6 Avancé, 7-8 Expert.', 3);
INSERT INTO competency (framework_id, parent_id, code, kind, title, description, position) VALUES (@fw, NULL, '2', 'DOMAIN', 'Communication et collaboration', NULL, 2);
SET @p0 = LAST_INSERT_ID();
INSERT INTO competency (framework_id, parent_id, code, kind, title, description, position) VALUES (@fw, @p0, '2.1', 'CRITERION', 'Interagir', 'Niveaux de maîtrise 1 à 8 (CRCN) : 1-2 Novice, 3-4 Indépendant, 5-6 Avancé, 7-8 Expert.', 1);
INSERT INTO competency (framework_id, parent_id, code, kind, title, description, position) VALUES (@fw, @p0, '2.2', 'CRITERION', 'Partager et publier', 'Niveaux de maîtrise 1 à 8 (CRCN) : 1-2 Novice, 3-4 Indépendant, 5-6 Avancé, 7-8 Expert.', 2);
INSERT INTO competency (framework_id, parent_id, code, kind, title, description, position) VALUES (@fw, @p0, '2.3', 'CRITERION', 'Collaborer', 'Niveaux de maîtrise 1 à 8 (CRCN) : 1-2 Novice, 3-4 Indépendant, 5-6 Avancé, 7-8 Expert.', 3);
INSERT INTO competency (framework_id, parent_id, code, kind, title, description, position) VALUES (@fw, @p0, '2.4', 'CRITERION', 'S''insérer dans le monde numérique', 'Niveaux de maîtrise 1 à 8 (CRCN) : 1-2 Novice, 3-4 Indépendant, 5-6 Avancé, 7-8 Expert.', 4);
INSERT INTO competency (framework_id, parent_id, code, kind, title, description, position) VALUES (@fw, NULL, '3', 'DOMAIN', 'Création de contenu', NULL, 3);
SET @p0 = LAST_INSERT_ID();
INSERT INTO competency (framework_id, parent_id, code, kind, title, description, position) VALUES (@fw, @p0, '3.1', 'CRITERION', 'Développer des documents textuels', 'Niveaux de maîtrise 1 à 8 (CRCN) : 1-2 Novice, 3-4 Indépendant, 5-6 Avancé, 7-8 Expert.', 1);
INSERT INTO competency (framework_id, parent_id, code, kind, title, description, position) VALUES (@fw, @p0, '3.2', 'CRITERION', 'Développer des documents multimédia', 'Niveaux de maîtrise 1 à 8 (CRCN) : 1-2 Novice, 3-4 Indépendant, 5-6 Avancé, 7-8 Expert.', 2);
INSERT INTO competency (framework_id, parent_id, code, kind, title, description, position) VALUES (@fw, @p0, '3.3', 'CRITERION', 'Adapter les documents à leur finalité', 'Niveaux de maîtrise 1 à 8 (CRCN) : 1-2 Novice, 3-4 Indépendant, 5-6 Avancé, 7-8 Expert.', 3);
INSERT INTO competency (framework_id, parent_id, code, kind, title, description, position) VALUES (@fw, @p0, '3.4', 'CRITERION', 'Programmer', 'Niveaux de maîtrise 1 à 8 (CRCN) : 1-2 Novice, 3-4 Indépendant, 5-6 Avancé, 7-8 Expert.', 4);
INSERT INTO competency (framework_id, parent_id, code, kind, title, description, position) VALUES (@fw, NULL, '4', 'DOMAIN', 'Protection et sécurité', NULL, 4);
SET @p0 = LAST_INSERT_ID();
INSERT INTO competency (framework_id, parent_id, code, kind, title, description, position) VALUES (@fw, @p0, '4.1', 'CRITERION', 'Sécuriser l''environnement numérique', 'Niveaux de maîtrise 1 à 8 (CRCN) : 1-2 Novice, 3-4 Indépendant, 5-6 Avancé, 7-8 Expert.', 1);
INSERT INTO competency (framework_id, parent_id, code, kind, title, description, position) VALUES (@fw, @p0, '4.2', 'CRITERION', 'Protéger les données personnelles et la vie privée', 'Niveaux de maîtrise 1 à 8 (CRCN) : 1-2 Novice, 3-4 Indépendant, 5-6 Avancé, 7-8 Expert.', 2);
INSERT INTO competency (framework_id, parent_id, code, kind, title, description, position) VALUES (@fw, @p0, '4.3', 'CRITERION', 'Protéger la santé, le bien-être et l''environnement', 'Niveaux de maîtrise 1 à 8 (CRCN) : 1-2 Novice, 3-4 Indépendant, 5-6 Avancé, 7-8 Expert.', 3);
INSERT INTO competency (framework_id, parent_id, code, kind, title, description, position) VALUES (@fw, NULL, '5', 'DOMAIN', 'Environnement numérique', NULL, 5);
SET @p0 = LAST_INSERT_ID();
INSERT INTO competency (framework_id, parent_id, code, kind, title, description, position) VALUES (@fw, @p0, '5.1', 'CRITERION', 'Résoudre des problèmes techniques', 'Niveaux de maîtrise 1 à 8 (CRCN) : 1-2 Novice, 3-4 Indépendant, 5-6 Avancé, 7-8 Expert.', 1);
INSERT INTO competency (framework_id, parent_id, code, kind, title, description, position) VALUES (@fw, @p0, '5.2', 'CRITERION', 'Construire un environnement numérique', 'Niveaux de maîtrise 1 à 8 (CRCN) : 1-2 Novice, 3-4 Indépendant, 5-6 Avancé, 7-8 Expert.', 2);
