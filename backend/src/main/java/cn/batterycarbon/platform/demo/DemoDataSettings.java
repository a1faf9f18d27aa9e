package cn.batterycarbon.platform.demo;

import cn.batterycarbon.platform.db.EmbeddedDatabaseCondition;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether demo data (demo organizations, accounts and their records) is loaded at start-up:
 * {@code DEMO_DATA} / {@code bcf.demo-data} when set, otherwise on with the embedded database and
 * off with an external one.
 */
@Component
public class DemoDataSettings {

    private final boolean enabled;

    public DemoDataSettings(Environment environment) {
        Boolean explicit = environment.getProperty("bcf.demo-data", Boolean.class);
        if (explicit == null) {
            explicit = environment.getProperty("DEMO_DATA", Boolean.class);
        }
        this.enabled = explicit != null ? explicit : EmbeddedDatabaseCondition.isEmbedded(environment);
    }

    public boolean enabled() {
        return enabled;
    }

    /** The one password every demo account has; documented in the README. */
    public static final String DEMO_PASSWORD = "demo1234";
}
