-- Demo data (loaded only in demo mode, never by the production migrations).
-- « Les Jardins du Sillon », an ACI growing organic vegetables for school canteens near Rennes.
INSERT INTO structure (id, code, name, kind, siret, address, city, signatory_name, signatory_role)
VALUES (1, 'JARDINS-SILLON', 'Les Jardins du Sillon', 'ACI', '81234567800019', 'Lieu-dit La Prairie, route de Vern',
        'Chantepie', 'Claire Morvan', 'Directrice');
-- A second structure, so that tenant isolation can be seen (and tested).
INSERT INTO structure (id, code, name, kind, city, signatory_name, signatory_role)
VALUES (2, 'HAIES-VILAINE', 'Haies et Talus de la Vilaine', 'ACI', 'Redon', 'Marc Le Goff', 'Directeur');

INSERT INTO partner_organisation (id, name, kind, asp_code) VALUES
 (1, 'France Travail Rennes Sud', 'FT', '03'),
 (2, 'Mission Locale du Bassin Rennais', 'ML', '01'),
 (3, 'PLIE Rennes Métropole', 'PLIE', '04');

-- password_hash 'DEMO' is replaced at load time by the hash of the demo password.
INSERT INTO user_account (id, login, password_hash, display_name, email, role, structure_id, partner_organisation_id) VALUES
 (1, 'admin',         'DEMO', 'Opérateur Sillon',  'admin@sillon.example',        'ADMIN',       NULL, NULL),
 (2, 'coordinatrice', 'DEMO', 'Nadia Benali',      'nadia.benali@jardins.example', 'COORDINATOR', 1,    NULL),
 (3, 'encadrant',     'DEMO', 'Yann Le Bihan',     'yann.lebihan@jardins.example', 'SUPERVISOR',  1,    NULL),
 (4, 'participant',   'DEMO', 'Sébastien Garnier', NULL,                           'PARTICIPANT', 1,    NULL),
 (5, 'referent',      'DEMO', 'Élodie Rousseau',   'elodie.rousseau@ft.example',   'REFERENT',    NULL, 1),
 (6, 'encadrante2',   'DEMO', 'Anne Quéré',        'anne.quere@haies.example',     'SUPERVISOR',  2,    NULL),
 (7, 'coordinateur2', 'DEMO', 'Marc Le Goff',      'marc.legoff@haies.example',    'COORDINATOR', 2,    NULL);
