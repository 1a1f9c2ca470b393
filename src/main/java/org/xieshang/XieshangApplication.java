package org.xieshang;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@Modulithic(sharedModules = {"shared", "platform"})
@EnableScheduling
public class XieshangApplication {

    public static void main(String[] args) {
        SpringApplication.run(XieshangApplication.class, args);
    }
}
