-- Task catalogue shipped with Sillon (structure_id NULL, read-only): market gardening and landscaping tasks of an ACI,
-- each linked to the criteria a supervisor can really see while the task is done: CléA (2018), CléA Numérique and
-- Pix (digital), SST (2021: C7/C8, risk and prevention, visible on machine work), and the job-skills frameworks
-- MARAICHAGE and ESPACES_VERTS (2025). Links are resolved by (framework code, version, competency code) from the
-- framework migrations V3-V6; the migration fails if one of them does not resolve (guard at the end).

INSERT INTO task_type (code, name, description, site_kind, season) VALUES
('SEMIS_MOTTES', 'Semis en mottes', 'Remplir les plaques de terreau, semer à la bonne densité et profondeur, étiqueter et arroser les semis.', 'SERRE', 'SPRING'),
('SEMIS_PLEINE_TERRE', 'Semis en pleine terre', 'Semer en ligne à la main ou au semoir en respectant l''espacement indiqué sur le plan de culture.', 'PARCELLE', 'SPRING_SUMMER'),
('PREPARATION_PLANCHES', 'Préparation des planches de culture', 'Décompacter à la grelinette, apporter le compost ou l''amendement à la dose indiquée, affiner et niveler.', 'PARCELLE', 'SPRING'),
('REPIQUAGE', 'Repiquage de jeunes plants', 'Dépoter et repiquer les plants sans abîmer les racines, en godets ou en pleine terre.', 'SERRE', 'SPRING'),
('PLANTATION_LEGUMES', 'Plantation de légumes', 'Planter selon le plan de culture (rangs, espacements, variétés), arroser à la plantation.', 'PARCELLE', 'SPRING_SUMMER'),
('DESHERBAGE', 'Désherbage manuel et binage', 'Désherber à la main, à la houe ou à la binette sans abîmer la culture, en ménageant son dos.', 'PARCELLE', 'SPRING_SUMMER'),
('PAILLAGE', 'Paillage et pose de bâches', 'Installer un paillage, une bâche tissée ou un voile de protection, et les retirer en fin de culture.', 'PARCELLE', 'SPRING'),
('IRRIGATION_GOUTTE', 'Irrigation goutte-à-goutte', 'Installer les gaines, vérifier le réseau, repérer et signaler les fuites, régler la durée d''arrosage.', 'PARCELLE', 'SUMMER'),
('TUTEURAGE', 'Tuteurage et taille des tomates', 'Palisser, tailler les gourmands et effeuiller les tomates et concombres sous abri.', 'SERRE', 'SUMMER'),
('SURVEILLANCE_CULTURES', 'Surveillance sanitaire et protection biologique', 'Repérer maladies, ravageurs et carences, les signaler, poser filets et auxiliaires selon le cahier des charges bio.', 'SERRE', 'SPRING_SUMMER'),
('GESTION_SERRE', 'Ouverture et aération des serres', 'Relever la température, ouvrir ou fermer les serres et tunnels selon la consigne et la météo.', 'SERRE', 'ALL_YEAR'),
('RECOLTE', 'Récolte de légumes', 'Récolter au bon stade avec le geste adapté, en caisses, en respectant les quantités demandées.', 'PARCELLE', 'ALL_YEAR'),
('LAVAGE_CONDITIONNEMENT', 'Lavage et conditionnement', 'Laver, trier, calibrer et conditionner les légumes selon leur destination, dans le respect de l''hygiène.', 'ATELIER', 'ALL_YEAR'),
('COMMANDE_RESTAURATION', 'Pesée et préparation d''une commande pour la restauration collective', 'Lire le bon de commande, peser, conditionner et étiqueter, contrôler les quantités, respecter la chaîne du froid.', 'ATELIER', 'ALL_YEAR'),
('PANIERS', 'Composition et distribution des paniers', 'Composer les paniers de la semaine selon la liste, accueillir les adhérents au point de distribution.', 'ATELIER', 'ALL_YEAR'),
('LIVRAISON', 'Livraison des commandes', 'Charger, suivre la tournée, remettre la commande au client avec le bon de livraison signé.', NULL, 'ALL_YEAR'),
('MONTAGE_SERRE', 'Montage d''une serre tunnel', 'Implanter, monter les arceaux, tendre et enterrer la bâche en suivant la notice, en équipe.', 'PARCELLE', 'AUTUMN_WINTER'),
('COMPOSTAGE', 'Compostage et gestion des déchets verts', 'Trier les déchets verts et plastiques, alimenter, retourner et surveiller le compost.', 'JARDIN', 'ALL_YEAR'),
('ENTRETIEN_MATERIEL', 'Entretien et rangement du matériel', 'Nettoyer, affûter, graisser et ranger outils et machines, signaler une pièce usée ou cassée.', 'ATELIER', 'ALL_YEAR'),
('MOTOBINEUSE', 'Travail du sol à la motobineuse', 'Préparer et utiliser la motobineuse en sécurité (EPI, zone dégagée, arrêt d''urgence).', 'PARCELLE', 'SPRING'),
('SAISIE_RECOLTES', 'Saisie des récoltes sur tablette', 'Saisir les quantités récoltées et les temps de travaux dans l''application du jardin.', 'ATELIER', 'ALL_YEAR'),
('INVENTAIRE', 'Inventaire des semences, outils et fournitures', 'Compter, noter et contrôler les stocks sur la fiche ou le tableur d''inventaire, signaler les manques.', 'ATELIER', 'WINTER'),
('ACCUEIL_COLLEGUE', 'Accueil d''un nouveau collègue', 'Faire visiter le jardin ou le chantier, présenter l''équipe, expliquer les consignes de sécurité et les gestes de base.', NULL, 'ALL_YEAR'),
('REUNION_EQUIPE', 'Réunion d''équipe et lecture du planning', 'Lire le planning de la semaine, poser des questions, faire le bilan oral de la tâche de la veille.', NULL, 'ALL_YEAR'),
('TONTE', 'Tonte et finitions', 'Tondre à la hauteur demandée, faire les finitions au coupe-bordure, ramasser les déchets de tonte.', 'ESPACE_VERT', 'SPRING_SUMMER'),
('DEBROUSSAILLAGE', 'Débroussaillage', 'Baliser, équiper les EPI, débroussailler en respectant le périmètre de sécurité et les usagers.', 'ESPACE_VERT', 'SPRING_SUMMER'),
('TAILLE_HAIE', 'Taille de haie', 'Tailler au taille-haie selon le gabarit, hors période de nidification, ramasser et évacuer les produits de taille.', 'ESPACE_VERT', 'AUTUMN_WINTER'),
('HAIE_BRISE_VENT', 'Plantation d''une haie brise-vent', 'Implanter la haie au cordeau, planter les plants, pailler et poser les protections contre le gibier.', 'CHANTIER', 'AUTUMN_WINTER'),
('TAILLE_FRUITIERE', 'Taille fruitière', 'Tailler les arbres fruitiers (formation, fructification) après démonstration, reconnaître les maladies courantes.', 'JARDIN', 'WINTER'),
('RAMASSAGE_FEUILLES', 'Ramassage des feuilles et nettoyage des massifs', 'Ramasser et souffler les feuilles, enlever les plantes mortes, évacuer les déchets verts au compost ou en déchèterie.', 'ESPACE_VERT', 'AUTUMN'),
('MASSIFS', 'Plantation et entretien de massifs', 'Planter vivaces et arbustes selon le plan, biner sans produit chimique, arroser selon la consigne.', 'ESPACE_VERT', 'SPRING'),
('CHARGEMENT_CHANTIER', 'Préparation et chargement du matériel de chantier', 'Vérifier le matériel (plein, affûtage, protections), charger et arrimer dans la remorque, ranger au retour.', 'CHANTIER', 'ALL_YEAR');

