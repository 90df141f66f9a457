package fr.sillon.web.setup;

import fr.sillon.ejb.access.PlatformSetup;
import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Until the platform administrator exists, every page and API answers 503 « Sillon n'est pas encore configuré »,
 * except the set-up page, its style resources and the health check. Once an administrator exists (checked in the
 * database until true, then cached), the set-up page answers 404.
 */
@WebFilter(urlPatterns = "/*", filterName = "SetupGate")
public class SetupGate extends HttpFilter {
    static final String SETUP_PAGE = "/setup.xhtml";
    private static final long serialVersionUID = 1L;

    @EJB
    PlatformSetup setup;
    private volatile boolean configured;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (isConfigured()) {
            if (path.equals(SETUP_PAGE)) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        if (path.equals(SETUP_PAGE) || path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/")
                || path.equals("/health") || path.startsWith("/health/")) {
            chain.doFilter(request, response);
            return;
        }
        notConfigured(path, response);
    }

    private boolean isConfigured() {
        if (!configured && setup.isConfigured()) {
            configured = true;
        }
        return configured;
    }

    private static void notConfigured(String path, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "60");
        response.setCharacterEncoding("UTF-8");
        String message = "Sillon n'est pas encore configuré : l'administrateur de la plateforme doit d'abord être créé"
                + " avec l'adresse de configuration affichée dans le journal du serveur.";
        if (path.startsWith("/api/")) {
            response.setContentType("application/json");
            response.getWriter().write("{\"status\":503,\"message\":\"" + message.replace("\"", "\\\"") + "\",\"details\":[]}");
            return;
        }
        response.setContentType("text/html");
        response.getWriter().write("""
                <!DOCTYPE html>
                <html lang="fr"><head><meta charset="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
                <title>Sillon n'est pas encore configuré · Sillon</title></head>
                <body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5">
                <main><h1>Sillon n'est pas encore configuré</h1>
                <p>L'administrateur de la plateforme n'existe pas encore. La personne qui installe Sillon le crée une seule
                fois avec l'adresse de configuration affichée dans le journal du serveur (<code>/sillon/setup.xhtml?token=…</code>),
                ou en démarrant Sillon avec les variables <code>SILLON_ADMIN_LOGIN</code> et <code>SILLON_ADMIN_PASSWORD</code>.</p>
                <p>Rechargez cette page ensuite.</p></main></body></html>
                """);
    }
}
