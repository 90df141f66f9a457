package fr.sillon.web.infra;

import fr.sillon.ejb.infra.HealthService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code GET /sillon/health}: 200 {"status":"UP"} only when the database answers, else 503 DOWN. Public. */
@WebServlet("/health")
public class HealthServlet extends HttpServlet {
    @Inject
    HealthService health;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        boolean up = health.databaseUp();
        resp.setStatus(up ? 200 : 503);
        resp.setContentType("application/json");
        resp.setHeader("Cache-Control", "no-store");
        resp.getWriter().write("{\"status\":\"" + (up ? "UP" : "DOWN") + "\",\"checks\":[{\"name\":\"database\",\"status\":\""
                + (up ? "UP" : "DOWN") + "\"}]}");
    }
}