CREATE TEMPORARY TABLE tmp_task_criterion (
    task_code VARCHAR(40) NOT NULL,
    fw_code   VARCHAR(40) NOT NULL,
    c_code    VARCHAR(20) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO tmp_task_criterion (task_code, fw_code, c_code) VALUES
('SEMIS_MOTTES','MARAICHAGE','1.3'), ('SEMIS_MOTTES','MARAICHAGE','2.1'), ('SEMIS_MOTTES','CLEA','1.3.1'), ('SEMIS_MOTTES','CLEA','2.1.2'), ('SEMIS_MOTTES','CLEA','7.2.1'),
('SEMIS_PLEINE_TERRE','MARAICHAGE','2.2'), ('SEMIS_PLEINE_TERRE','MARAICHAGE','5.1'), ('SEMIS_PLEINE_TERRE','CLEA','2.3.4'), ('SEMIS_PLEINE_TERRE','CLEA','7.2.2'),
('PREPARATION_PLANCHES','MARAICHAGE','1.1'), ('PREPARATION_PLANCHES','MARAICHAGE','1.2'), ('PREPARATION_PLANCHES','MARAICHAGE','5.1'), ('PREPARATION_PLANCHES','CLEA','2.3.4'), ('PREPARATION_PLANCHES','CLEA','7.2.2'),
('REPIQUAGE','MARAICHAGE','2.3'), ('REPIQUAGE','CLEA','7.2.1'), ('REPIQUAGE','CLEA','5.2.3'), ('REPIQUAGE','CLEA','4.1.2'),
('PLANTATION_LEGUMES','MARAICHAGE','2.4'), ('PLANTATION_LEGUMES','CLEA','2.4.1'), ('PLANTATION_LEGUMES','CLEA','1.3.4'), ('PLANTATION_LEGUMES','CLEA','2.1.2'),
('DESHERBAGE','MARAICHAGE','3.3'), ('DESHERBAGE','MARAICHAGE','5.1'), ('DESHERBAGE','CLEA','7.2.2'), ('DESHERBAGE','CLEA','4.1.2'), ('DESHERBAGE','CLEA','5.2.1'),
('PAILLAGE','MARAICHAGE','1.4'), ('PAILLAGE','CLEA','4.2.2'), ('PAILLAGE','CLEA','7.2.4'),
('IRRIGATION_GOUTTE','MARAICHAGE','3.1'), ('IRRIGATION_GOUTTE','MARAICHAGE','3.2'), ('IRRIGATION_GOUTTE','CLEA','5.3.2'), ('IRRIGATION_GOUTTE','CLEA','7.4.2'), ('IRRIGATION_GOUTTE','CLEA','2.3.1'),
('TUTEURAGE','MARAICHAGE','3.4'), ('TUTEURAGE','CLEA','7.2.1'), ('TUTEURAGE','CLEA','5.2.2'),
('SURVEILLANCE_CULTURES','MARAICHAGE','3.5'), ('SURVEILLANCE_CULTURES','MARAICHAGE','3.6'), ('SURVEILLANCE_CULTURES','CLEA','1.5.2'), ('SURVEILLANCE_CULTURES','CLEA','7.2.6'),
('GESTION_SERRE','MARAICHAGE','3.7'), ('GESTION_SERRE','CLEA','2.3.4'), ('GESTION_SERRE','CLEA','5.1.3'),
('RECOLTE','MARAICHAGE','4.1'), ('RECOLTE','MARAICHAGE','6.2'), ('RECOLTE','CLEA','2.1.2'), ('RECOLTE','CLEA','7.2.2'), ('RECOLTE','CLEA','4.2.2'),
('LAVAGE_CONDITIONNEMENT','MARAICHAGE','4.2'), ('LAVAGE_CONDITIONNEMENT','MARAICHAGE','4.3'), ('LAVAGE_CONDITIONNEMENT','MARAICHAGE','4.5'), ('LAVAGE_CONDITIONNEMENT','CLEA','7.1.2'), ('LAVAGE_CONDITIONNEMENT','CLEA','2.1.3'),
('COMMANDE_RESTAURATION','MARAICHAGE','4.4'), ('COMMANDE_RESTAURATION','MARAICHAGE','4.5'), ('COMMANDE_RESTAURATION','CLEA','1.3.3'), ('COMMANDE_RESTAURATION','CLEA','1.3.4'), ('COMMANDE_RESTAURATION','CLEA','2.1.1'), ('COMMANDE_RESTAURATION','CLEA','2.3.4'), ('COMMANDE_RESTAURATION','CLEA','2.1.6'),
('PANIERS','MARAICHAGE','4.3'), ('PANIERS','CLEA','2.1.2'), ('PANIERS','CLEA','4.4.2'), ('PANIERS','CLEA','4.1.3'),
('LIVRAISON','MARAICHAGE','4.5'), ('LIVRAISON','CLEA','2.4.1'), ('LIVRAISON','CLEA','1.3.3'), ('LIVRAISON','CLEA','4.4.2'), ('LIVRAISON','CLEA','4.1.2'),
('MONTAGE_SERRE','MARAICHAGE','5.4'), ('MONTAGE_SERRE','CLEA','1.3.1'), ('MONTAGE_SERRE','CLEA','4.2.1'), ('MONTAGE_SERRE','CLEA','4.3.2'), ('MONTAGE_SERRE','CLEA','7.2.4'), ('MONTAGE_SERRE','SST','C8'),
('COMPOSTAGE','MARAICHAGE','6.3'), ('COMPOSTAGE','CLEA','7.4.1'), ('COMPOSTAGE','CLEA','7.4.4'),
('ENTRETIEN_MATERIEL','MARAICHAGE','5.3'), ('ENTRETIEN_MATERIEL','ESPACES_VERTS','5.3'), ('ENTRETIEN_MATERIEL','CLEA','7.2.5'), ('ENTRETIEN_MATERIEL','CLEA','7.4.3'), ('ENTRETIEN_MATERIEL','CLEA','4.1.1'),
('MOTOBINEUSE','MARAICHAGE','5.2'), ('MOTOBINEUSE','MARAICHAGE','6.1'), ('MOTOBINEUSE','CLEA','7.1.3'), ('MOTOBINEUSE','SST','C7'),
('SAISIE_RECOLTES','MARAICHAGE','6.4'), ('SAISIE_RECOLTES','CLEA','3.1.2'), ('SAISIE_RECOLTES','CLEA','3.2.4'), ('SAISIE_RECOLTES','CLEA_NUM','1'), ('SAISIE_RECOLTES','PIX','1.2'),
('INVENTAIRE','CLEA','2.1.2'), ('INVENTAIRE','CLEA','1.4.2'), ('INVENTAIRE','CLEA','1.3.4'), ('INVENTAIRE','CLEA','2.3.5'), ('INVENTAIRE','PIX','1.3'),
('ACCUEIL_COLLEGUE','CLEA','1.5.1'), ('ACCUEIL_COLLEGUE','CLEA','4.3.2'), ('ACCUEIL_COLLEGUE','CLEA','4.4.1'), ('ACCUEIL_COLLEGUE','CLEA','7.1.1'),
('REUNION_EQUIPE','CLEA','2.3.2'), ('REUNION_EQUIPE','CLEA','1.1.2'), ('REUNION_EQUIPE','CLEA','5.2.5'), ('REUNION_EQUIPE','CLEA','4.3.1'),
('TONTE','ESPACES_VERTS','1.1'), ('TONTE','ESPACES_VERTS','1.2'), ('TONTE','ESPACES_VERTS','5.2'), ('TONTE','ESPACES_VERTS','6.1'), ('TONTE','CLEA','7.1.3'), ('TONTE','SST','C7'),
('DEBROUSSAILLAGE','ESPACES_VERTS','1.3'), ('DEBROUSSAILLAGE','ESPACES_VERTS','6.1'), ('DEBROUSSAILLAGE','ESPACES_VERTS','6.2'), ('DEBROUSSAILLAGE','CLEA','7.2.3'), ('DEBROUSSAILLAGE','SST','C7'), ('DEBROUSSAILLAGE','SST','C8'),
('TAILLE_HAIE','ESPACES_VERTS','2.1'), ('TAILLE_HAIE','ESPACES_VERTS','2.3'), ('TAILLE_HAIE','ESPACES_VERTS','2.4'), ('TAILLE_HAIE','ESPACES_VERTS','6.4'), ('TAILLE_HAIE','CLEA','7.2.3'),
('HAIE_BRISE_VENT','ESPACES_VERTS','3.2'), ('HAIE_BRISE_VENT','ESPACES_VERTS','3.4'), ('HAIE_BRISE_VENT','CLEA','2.3.4'), ('HAIE_BRISE_VENT','CLEA','2.4.1'), ('HAIE_BRISE_VENT','CLEA','4.2.2'),
('TAILLE_FRUITIERE','ESPACES_VERTS','2.2'), ('TAILLE_FRUITIERE','ESPACES_VERTS','3.6'), ('TAILLE_FRUITIERE','CLEA','1.1.1'), ('TAILLE_FRUITIERE','CLEA','7.2.1'),
('RAMASSAGE_FEUILLES','ESPACES_VERTS','1.4'), ('RAMASSAGE_FEUILLES','ESPACES_VERTS','3.5'), ('RAMASSAGE_FEUILLES','ESPACES_VERTS','6.3'), ('RAMASSAGE_FEUILLES','CLEA','7.4.1'),
('MASSIFS','ESPACES_VERTS','3.1'), ('MASSIFS','ESPACES_VERTS','3.3'), ('MASSIFS','ESPACES_VERTS','4.1'), ('MASSIFS','ESPACES_VERTS','4.3'), ('MASSIFS','CLEA','2.4.1'),
('CHARGEMENT_CHANTIER','ESPACES_VERTS','5.1'), ('CHARGEMENT_CHANTIER','ESPACES_VERTS','5.4'), ('CHARGEMENT_CHANTIER','CLEA','5.2.1'), ('CHARGEMENT_CHANTIER','CLEA','7.2.4');

-- the framework versions this catalogue was written against
CREATE TEMPORARY TABLE tmp_fw_version (
    fw_code    VARCHAR(40) NOT NULL PRIMARY KEY,
    fw_version VARCHAR(20) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO tmp_fw_version VALUES ('CLEA','2018'), ('CLEA_NUM','2018'), ('PIX','2019'), ('SST','2021'),
    ('MARAICHAGE','2025'), ('ESPACES_VERTS','2025');

INSERT INTO task_type_criterion (task_type_id, competency_id)
SELECT t.id, c.id
FROM tmp_task_criterion m
JOIN task_type t ON t.code = m.task_code AND t.structure_id IS NULL
JOIN tmp_fw_version v ON v.fw_code = m.fw_code
JOIN framework f ON f.code = m.fw_code AND f.fw_version = v.fw_version AND f.structure_id IS NULL
JOIN competency c ON c.framework_id = f.id AND c.code = m.c_code AND c.kind = 'CRITERION';

-- Guard: every link above must have resolved to exactly one criterion, otherwise the migration fails here.
CREATE TEMPORARY TABLE tmp_catalogue_guard (
    unresolved_links INT NOT NULL,
    CONSTRAINT ck_catalogue_links_resolved CHECK (unresolved_links = 0)
) ENGINE=InnoDB;
INSERT INTO tmp_catalogue_guard (unresolved_links)
SELECT (SELECT COUNT(*) FROM tmp_task_criterion) - (SELECT COUNT(*) FROM task_type_criterion tc
        JOIN task_type t ON t.id = tc.task_type_id WHERE t.structure_id IS NULL);

DROP TEMPORARY TABLE tmp_catalogue_guard;
DROP TEMPORARY TABLE tmp_fw_version;
DROP TEMPORARY TABLE tmp_task_criterion;
