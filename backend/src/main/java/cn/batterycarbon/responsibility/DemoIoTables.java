package cn.batterycarbon.responsibility;

import cn.batterycarbon.organization.DemoOrganizationsLoaded;
import cn.batterycarbon.organization.OrganizationDirectory;
import cn.batterycarbon.platform.demo.DemoDataSettings;
import cn.batterycarbon.platform.security.OrganizationType;
import cn.batterycarbon.responsibility.application.IoTables;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Demo data: a small synthetic six-sector table (generic layout, db/seed/responsibility) for every
 * regulator and research institute, so that the allocation pages can be tried without a national
 * table. Idempotent: skipped where the organization already has it.
 */
@Component
class DemoIoTables {

    static final String NAME = "示范投入产出表（合成数据） / Demo IO table (synthetic)";
    private static final String SEED = "db/seed/responsibility/demo-io-table.csv";
    private static final Logger log = LoggerFactory.getLogger(DemoIoTables.class);

    private final DemoDataSettings settings;
    private final OrganizationDirectory organizations;
    private final IoTables tables;

    DemoIoTables(DemoDataSettings settings, OrganizationDirectory organizations, IoTables tables) {
        this.settings = settings;
        this.organizations = organizations;
        this.tables = tables;
    }

    /** Runs once the demo organizations and accounts it refers to exist. */
    @EventListener(DemoOrganizationsLoaded.class)
    public void load() throws IOException {
        if (!settings.enabled()) {
            return;
        }
        ClassPathResource seed = new ClassPathResource(SEED);
        for (OrganizationType type : List.of(OrganizationType.REGULATOR, OrganizationType.RESEARCH_INSTITUTE)) {
            for (OrganizationDirectory.OrganizationSummary organization : organizations.ofType(type)) {
                if (!tables.hasTable(organization.id(), NAME)) {
                    try (InputStream in = seed.getInputStream()) {
                        tables.importFor(
                                organization.id(), NAME, "demo-io-table.csv", seed.contentLength(), in, "10^8 CNY");
                    }
                    log.info("Demo IO table loaded for {}", organization.nameEn());
                }
            }
        }
    }
}
