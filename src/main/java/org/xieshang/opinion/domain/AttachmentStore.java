package org.xieshang.opinion.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.xieshang.opinion.OpinionSettings;
import org.xieshang.platform.DatabaseSettings;
import org.xieshang.shared.InvalidInput;

/**
 * Keeps attachment files under the data folder ({@code files/opinion/<committee>/}), outside the web root, with a
 * random name. A file is accepted only if its extension is allowed, its first bytes match that type, and it is no
 * larger than the limit (counted while copying, whatever the request claimed).
 */
@Component
public class AttachmentStore {

    private static final Map<String, String> MEDIA_TYPES = Map.of(
            "pdf", "application/pdf",
            "doc", "application/msword",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "wps", "application/vnd.ms-works",
            "xls", "application/vnd.ms-excel",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg",
            "png", "image/png",
            "txt", "text/plain");

    private static final byte[] PDF = {'%', 'P', 'D', 'F'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private final Path root;
    private final OpinionSettings settings;

    AttachmentStore(DatabaseSettings database, OpinionSettings settings) {
        this.root = database.dataDir().resolve("files").resolve("opinion");
        this.settings = settings;
    }

    /** A stored file: where it is, its checked media type and its size. */
    public record Stored(String storagePath, String contentType, long size) {}

    public Stored store(long committeeId, String fileName, InputStream content) {
        String extension = extension(fileName);
        if (!settings.attachmentTypes().contains(extension) || !MEDIA_TYPES.containsKey(extension)) {
            throw new InvalidInput("file", "opinion.attachment-type", String.join(", ", settings.attachmentTypes()));
        }
        String relative = committeeId + "/" + UUID.randomUUID();
        Path target = root.resolve(relative);
        try {
            Files.createDirectories(target.getParent());
            long size;
            try (InputStream in = content;
                    OutputStream out = Files.newOutputStream(target)) {
                byte[] head = in.readNBytes(8);
                if (!matches(extension, head)) {
                    throw new InvalidInput("file", "opinion.attachment-content");
                }
                out.write(head);
                size = head.length + copy(in, out);
            }
            return new Stored(relative, MEDIA_TYPES.get(extension), size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            delete(relative);
            throw e;
        }
    }

    public Path path(String storagePath) {
        return root.resolve(storagePath);
    }

    public void delete(String storagePath) {
        try {
            Files.deleteIfExists(root.resolve(storagePath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long copy(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[8192];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) >= 0) {
            total += read;
            if (total + 8 > settings.maxAttachmentBytes()) {
                throw new InvalidInput("file", "opinion.attachment-size", settings.maxAttachmentBytes() / 1024 / 1024);
            }
            out.write(buffer, 0, read);
        }
        return total;
    }

    private static boolean matches(String extension, byte[] head) {
        switch (extension) {
            case "pdf" -> {
                return startsWith(head, PDF);
            }
            case "png" -> {
                return startsWith(head, PNG);
            }
            case "jpg", "jpeg" -> {
                return startsWith(head, JPEG);
            }
            case "docx", "xlsx" -> {
                return startsWith(head, ZIP);
            }
            case "doc", "xls", "wps" -> {
                return startsWith(head, OLE);
            }
            default -> {
                return head.length > 0;
            }
        }
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(Arrays.copyOf(head, magic.length), magic);
    }

    private static String extension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
