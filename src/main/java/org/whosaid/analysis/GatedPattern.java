package org.whosaid.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression that is tried only on texts containing one of the literals every match must contain,
 * read off the expression itself ({@code \b(strikes?|struck|raids?)\b} needs "strike", "struck" or "raid"):
 * {@code String.indexOf} is some twenty times cheaper than the regex's attempt at every position of a sentence,
 * and most sentences hold none of a lexicon pattern's words. Results are those of the plain pattern.
 */
final class GatedPattern {

    private final Pattern pattern;
    private final boolean ignoreCase;
    /** Literals (ASCII lower-cased when the pattern ignores case) one of which is in every match; empty: no gate. */
    private final List<String> gate;

    private GatedPattern(Pattern pattern, boolean ignoreCase, List<String> gate) {
        this.pattern = pattern;
        this.ignoreCase = ignoreCase;
        this.gate = gate;
    }

    /** {@code regex} compiled with {@code flags}, which may be 0 or {@link Pattern#CASE_INSENSITIVE} only. */
    static GatedPattern compile(String regex, int flags) {
        if ((flags & ~Pattern.CASE_INSENSITIVE) != 0) {
            throw new IllegalArgumentException("only CASE_INSENSITIVE can be gated: " + regex);
        }
        Parser parser = new Parser(regex);
        boolean leadingFlag = parser.leadingIgnoreCase();
        boolean ignoreCase = leadingFlag || (flags & Pattern.CASE_INSENSITIVE) != 0;
        Optional<Set<String>> literals = parser.parse();
        List<String> gate = new ArrayList<>();
        literals.ifPresent(set -> set.forEach(s -> gate.add(ignoreCase ? asciiLower(s) : s)));
        return new GatedPattern(Pattern.compile(regex, flags), ignoreCase, List.copyOf(gate));
    }

    /** A case-sensitive gated pattern. */
    static GatedPattern compile(String regex) {
        return compile(regex, 0);
    }

    /** Whether the pattern is found in {@code text}, as {@code pattern.matcher(text).find()}. */
    boolean find(String text) {
        return mayMatch(text) && pattern.matcher(text).find();
    }

    /** A matcher over {@code text}, or over the empty text (which finds nothing) when {@code text} cannot match. */
    Matcher matcher(String text) {
        return pattern.matcher(mayMatch(text) ? text : "");
    }

    /** False only when no match is possible: the text holds none of the literals. */
    boolean mayMatch(String text) {
        if (gate.isEmpty()) {
            return true;
        }
        String haystack = ignoreCase ? asciiLower(text) : text;
        for (String literal : gate) {
            if (haystack.contains(literal)) {
                return true;
            }
        }
        return false;
    }

    /** The literals found, for tests. */
    List<String> gate() {
        return gate;
    }

    /**
     * Lower-cases A-Z only, as {@link Pattern#CASE_INSENSITIVE} without UNICODE_CASE compares: full Unicode
     * lower-casing can change a letter by its context (final sigma) and would make the gate unsound.
     */
    private static String asciiLower(String s) {
        int i = 0;
        int n = s.length();
        while (i < n && (s.charAt(i) < 'A' || s.charAt(i) > 'Z')) {
            i++;
        }
        if (i == n) {
            return s;
        }
        char[] chars = s.toCharArray();
        for (; i < n; i++) {
            if (chars[i] >= 'A' && chars[i] <= 'Z') {
                chars[i] = (char) (chars[i] + ('a' - 'A'));
            }
        }
        return new String(chars);
    }

    /**
     * Reads the literals a match must contain: in a sequence, any run of literal characters none of which is
     * optional, or a group that is not optional (a set: one of its branches' literals); of those, the one whose
     * shortest literal is longest. An alternation needs one literal per branch, else it has none. Anything it does
     * not know (other inline flags, {@code \Q}) is refused rather than guessed.
     */
    private static final class Parser {
        private final String re;
        private int pos;

        Parser(String re) {
            this.re = re;
        }

        boolean leadingIgnoreCase() {
            if (re.startsWith("(?i)")) {
                pos = 4;
                return true;
            }
            return false;
        }

        Optional<Set<String>> parse() {
            Optional<Set<String>> literals = alternation();
            if (pos != re.length()) {
                throw new IllegalArgumentException("unbalanced ')' at " + pos + " in " + re);
            }
            return literals;
        }

        private Optional<Set<String>> alternation() {
            Set<String> union = new LinkedHashSet<>();
            boolean every = true;
            while (true) {
                Optional<Set<String>> branch = sequence();
                if (branch.isPresent()) {
                    union.addAll(branch.get());
                } else {
                    every = false;
                }
                if (pos < re.length() && re.charAt(pos) == '|') {
                    pos++;
                    continue;
                }
                return every ? Optional.of(union) : Optional.empty();
            }
        }

