-- The embedded MariaDB (run and test commands): the application's own account, as on a real server.
CREATE USER IF NOT EXISTS 'sillon'@'localhost' IDENTIFIED BY 'sillon';
CREATE USER IF NOT EXISTS 'sillon'@'127.0.0.1' IDENTIFIED BY 'sillon';
CREATE USER IF NOT EXISTS 'sillon'@'%' IDENTIFIED BY 'sillon';
GRANT ALL PRIVILEGES ON sillon.* TO 'sillon'@'localhost';
GRANT ALL PRIVILEGES ON sillon.* TO 'sillon'@'127.0.0.1';
GRANT ALL PRIVILEGES ON sillon.* TO 'sillon'@'%';
FLUSH PRIVILEGES;
