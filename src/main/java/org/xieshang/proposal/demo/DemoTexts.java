package org.xieshang.proposal.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.core.io.ClassPathResource;

/**
 * The sentence pools of {@code demo/proposal/texts.txt} (so no Chinese sits in the code): one entry a line,
 * {@code pool|text}; topics carry their category and the units that usually handle them.
 */
final class DemoTexts {

    /** A subject proposals are written about: its 五位一体 category and the units (by name) that handle it. */
    record Topic(String category, String text, List<String> unitNames) {}

    private final Map<String, List<String>> pools = new HashMap<>();
    private final List<Topic> topics = new ArrayList<>();
    private final Random random;

    private DemoTexts(Random random) {
        this.random = random;
    }

    static DemoTexts load(Random random) {
        DemoTexts texts = new DemoTexts(random);
        try (InputStream in = new ClassPathResource("demo/proposal/texts.txt").getInputStream()) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.split("\\|", -1))
                    .forEach(texts::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }

    private void add(String[] fields) {
        if (fields[0].equals("topic")) {
            topics.add(new Topic(fields[1], fields[2], List.of(fields[3].split(","))));
        } else {
            pools.computeIfAbsent(fields[0], k -> new ArrayList<>()).add(fields[1]);
        }
    }

    List<Topic> topics() {
        return topics;
    }

    String first(String pool) {
        return pools.get(pool).get(0);
    }

    String nth(String pool, int index) {
        return pools.get(pool).get(index);
    }

    String any(String pool) {
        List<String> entries = pools.get(pool);
        return entries.get(random.nextInt(entries.size()));
    }

    /** {@code count} different entries of a pool, in a random order. */
    List<String> some(String pool, int count) {
        List<String> entries = new ArrayList<>(pools.get(pool));
        java.util.Collections.shuffle(entries, random);
        return entries.subList(0, Math.min(count, entries.size()));
    }

    String title(Topic topic) {
        String place = random.nextInt(3) == 0 ? any("place") : "";
        String aspect = random.nextBoolean() ? any("aspect") : "";
        return first("title-start") + any("verb") + place + topic.text() + aspect + first("title-end");
    }

    String grounds(Topic topic) {
        StringBuilder text = new StringBuilder(fill(any("opening"), topic));
        some("problem", 2 + random.nextInt(2)).forEach(text::append);
        return text.append(any("closing")).toString();
    }

    String suggestions() {
        List<String> items = some("suggestion", 3 + random.nextInt(2));
        List<String> ordinals = pools.get("ordinal");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            text.append(ordinals.get(i)).append(items.get(i));
        }
        return text.toString();
    }

    String letter() {
        return String.join("", some("reply", 3 + random.nextInt(3)));
    }

    private String fill(String sentence, Topic topic) {
        String place = random.nextBoolean() ? first("place") : any("place");
        return sentence.replace("{place}", place).replace("{topic}", topic.text());
    }
}
