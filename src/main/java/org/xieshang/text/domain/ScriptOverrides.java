package org.xieshang.text.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Our corrections to one direction of opencc4j, read from a {@code text/overrides-*.txt} file. Two kinds of line:
 * {@code source<TAB>target} replaces a word (or a single character) of the input before the library sees it, and
 * {@code @produced<TAB>wanted} replaces a character the library writes by the variant our readers expect. Lines
 * starting with {@code #} are comments.
 */
public final class ScriptOverrides {

    private final Map<String, String> entries;
    private final Map<Character, Character> variants;
    private final Set<Character> firstCharacters = new HashSet<>();
    private final int longest;

    private ScriptOverrides(Map<String, String> entries, Map<Character, Character> variants) {
        this.entries = Map.copyOf(entries);
        this.variants = Map.copyOf(variants);
        entries.keySet().forEach(source -> firstCharacters.add(source.charAt(0)));
        this.longest = entries.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    /** Reads a UTF-8 override file from the class path; a malformed file stops the application at start. */
    public static ScriptOverrides load(String resource) {
        try (InputStream in = ScriptOverrides.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing override dictionary " + resource);
            }
            return parse(
                    resource,
                    new String(in.readAllBytes(), StandardCharsets.UTF_8)
                            .lines()
                            .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ScriptOverrides parse(String name, List<String> lines) {
        Map<String, String> entries = new HashMap<>();
        Map<Character, Character> variants = new HashMap<>();
        for (int number = 1; number <= lines.size(); number++) {
            String line = lines.get(number - 1).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t");
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new IllegalStateException(name + " line " + number + ": expected source<TAB>target");
            }
            if (parts[0].startsWith("@")) {
                addVariant(variants, parts[0].substring(1), parts[1], name, number);
            } else if (entries.put(parts[0], parts[1]) != null) {
                throw new IllegalStateException(name + " line " + number + ": " + parts[0] + " listed twice");
            }
        }
        return new ScriptOverrides(entries, variants);
    }

    private static void addVariant(
            Map<Character, Character> variants, String produced, String wanted, String name, int number) {
        if (produced.length() != 1 || wanted.length() != 1) {
            throw new IllegalStateException(name + " line " + number + ": a variant maps one character to one");
        }
        variants.put(produced.charAt(0), wanted.charAt(0));
    }

    /** Whether some override could start inside {@code text}; when not, the library's output is used as it is. */
    public boolean mayApplyTo(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (firstCharacters.contains(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The replacement of {@code source}, or null when it has none. */
    public String replacement(String source) {
        return entries.get(source);
    }

    /** The length of the longest entry, so callers know how far to look ahead. */
    public int longest() {
        return longest;
    }

    /** Replaces the library's character variants by the preferred ones. */
    public String preferVariants(String produced) {
        if (variants.isEmpty()) {
            return produced;
        }
        char[] chars = produced.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = variants.getOrDefault(chars[i], chars[i]);
        }
        return new String(chars);
    }
}