        private Optional<Set<String>> sequence() {
            List<Set<String>> candidates = new ArrayList<>();
            StringBuilder run = new StringBuilder();
            while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
                char c = re.charAt(pos);
                if (c == '(') {
                    flush(run, candidates);
                    Optional<Set<String>> group = group();
                    if (!optionalQuantifier() && group.isPresent()) {
                        candidates.add(group.get());
                    }
                } else if (c == '[') {
                    flush(run, candidates);
                    skipClass();
                    optionalQuantifier();
                } else if (c == '^' || c == '$') {
                    pos++; // zero width: the run goes on
                } else if (c == '.') {
                    flush(run, candidates);
                    pos++;
                    optionalQuantifier();
                } else if (c == '\\') {
                    Character literal = escape(run, candidates);
                    if (literal != null) {
                        literalChar(literal, run, candidates);
                    }
                } else if (c == '?' || c == '*' || c == '+' || c == '{') {
                    throw new IllegalArgumentException("dangling quantifier at " + pos + " in " + re);
                } else {
                    pos++;
                    literalChar(c, run, candidates);
                }
            }
            flush(run, candidates);
            Set<String> best = null;
            for (Set<String> set : candidates) {
                if (best == null || shortest(set) > shortest(best)) {
                    best = set;
                }
            }
            return Optional.ofNullable(best);
        }

        private void literalChar(char c, StringBuilder run, List<Set<String>> candidates) {
            int before = pos;
            boolean optional = optionalQuantifier();
            if (optional) {
                flush(run, candidates); // "strikes?": the s may be absent
            } else {
                run.append(c);
                if (pos != before) {
                    flush(run, candidates); // "a+": repeated, so what follows is not next to it
                }
            }
        }

        /** Reads an escape; answers its character when it stands for itself, else null (class or zero width). */
        private Character escape(StringBuilder run, List<Set<String>> candidates) {
            if (pos + 1 >= re.length()) {
                throw new IllegalArgumentException("trailing backslash in " + re);
            }
            char e = re.charAt(pos + 1);
            pos += 2;
            if ("bBAzZG".indexOf(e) >= 0) {
                return null; // zero width
            }
            if (!Character.isLetterOrDigit(e)) {
                return e;
            }
            if ("dDwWsShHvVRX".indexOf(e) >= 0 || Character.isDigit(e)) {
                while (Character.isDigit(e) && pos < re.length() && Character.isDigit(re.charAt(pos))) {
                    pos++;
                }
            } else if (e == 'p' || e == 'P') {
                if (pos < re.length() && re.charAt(pos) == '{') {
                    pos = re.indexOf('}', pos) + 1;
                } else {
                    pos++;
                }
            } else {
                throw new IllegalArgumentException("cannot gate the escape \\" + e + " in " + re);
            }
            flush(run, candidates);
            optionalQuantifier();
            return null;
        }

        /** A group at {@code pos}: its literals, or none for a look-around (zero width, needs nothing). */
        private Optional<Set<String>> group() {
            pos++;
            boolean lookaround = false;
            if (re.startsWith("?:", pos)) {
                pos += 2;
            } else if (re.startsWith("?=", pos) || re.startsWith("?!", pos)) {
                pos += 2;
                lookaround = true;
            } else if (re.startsWith("?<=", pos) || re.startsWith("?<!", pos)) {
                pos += 3;
                lookaround = true;
            } else if (re.startsWith("?<", pos)) {
                pos = re.indexOf('>', pos) + 1; // a named group
            } else if (pos < re.length() && re.charAt(pos) == '?') {
                throw new IllegalArgumentException("cannot gate the group (" + re.substring(pos) + " in " + re);
            }
            Optional<Set<String>> inner = alternation();
            if (pos >= re.length() || re.charAt(pos) != ')') {
                throw new IllegalArgumentException("unclosed group in " + re);
            }
            pos++;
            return lookaround ? Optional.empty() : inner;
        }

        private void skipClass() {
            pos++;
            if (pos < re.length() && re.charAt(pos) == '^') {
                pos++;
            }
            if (pos < re.length() && re.charAt(pos) == ']') {
                pos++;
            }
            int depth = 1;
            while (pos < re.length() && depth > 0) {
                char c = re.charAt(pos);
                if (c == '\\') {
                    pos++;
                } else if (c == '[') {
                    depth++;
                } else if (c == ']') {
                    depth--;
                }
                pos++;
            }
        }

        /** Skips a quantifier at {@code pos}; true when it lets the atom before it be absent (?, *, {0,…}). */
        private boolean optionalQuantifier() {
            if (pos >= re.length()) {
                return false;
            }
            char q = re.charAt(pos);
            boolean optional;
            if (q == '?' || q == '*') {
                optional = true;
                pos++;
            } else if (q == '+') {
                optional = false;
                pos++;
            } else if (q == '{') {
                int close = re.indexOf('}', pos);
                optional = re.charAt(pos + 1) == '0';
                pos = close + 1;
            } else {
                return false;
            }
            if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) {
                pos++; // lazy or possessive
            }
            return optional;
        }

        private static void flush(StringBuilder run, List<Set<String>> candidates) {
            if (!run.isEmpty()) {
                candidates.add(Set.of(run.toString()));
                run.setLength(0);
            }
        }

        private static int shortest(Set<String> set) {
            return set.stream().mapToInt(String::length).min().orElse(0);
        }
    }
}
