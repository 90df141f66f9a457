-- Issue 14, point 8: whether this database is a demonstration or a real one, recorded once by the first server that
-- starts on it (fr.sillon.ejb.infra.PlatformModeCheck); a server of the other mode refuses to start on it.
CREATE TABLE platform_mode (
    id          TINYINT      NOT NULL PRIMARY KEY,
    mode        VARCHAR(10)  NOT NULL,
    recorded_at DATETIME(6)  NOT NULL,
    CONSTRAINT ck_platform_mode_single CHECK (id = 1),
    CONSTRAINT ck_platform_mode CHECK (mode IN ('DEMO','REAL'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
