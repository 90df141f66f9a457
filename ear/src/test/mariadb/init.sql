-- Run by the tests' embedded MariaDB at each start (--init-file), with every right (issue 14): the database and its
-- one account, with the tests' password (ear/pom.xml, it.db.password). The server runs with its grant tables and on
-- 127.0.0.1 only: nobody gets in without this password.
CREATE DATABASE IF NOT EXISTS sillon CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '${it.db.user}'@'localhost' IDENTIFIED BY '${it.db.password}';
CREATE USER IF NOT EXISTS '${it.db.user}'@'127.0.0.1' IDENTIFIED BY '${it.db.password}';
GRANT ALL PRIVILEGES ON sillon.* TO '${it.db.user}'@'localhost';
GRANT ALL PRIVILEGES ON sillon.* TO '${it.db.user}'@'127.0.0.1';
