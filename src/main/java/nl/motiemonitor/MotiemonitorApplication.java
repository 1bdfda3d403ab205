package nl.motiemonitor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class MotiemonitorApplication {

    public static void main(String[] args) {
        SpringApplication.run(MotiemonitorApplication.class, args);
    }
}
