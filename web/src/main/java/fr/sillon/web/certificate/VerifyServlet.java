package fr.sillon.web.certificate;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Public short address of a certificate, {@code /verify/SIL-2026-000123/K7M21-Q9X40} (printed and in the QR code): shows the
 * verification page for that number. {@code /verify} alone shows the search and upload form.
 */
@WebServlet("/verify/*")
public class VerifyServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String path = request.getPathInfo();
        String[] parts = (path == null ? "" : path.replaceFirst("^/+", "").replaceFirst("/+$", "")).split("/+", 2);
        String number = cut(parts[0]);
        String code = parts.length > 1 ? cut(parts[1]) : "";
        String target = number.isEmpty() ? "/verify.xhtml"
                : "/verify.xhtml?number=" + URLEncoder.encode(number, StandardCharsets.UTF_8)
                + (code.isEmpty() ? "" : "&code=" + URLEncoder.encode(code, StandardCharsets.UTF_8));
        request.getRequestDispatcher(target).forward(request, response);
    }

    private static String cut(String part) {
        return part.length() > 60 ? part.substring(0, 60) : part;
    }
}
