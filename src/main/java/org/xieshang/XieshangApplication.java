package org.xieshang;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.xieshang.text.TextCommand;

@SpringBootApplication
@Modulithic(sharedModules = {"shared", "platform"})
@EnableScheduling
public class XieshangApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("text")) {
            // an operator's command on text files: no web server, no database
            System.exit(TextCommand.run(args));
        }
        SpringApplication.run(XieshangApplication.class, args);
    }
}
