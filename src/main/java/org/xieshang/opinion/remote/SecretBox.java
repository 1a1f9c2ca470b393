package org.xieshang.opinion.remote;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;
import org.xieshang.platform.DatabaseSettings;

/**
 * Encrypts the API tokens of other installations (AES-GCM) so they are stored, but never readable from the database
 * alone. The key comes from the configured secret, or from a key file created beside the data on first use.
 */
@Component
class SecretBox {

    private static final int IV_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final RemoteSettings settings;
    private final DatabaseSettings database;
    private SecretKeySpec key;

    SecretBox(RemoteSettings settings, DatabaseSettings database) {
        this.settings = settings;
        this.database = database;
    }

    String seal(String plain) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt a token", e);
        }
    }

    String open(String sealed) {
        try {
            byte[] in = Base64.getDecoder().decode(sealed);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(128, in, 0, IV_BYTES));
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            // another key than the one that sealed it (the key file was replaced): the token has to be set again
            throw new IllegalStateException("cannot decrypt a stored token", e);
        }
    }

    private synchronized SecretKeySpec key() {
        if (key == null) {
            key = new SecretKeySpec(keyBytes(), "AES");
        }
        return key;
    }

    private byte[] keyBytes() {
        try {
            if (settings.secret() != null && !settings.secret().isBlank()) {
                return MessageDigest.getInstance("SHA-256")
                        .digest(settings.secret().getBytes(StandardCharsets.UTF_8));
            }
            Path file = settings.keyFile() != null
                    ? settings.keyFile()
                    : database.dataDir().resolve("opinion-remote.key");
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).strip());
            }
            return createKeyFile(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] createKeyFile(Path file) throws IOException {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, Base64.getEncoder().encodeToString(bytes));
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the folder's own permissions protect it
        }
        return bytes;
    }
}
