package org.xieshang.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Service;

/**
 * Converts the text of a Word (.docx) or Excel (.xlsx) file to another script, so exports follow the script a user
 * reads in. Only the text of the document changes — the contents of {@code <w:t>} in Word and {@code <t>} in Excel —
 * never attributes: font names such as 仿宋_GB2312 or 方正小标宋简体 must stay as written or Word would not find the
 * font. Parts that are not XML (images) are copied byte for byte.
 */
@Service
public class OfficeDocumentScript {

    /** A text run of WordprocessingML ({@code w:t}) or SpreadsheetML ({@code t}), with its attributes. */
    private static final Pattern TEXT = Pattern.compile("(<(w:t|t)(?:\\s[^>]*)?>)([^<]*)(</\\2>)");

    /** A numeric character reference; fastexcel writes every non-ASCII character as one. */
    private static final Pattern REFERENCE = Pattern.compile("&#(x[0-9a-fA-F]+|[0-9]+);");

    private final ChineseScript script;

    OfficeDocumentScript(ChineseScript script) {
        this.script = script;
    }

    /** The document with its text in {@code target}; anything that is not an Office document comes back unchanged. */
    public byte[] convert(byte[] document, Script target) {
        if (document.length < 4 || document[0] != 'P' || document[1] != 'K') {
            return document;
        }
        // read through the central directory: streaming writers (fastexcel) leave sizes out of the local headers,
        // which ZipInputStream refuses
        Path file = null;
        try {
            file = Files.createTempFile("xieshang-export", ".zip");
            Files.write(file, document);
            ByteArrayOutputStream out = new ByteArrayOutputStream(document.length + 1024);
            try (ZipFile in = new ZipFile(file.toFile());
                    ZipOutputStream zip = new ZipOutputStream(out)) {
                for (ZipEntry entry : Collections.list(in.entries())) {
                    byte[] part;
                    try (InputStream content = in.getInputStream(entry)) {
                        part = content.readAllBytes();
                    }
                    zip.putNextEntry(new ZipEntry(entry.getName()));
                    zip.write(isText(entry.getName()) ? convertPart(part, target) : part);
                    zip.closeEntry();
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(file);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
    }

    private static boolean isText(String name) {
        return name.endsWith(".xml")
                && (name.startsWith("word/")
                        || name.equals("xl/sharedStrings.xml")
                        || name.startsWith("xl/worksheets/"));
    }

    private byte[] convertPart(byte[] part, Script target) {
        String xml = new String(part, StandardCharsets.UTF_8);
        Matcher m = TEXT.matcher(xml);
        StringBuilder converted = new StringBuilder(xml.length());
        while (m.find()) {
            String text = script.convert(decodeCharacterReferences(m.group(3)), target);
            m.appendReplacement(converted, Matcher.quoteReplacement(m.group(1) + text + m.group(4)));
        }
        m.appendTail(converted);
        return converted.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Numeric references become the characters (the part is UTF-8, so they are valid as they stand), except the ones
     * XML needs escaped, so the converter sees Han characters; named references such as {@code &amp;} stay.
     */
    static String decodeCharacterReferences(String text) {
        if (text.indexOf("&#") < 0) {
            return text;
        }
        Matcher m = REFERENCE.matcher(text);
        StringBuilder decoded = new StringBuilder(text.length());
        while (m.find()) {
            String number = m.group(1);
            int codePoint =
                    number.charAt(0) == 'x' ? Integer.parseInt(number.substring(1), 16) : Integer.parseInt(number);
            boolean keep = codePoint < 0x20
                    || codePoint == '<'
                    || codePoint == '&'
                    || codePoint == '>'
                    || !Character.isValidCodePoint(codePoint);
            m.appendReplacement(decoded, Matcher.quoteReplacement(keep ? m.group() : Character.toString(codePoint)));
        }
        m.appendTail(decoded);
        return decoded.toString();
    }
}
