package org.xieshang.opinion.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes the demo reports' Chinese text from the fragments in {@code demo/opinion/vocabulary.txt}: a subject of the
 * category, a place, one of several title forms, facts, analysis and numbered suggestions, each drawn at random, so
 * that thousands of reports read differently.
 */
final class DemoTexts {

    private static final String RESOURCE = "/demo/opinion/vocabulary.txt";

    /** Departments of each level by category, as indexes into the {@code department} lines. */
    private static final Map<String, int[]> DEPARTMENTS = Map.of(
            "ECONOMY", new int[] {0, 1, 9},
            "URBAN", new int[] {7},
            "RURAL", new int[] {2},
            "CULTURE", new int[] {3, 4},
            "SOCIAL_SECURITY", new int[] {5, 8},
            "ECOLOGY", new int[] {6},
            "GOVERNANCE", new int[] {8, 0},
            "UNITED_FRONT", new int[] {0, 9},
            "OTHER", new int[] {0});

    private final Map<String, List<String>> words;
    private final Random random;

    private DemoTexts(Map<String, List<String>> words, Random random) {
        this.words = words;
        this.random = random;
    }

    /** A report's text: the title as submitted and as edited, and the edited body beside the original. */
    record Text(
            String title, String editedTitle, String facts, String analysis, String suggestions, String editedBody) {}

    static DemoTexts load(Random random) {
        Map<String, List<String>> words = new HashMap<>();
        try (InputStream in = DemoTexts.class.getResourceAsStream(RESOURCE);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> parts = Arrays.asList(line.split("\\|"));
                boolean qualified = parts.size() > 2 && parts.get(1).matches("[A-Z_]+");
                String key = qualified ? parts.get(0) + "|" + parts.get(1) : parts.get(0);
                words.computeIfAbsent(key, k -> new ArrayList<>())
                        .addAll(parts.subList(qualified ? 2 : 1, parts.size()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DemoTexts(words, random);
    }

    String first(String key) {
        return words.get(key).get(0);
    }

    Text report(String category, boolean luzhou, String prefix) {
        Map<String, String> slots = new HashMap<>();
        slots.put("s", pick("subject|" + category));
        slots.put("p", pick(luzhou ? "place|LUZHOU" : "place|OTHER").replace("{c}", prefix));
        slots.put("v", pick("verb"));
        String facts = sentences("fact", 3, slots);
        String analysis = sentences("analysis", 2 + random.nextInt(2), slots);
        String suggestions = suggestions(slots);
        String edited = fill(pick("edited"), slots);
        return new Text(fill(pick("original"), slots), edited, facts, analysis, suggestions, facts + analysis);
    }

    String compositeTitle(String categoryName) {
        return pick("composite").replace("{cat}", categoryName);
    }

    String leader(String rank) {
        return pick("leader|" + rank);
    }

    String department(String level, String category) {
        int[] choices = DEPARTMENTS.getOrDefault(category, new int[] {0});
        return words.get("department|" + level).get(choices[random.nextInt(choices.length)]);
    }

    String instruction(String level, String category) {
        return pick("instruction").replace("{d}", department(level, category));
    }

    String filedReason() {
        return pick("filed");
    }

    String personName() {
        return pick("surname") + pick("given");
    }

    private String sentences(String key, int count, Map<String, String> slots) {
        StringBuilder text = new StringBuilder();
        List<String> pool = new ArrayList<>(words.get(key));
        for (int i = 0; i < count && !pool.isEmpty(); i++) {
            text.append(fill(pool.remove(random.nextInt(pool.size())), slots));
        }
        return text.toString();
    }

    private String suggestions(Map<String, String> slots) {
        List<String> pool = new ArrayList<>(words.get("suggestion"));
        List<String> ordinals = words.get("ordinal");
        int count = 3 + random.nextInt(2);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String item = fill(pool.remove(random.nextInt(pool.size())), slots);
            // the separators are the full-width semicolon and full stop of Chinese text
            text.append(ordinals.get(i)).append(item).append(i == count - 1 ? "\u3002" : "\uff1b");
        }
        return text.toString();
    }

    private String fill(String template, Map<String, String> slots) {
        String issue = pick("issue");
        String other = pick("issue");
        return template.replace("{s}", slots.get("s"))
                .replace("{p}", slots.get("p"))
                .replace("{v}", slots.get("v"))
                .replace("{n}", String.valueOf(5 + random.nextInt(120)))
                .replace("{q}", String.valueOf(15 + random.nextInt(60)))
                .replace("{u}", pick("unit"))
                .replace("{src}", pick("src"))
                .replace("{i}", issue)
                .replace("{j}", other.equals(issue) ? pick("issue") : other)
                .replace("{g}", pick("goal"));
    }

    private String pick(String key) {
        List<String> list = words.get(key);
        return list.get(random.nextInt(list.size()));
    }
}
