package fr.sillon.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** REST API of Sillon, version 1. Authentication: HTTP Basic with a Sillon account (never anonymous). */
@ApplicationPath("/api/v1")
public class ApiApplication extends Application {
}
