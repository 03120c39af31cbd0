package org.whosaid.analysis.slavic;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts a person's name as the article inflects it ("по словам Андрея Марочко", "Марии Захаровой", "Зеленського")
 * back into the nominative, so a speaker is stored and shown as "Андрей Марочко" whatever case named it. A
 * Ukrainian name is read in the Ukrainian dictionary first (it knows given names and many surnames with their
 * gender and case); otherwise, and for Russian, whose dictionary is not available, a small rule set of the
 * regular endings of Russian and Ukrainian names decides. The case is taken from endings only one case has
 * ("-ского", "-овой", "-ея", "-ича"), else from a word that governs the genitive just before the name
 * ("по словам", "у", "від"); a name with neither is left as written, since it is most likely the subject.
 */
final class SlavicNames {
    /** The oblique forms a name can take, by gender; the feminine genitive, dative, instrumental share one surname. */
    private enum Form { M_GEN, M_DAT, M_INS, F_OBL, F_ACC }

    /** A name's part: the given name, the patronymic, the surname (the last word). */
    private enum Role { GIVEN, PATRONYMIC, SURNAME }

    /**
     * One ending: in {@code form}, a {@code role} word ending in {@code ending} is {@code nominative} in the
     * nominative; a marker ending belongs to that form only, so it alone decides the case. A leading "+" asks for
     * a consonant before the ending ("Ивана", not "Ильи").
     */
    private record Rule(Form form, Role role, String ending, String nominative, boolean marker) {
    }

    private static final List<Rule> RULES = rules();
    private static final String CONSONANTS = "бвгджзйклмнпрстфхцчшщ";
    private static final Set<String> GENITIVE_GOVERNORS = Set.of("словам", "слов", "данным", "мнению", "заявлению",
            "оценке", "оценкам", "информации", "у", "от", "для", "словами", "даними", "думку", "оцінкою", "оцінками",
            "інформацією", "заявою", "від");
    private static final Set<String> ACCUSATIVE_GOVERNORS = Set.of("на");
    private static final Pattern WORD = Pattern.compile("[\\p{L}’'-]+");

    private final UkrainianLemmas lemmas;

    /** Names in a Russian text, or in a Ukrainian one (read in the Ukrainian dictionary first). */
    SlavicNames(boolean ukrainian) {
        this.lemmas = ukrainian ? new UkrainianLemmas() : null;
    }

