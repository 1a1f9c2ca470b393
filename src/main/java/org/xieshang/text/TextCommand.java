package org.xieshang.text;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The operator's command {@code java -jar xieshang.jar text normalise FILE [--keep-traditional]}: prints the normalised
 * text of a UTF-8 file ({@code -} for standard input) to standard output. Runs without Spring, the web server or the
 * database, so it starts in about a second and can be used in a shell pipeline.
 */
public final class TextCommand {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private TextCommand() {}

    /** Runs the command; {@code args[0]} is {@code text}. Returns the process exit status. */
    public static int run(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        return run(args, System.in, out, err);
    }

    static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        List<String> words = List.of(args);
        boolean keepTraditional = words.contains("--keep-traditional");
        List<String> operands = words.stream()
                .filter(word -> !word.equals("--keep-traditional"))
                .toList();
        if (operands.size() != 3
                || !operands.get(0).equals("text")
                || !operands.get(1).equals("normalise")) {
            err.println(text("text.cli.usage"));
            return USAGE;
        }
        String file = operands.get(2);
        byte[] bytes;
        try {
            bytes = file.equals("-") ? in.readAllBytes() : Files.readAllBytes(Path.of(file));
        } catch (IOException | RuntimeException e) {
            err.println(text("text.cli.unreadable", file));
            return FAILED;
        }
        String content;
        try {
            content = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            err.println(text("text.cli.not-utf8", file));
            return FAILED;
        }
        TextNormaliser normaliser = new TextNormaliser(new ChineseScript());
        out.print(normaliser.normalise(content, !keepTraditional).text());
        out.flush();
        return OK;
    }

    private static String text(String key, Object... args) {
        String pattern = ResourceBundle.getBundle("i18n/text", Locale.ROOT).getString(key);
        return args.length == 0 ? pattern : MessageFormat.format(pattern, args);
    }
}
