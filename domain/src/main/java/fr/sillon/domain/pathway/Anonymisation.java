package fr.sillon.domain.pathway;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What anonymisation leaves of free text (issue 14, point 9): the audit trail's details, observation, validation and
 * exit notes may name the person; each of their names (first, last, both in either order), written with or without
 * accents and in any case, becomes {@value #REPLACEMENT}. The account of the person gets a name and a login that say
 * nothing.
 */
public final class Anonymisation {
    public static final String REPLACEMENT = "[personne anonymisée]";
    public static final String ACCOUNT_NAME = "Personne anonymisée";

    private Anonymisation() {
    }

    /** The login an anonymised person's account keeps (unique, says nothing). */
    public static String accountLogin(long accountId) {
        return "anonyme-" + accountId;
    }

    /** {@code text} without the names of the person ({@code firstName}, {@code lastName}); null stays null. */
    public static String scrub(String text, String firstName, String lastName) {
        if (text == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        if (present(firstName) && present(lastName)) {
            names.add(firstName.trim() + " " + lastName.trim());
            names.add(lastName.trim() + " " + firstName.trim());
        }
        for (String n : new String[] {lastName, firstName}) {
            if (present(n) && n.trim().length() >= 2) {
                names.add(n.trim());
            }
        }
        names.sort(Comparator.comparingInt(String::length).reversed()); // « Diallo Amina » before « Diallo »
        String plain = fold(text);
        StringBuilder out = new StringBuilder(text);
        for (String name : names) {
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(fold(name)).replace(" ", "\\E\\s+\\Q")
                    + "(?![\\p{L}\\p{N}])").matcher(plain);
            List<int[]> spans = new ArrayList<>();
            while (m.find()) {
                spans.add(new int[] {m.start(), m.end()});
            }
            for (int i = spans.size() - 1; i >= 0; i--) {
                out.replace(spans.get(i)[0], spans.get(i)[1], REPLACEMENT);
            }
            plain = fold(out.toString());
        }
        return out.toString();
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    /** Same length as the text (one char for one char): accents dropped, lower case. */
    static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            b.append(d.isEmpty() ? c : d.toLowerCase(Locale.ROOT).charAt(0));
        }
        return b.toString();
    }
}