    /**
     * The nominative of the name written {@code text.substring(start, end)}, its words separated by spaces;
     * the words before it in the same clause may govern its case.
     */
    String nominative(String text, int start, int end) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.substring(start, end));
        while (m.find()) {
            words.add(m.group());
        }
        if (words.isEmpty() || words.size() > 3) {
            return text.substring(start, end);
        }
        Form form = formOf(words, governor(text, start));
        if (form == null) {
            return text.substring(start, end);
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            out.add(inflect(words.get(i), roleOf(i, words.size()), form));
        }
        return String.join(" ", out);
    }

    private Form formOf(List<String> words, Form governed) {
        Map<Form, Integer> votes = new EnumMap<>(Form.class);
        int nominativeVotes = 0;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            String folded = w.toLowerCase(Locale.ROOT);
            Role role = roleOf(i, words.size());
            List<Form> dictionary = new ArrayList<>();
            boolean nominative = false;
            for (UkrainianLemmas.NameReading r : readings(folded)) {
                Form f = formOf(r);
                nominative |= r.grammaticalCase().equals("v_naz");
                if (f != null && !dictionary.contains(f)) {
                    dictionary.add(f);
                }
            }
            nominativeVotes += nominative ? 1 : 0;
            for (Form f : dictionary) {
                votes.merge(f, 1, Integer::sum);
            }
            for (Rule r : RULES) {
                if (r.marker() && r.role() == role && matches(folded, r) && !dictionary.contains(r.form())) {
                    votes.merge(r.form(), 1, Integer::sum);
                }
            }
        }
        Form best = null;
        int bestVotes = 0;
        for (var e : votes.entrySet()) {
            if (e.getValue() > bestVotes) {
                best = e.getKey();
                bestVotes = e.getValue();
            }
        }
        if (best != null && bestVotes > nominativeVotes) {
            return best;
        }
        if (governed == null || nominativeVotes == words.size()) {
            return null;
        }
        // governed with no telling ending ("по словам Ивана Петрова"): the given name shows the gender
        String first = words.get(0).toLowerCase(Locale.ROOT);
        boolean feminine = words.size() > 1 && (first.endsWith("ы") || first.endsWith("и") || first.endsWith("ї")
                || governed == Form.F_ACC && (first.endsWith("у") || first.endsWith("ю")));
        return feminine ? (governed == Form.F_ACC ? Form.F_ACC : Form.F_OBL) : Form.M_GEN;
    }

    private String inflect(String word, Role role, Form form) {
        if (word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT))) {
            return word; // an acronym is not a name's word
        }
        String folded = word.toLowerCase(Locale.ROOT);
        List<UkrainianLemmas.NameReading> readings = readings(folded);
        for (UkrainianLemmas.NameReading r : readings) {
            if (formOf(r) == form) {
                return r.nominative();
            }
        }
        if (readings.stream().anyMatch(r -> r.grammaticalCase().equals("v_naz") && formOf(r) == null)
                && readings.stream().noneMatch(r -> formOf(r) != null)) {
            return word; // an indeclinable name ("Шойгу") or one the dictionary reads as the nominative only
        }
        for (Rule r : RULES) {
            if (r.form() == form && r.role() == role && matches(folded, r)) {
                String ending = r.ending().replace("+", "");
                return word.substring(0, word.length() - ending.length()) + r.nominative();
            }
        }
        return word;
    }

    private List<UkrainianLemmas.NameReading> readings(String folded) {
        return lemmas == null ? List.of() : lemmas.nameReadings(folded);
    }

    private static Form formOf(UkrainianLemmas.NameReading r) {
        boolean m = r.gender().equals("m");
        return switch (r.grammaticalCase()) {
            case "v_rod", "v_zna" -> m ? Form.M_GEN : r.grammaticalCase().equals("v_zna") ? Form.F_ACC : Form.F_OBL;
            case "v_dav" -> m ? Form.M_DAT : Form.F_OBL;
            case "v_oru" -> m ? Form.M_INS : Form.F_OBL;
            case "v_mis" -> m ? Form.M_DAT : Form.F_OBL;
            default -> null;
        };
    }

    private static boolean matches(String folded, Rule r) {
        String ending = r.ending();
        boolean consonant = ending.startsWith("+");
        ending = consonant ? ending.substring(1) : ending;
        int at = folded.length() - ending.length();
        return at >= 2 && folded.endsWith(ending) && (!consonant || CONSONANTS.indexOf(folded.charAt(at - 1)) >= 0);
    }

    private static Role roleOf(int i, int size) {
        return i == size - 1 && size > 1 || size == 1 ? Role.SURNAME : i == 0 ? Role.GIVEN : Role.PATRONYMIC;
    }

    /** The case the words just before the name (back to the clause's start) ask of it, or null. */
    private static Form governor(String text, int start) {
        int from = start;
        while (from > 0 && start - from < 60 && ",.;:!?«»\"—–()\n".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        Matcher m = WORD.matcher(text.substring(from, start));
        Form governed = null;
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            if (GENITIVE_GOVERNORS.contains(w)) {
                governed = Form.M_GEN;
            } else if (ACCUSATIVE_GOVERNORS.contains(w)) {
                governed = Form.F_ACC;
            }
        }
        return governed;
    }

    /** The endings, longest first, so "-ского" is tried before "-а". */
    private static List<Rule> rules() {
        List<Rule> r = new ArrayList<>();
        Object[][] table = {
            // form, role, ending, nominative, marker
            {Form.M_GEN, Role.SURNAME, "ського", "ський", true}, {Form.M_GEN, Role.SURNAME, "цького", "цький", true},
            {Form.M_GEN, Role.SURNAME, "ского", "ский", true}, {Form.M_GEN, Role.SURNAME, "цкого", "цкий", true},
            {Form.M_GEN, Role.SURNAME, "енка", "енко", false}, {Form.M_GEN, Role.SURNAME, "ова", "ов", false},
            {Form.M_GEN, Role.SURNAME, "ева", "ев", false}, {Form.M_GEN, Role.SURNAME, "ёва", "ёв", false},
            {Form.M_GEN, Role.SURNAME, "ина", "ин", false}, {Form.M_GEN, Role.SURNAME, "ына", "ын", false},
            {Form.M_GEN, Role.SURNAME, "+а", "", false}, {Form.M_GEN, Role.SURNAME, "+я", "ь", false},
            {Form.M_GEN, Role.GIVEN, "ея", "ей", true}, {Form.M_GEN, Role.GIVEN, "ія", "ій", true},
            {Form.M_GEN, Role.GIVEN, "ия", "ий", false}, {Form.M_GEN, Role.GIVEN, "+а", "", false},
            {Form.M_GEN, Role.GIVEN, "+я", "ь", false},
            {Form.M_GEN, Role.PATRONYMIC, "ича", "ич", true},
            {Form.M_DAT, Role.SURNAME, "ському", "ський", true}, {Form.M_DAT, Role.SURNAME, "скому", "ский", true},
            {Form.M_DAT, Role.SURNAME, "цкому", "цкий", true}, {Form.M_DAT, Role.SURNAME, "енку", "енко", false},
            {Form.M_DAT, Role.SURNAME, "ову", "ов", false}, {Form.M_DAT, Role.SURNAME, "еву", "ев", false},
            {Form.M_DAT, Role.SURNAME, "ину", "ин", false}, {Form.M_DAT, Role.SURNAME, "+у", "", false},
            {Form.M_DAT, Role.GIVEN, "ею", "ей", true}, {Form.M_DAT, Role.GIVEN, "ию", "ий", false},
            {Form.M_DAT, Role.GIVEN, "+ю", "ь", false}, {Form.M_DAT, Role.GIVEN, "+у", "", false},
            {Form.M_DAT, Role.PATRONYMIC, "ичу", "ич", true},
            {Form.M_INS, Role.SURNAME, "ським", "ський", true}, {Form.M_INS, Role.SURNAME, "ским", "ский", true},
            {Form.M_INS, Role.SURNAME, "цким", "цкий", true}, {Form.M_INS, Role.SURNAME, "овым", "ов", true},
            {Form.M_INS, Role.SURNAME, "евым", "ев", true}, {Form.M_INS, Role.SURNAME, "иным", "ин", true},
            {Form.M_INS, Role.SURNAME, "енком", "енко", true}, {Form.M_INS, Role.SURNAME, "+ом", "", false},
            {Form.M_INS, Role.GIVEN, "еем", "ей", true}, {Form.M_INS, Role.GIVEN, "ием", "ий", true},
            {Form.M_INS, Role.GIVEN, "+ом", "", false},
            {Form.M_INS, Role.PATRONYMIC, "ичем", "ич", true},
            {Form.F_OBL, Role.SURNAME, "ської", "ська", true}, {Form.F_OBL, Role.SURNAME, "цької", "цька", true},
            {Form.F_OBL, Role.SURNAME, "ової", "ова", true}, {Form.F_OBL, Role.SURNAME, "евої", "ева", true},
            {Form.F_OBL, Role.SURNAME, "іної", "іна", true},
            {Form.F_OBL, Role.SURNAME, "ской", "ская", true}, {Form.F_OBL, Role.SURNAME, "цкой", "цкая", true},
            {Form.F_OBL, Role.SURNAME, "овой", "ова", true}, {Form.F_OBL, Role.SURNAME, "евой", "ева", true},
            {Form.F_OBL, Role.SURNAME, "иной", "ина", true},
            {Form.F_OBL, Role.GIVEN, "ии", "ия", true}, {Form.F_OBL, Role.GIVEN, "ьи", "ья", true},
            {Form.F_OBL, Role.GIVEN, "ией", "ия", true}, {Form.F_OBL, Role.GIVEN, "ії", "ія", true},
            {Form.F_OBL, Role.GIVEN, "ой", "а", false}, {Form.F_OBL, Role.GIVEN, "ей", "я", false},
            {Form.F_OBL, Role.GIVEN, "ы", "а", false}, {Form.F_OBL, Role.GIVEN, "ги", "га", false},
            {Form.F_OBL, Role.GIVEN, "ки", "ка", false}, {Form.F_OBL, Role.GIVEN, "и", "я", false},
            {Form.F_OBL, Role.GIVEN, "+е", "а", false},
            {Form.F_OBL, Role.PATRONYMIC, "овны", "овна", true}, {Form.F_OBL, Role.PATRONYMIC, "евны", "евна", true},
            {Form.F_OBL, Role.PATRONYMIC, "овной", "овна", true}, {Form.F_OBL, Role.PATRONYMIC, "івни", "івна", true},
            {Form.F_ACC, Role.SURNAME, "ську", "ська", true}, {Form.F_ACC, Role.SURNAME, "скую", "ская", true},
            {Form.F_ACC, Role.SURNAME, "цкую", "цкая", true}, {Form.F_ACC, Role.SURNAME, "ову", "ова", false},
            {Form.F_ACC, Role.SURNAME, "еву", "ева", false}, {Form.F_ACC, Role.SURNAME, "ину", "ина", false},
            {Form.F_ACC, Role.GIVEN, "ию", "ия", false}, {Form.F_ACC, Role.GIVEN, "ью", "ья", false},
            {Form.F_ACC, Role.GIVEN, "+у", "а", false}, {Form.F_ACC, Role.GIVEN, "ю", "я", false},
            {Form.F_ACC, Role.PATRONYMIC, "овну", "овна", true}, {Form.F_ACC, Role.PATRONYMIC, "евну", "евна", true},
        };
        for (Object[] row : table) {
            r.add(new Rule((Form) row[0], (Role) row[1], (String) row[2], (String) row[3], (Boolean) row[4]));
        }
        r.sort(java.util.Comparator.comparingInt((Rule rule) -> rule.ending().replace("+", "").length()).reversed());
        return List.copyOf(r);
    }
}
