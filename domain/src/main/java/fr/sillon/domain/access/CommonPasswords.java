package fr.sillon.domain.access;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The list of common passwords shipped with Sillon ({@code common-passwords.txt}): a chosen password is refused when it
 * is one of them, compared without case nor accents, also once the digits and punctuation added at either end are
 * removed (« Motdepasse2026! » is « motdepasse »), when it is one of them said again and again (« sillon2026sillon2026 »),
 * or a short pattern repeated (« abcabcabcabc »).
 */
public final class CommonPasswords {
    private static final Set<String> LIST = load();

    private CommonPasswords() {
    }

    public static boolean isCommon(String password) {
        if (password == null) {
            return false;
        }
        String p = normalise(password);
        if (p.codePoints().distinct().count() <= 2) {
            return true; // « aaaaaaaaaaaa », « abababababab »
        }
        for (int period = 1; period <= p.length() / 2; period++) { // « sillon2026sillon2026 »: a word said twice
            if (p.length() % period == 0 && p.substring(0, period).repeat(p.length() / period).equals(p)) {
                return inList(p.substring(0, period)) || period < 6;
            }
        }
        return inList(p);
    }

    private static boolean inList(String p) {
        String core = p.replaceAll("^[\\p{Punct}\\p{N}\\s]+", "").replaceAll("[\\p{Punct}\\p{N}\\s]+$", "");
        return LIST.contains(p) || LIST.contains(core) || LIST.contains(core.replace(" ", ""));
    }

    /** Whether the password contains the login (at least 3 characters of it), without case. */
    public static boolean containsLogin(String password, String login) {
        return password != null && login != null && login.length() >= 3
                && normalise(password).contains(normalise(login));
    }

    static String normalise(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).trim();
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = CommonPasswords.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the domain module");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(normalise(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
