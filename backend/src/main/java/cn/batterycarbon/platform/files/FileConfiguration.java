package cn.batterycarbon.platform.files;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the file limits ({@code bcf.files.*}) for the importers. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FileLimits.class)
class FileConfiguration {}
