package org.xieshang.organisation.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.springframework.core.io.ClassPathResource;

/**
 * The demo dataset's names live in text files under {@code demo/organisation/} (so no Chinese sits in the code): one
 * record a line, fields separated by {@code |}, {@code #} starting a comment line.
 */
final class DemoLines {

    private DemoLines() {}

    static List<String[]> read(String file) {
        try (InputStream in = new ClassPathResource("demo/organisation/" + file).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.split("\\|", -1))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of one record type, without the type field. */
    static List<String[]> of(List<String[]> lines, String type) {
        return lines.stream()
                .filter(fields -> fields[0].equals(type))
                .map(fields -> Arrays.copyOfRange(fields, 1, fields.length))
                .toList();
    }
}
