package cn.batterycarbon;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Entry point of the battery carbon-footprint platform. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class BatteryCarbonApplication {

    public static void main(String[] args) {
        SpringApplication.run(BatteryCarbonApplication.class, args);
    }
}
