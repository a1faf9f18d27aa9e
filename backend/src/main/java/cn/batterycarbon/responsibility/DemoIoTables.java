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
 * Demo data for every regulator and research institute (db/seed/responsibility): China's national
 * 2020 input-output table with 153 sectors (NBS; sector 087 is battery manufacturing), and a small
 * synthetic six-sector table to try the pages quickly. Idempotent: a table the organization already
 * has is skipped.
 */
@Component
class DemoIoTables {

    static final String NAME = "示范投入产出表（合成数据） / Demo IO table (synthetic)";
    static final String NATIONAL_NAME = "2020 全国投入产出表（153 部门） / National IO table 2020 (153 sectors)";

    private record Seed(String name, String file, String unit) {}

    private static final List<Seed> SEEDS = List.of(
            new Seed(NATIONAL_NAME, "china-2020-153.csv", "10^4 CNY"), new Seed(NAME, "demo-io-table.csv", "10^8 CNY"));
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
        for (OrganizationType type : List.of(OrganizationType.REGULATOR, OrganizationType.RESEARCH_INSTITUTE)) {
            for (OrganizationDirectory.OrganizationSummary organization : organizations.ofType(type)) {
                for (Seed seed : SEEDS) {
                    if (!tables.hasTable(organization.id(), seed.name())) {
                        ClassPathResource file = new ClassPathResource("db/seed/responsibility/" + seed.file());
                        try (InputStream in = file.getInputStream()) {
                            tables.importFor(
                                    organization.id(), seed.name(), seed.file(), file.contentLength(), in, seed.unit());
                        }
                        log.info("Demo IO table {} loaded for {}", seed.file(), organization.nameEn());
                    }
                }
            }
        }
    }
}
