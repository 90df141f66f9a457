-- Platform administration fields of the demo structures and partners (issue 10, point 4).
-- The first structure's SIRET gets a valid Luhn key (the one of V1 had none).
UPDATE structure SET siret = '81234567800013', annexe_financiere = 'ACI035230001A0M0', agreed_capacity_etp = 14.50
 WHERE id = 1;
UPDATE structure SET siret = '53218765400019', address = '3 quai Surcouf', annexe_financiere = 'ACI035230002A0M0',
       agreed_capacity_etp = 6.00
 WHERE id = 2;
UPDATE partner_organisation SET city = 'Rennes' WHERE id IN (1, 2, 3);
