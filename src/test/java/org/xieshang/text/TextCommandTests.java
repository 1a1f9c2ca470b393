package org.xieshang.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code text normalise FILE} command, run the way {@code main} runs it but with captured streams. */
class TextCommandTests {

    @TempDir
    Path folder;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void printsTheNormalisedTextOfAFile() throws IOException {
        Path file = Files.writeString(folder.resolve("page.txt"), "政協(xié)工作報告,,一年來", StandardCharsets.UTF_8);

        int status = run("text", "normalise", file.toString());

        assertThat(status).isEqualTo(TextCommand.OK);
        assertThat(out()).isEqualTo("政协工作报告，一年来");
    }

    @Test
    void keepsTraditionalCharactersWhenAsked() throws IOException {
        Path file = Files.writeString(folder.resolve("page.txt"), "政協(xié)工作", StandardCharsets.UTF_8);

        run("text", "normalise", "--keep-traditional", file.toString());

        assertThat(out()).isEqualTo("政協工作");
    }

    @Test
    void readsStandardInputForADash() {
        int status = run(new ByteArrayInputStream("發(fā)展".getBytes(StandardCharsets.UTF_8)), "text", "normalise", "-");

        assertThat(status).isEqualTo(TextCommand.OK);
        assertThat(out()).isEqualTo("发展");
    }

    @Test
    void aMissingFileIsReportedInChineseWithAFailureStatus() {
        int status = run("text", "normalise", folder.resolve("missing.txt").toString());

        assertThat(status).isEqualTo(TextCommand.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("无法读取文件");
        assertThat(out()).isEmpty();
    }

    @Test
    void aFileThatIsNotUtf8IsRefused() throws IOException {
        Path file = Files.write(folder.resolve("gbk.txt"), "政协".getBytes("GBK"));

        assertThat(run("text", "normalise", file.toString())).isEqualTo(TextCommand.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("不是 UTF-8");
    }

    @Test
    void wrongArgumentsPrintTheUsage() {
        assertThat(run("text", "translate", "a.txt")).isEqualTo(TextCommand.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("用法", "text normalise");
    }

    private int run(String... args) {
        return run(new ByteArrayInputStream(new byte[0]), args);
    }

    private int run(ByteArrayInputStream in, String... args) {
        return TextCommand.run(
                args,
                in,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }
}
