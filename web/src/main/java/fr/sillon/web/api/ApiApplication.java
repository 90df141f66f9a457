package fr.sillon.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** REST API of Sillon, version 1. Authentication: {@code Authorization: Bearer <token>}, a token from {@code POST /api/v1/tokens} (never anonymous, never HTTP Basic, never the page session). */
@ApplicationPath("/api/v1")
public class ApiApplication extends Application {
}
