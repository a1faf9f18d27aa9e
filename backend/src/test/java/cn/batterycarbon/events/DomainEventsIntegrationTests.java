package cn.batterycarbon.events;

import static org.assertj.core.api.Assertions.assertThat;

import cn.batterycarbon.declaration.DeclarationCalculations;
import cn.batterycarbon.declaration.DeclarationEvents.DeclarationChanged;
import cn.batterycarbon.declaration.DeclarationEvents.DeclarationLinesChanged;
import cn.batterycarbon.declaration.DeclarationEvents.DeclarationSubmitted;
import cn.batterycarbon.declaration.DeclarationService;
import cn.batterycarbon.declaration.DeclarationService.DeclarationCommand;
import cn.batterycarbon.declaration.DeclarationView;
import cn.batterycarbon.declaration.FunctionalUnitMethod;
import cn.batterycarbon.declaration.TestManufacturers;
import cn.batterycarbon.factor.FactorEvents.FactorReleaseChanged;
import cn.batterycarbon.factor.FactorEvents.FactorReleasePublished;
import cn.batterycarbon.factor.Province;
import cn.batterycarbon.factor.application.FactorReleaseService;
import cn.batterycarbon.factor.application.FactorReleaseService.NewRelease;
import cn.batterycarbon.footprint.core.ElectricityRule;
import cn.batterycarbon.footprint.core.VehicleCategory;
import cn.batterycarbon.organization.OrganizationEvents.OrganizationRegistered;
import cn.batterycarbon.organization.OrganizationEvents.UserChanged;
import cn.batterycarbon.organization.application.OrganizationAdministration;
import cn.batterycarbon.platform.events.AuditableEvent;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.product.BatteryFormat;
import cn.batterycarbon.product.BatteryModelDetails;
import cn.batterycarbon.product.BatteryModelView;
import cn.batterycarbon.product.Chemistry;
import cn.batterycarbon.product.PlantView;
import cn.batterycarbon.product.ProductCatalog;
import cn.batterycarbon.product.ProductEvents.BatteryModelChanged;
import cn.batterycarbon.product.ProductEvents.PlantChanged;
import cn.batterycarbon.support.IntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The modules publish their state changes as events (Spring Modulith {@link Scenario}s: the
 * stimulus runs in a transaction, the event is awaited), every event is an {@link AuditableEvent}
 * naming object, tenant and changed fields without secrets, and events with an
 * {@code @ApplicationModuleListener} go through the publication registry (completed, then archived).
 */
@IntegrationTest
@EnableScenarios
class DomainEventsIntegrationTests {

    @Autowired
    OrganizationAdministration administration;

    @Autowired
    UserDetailsService users;

    @Autowired
    ProductCatalog products;

    @Autowired
    DeclarationService declarations;

    @Autowired
    cn.batterycarbon.declaration.DeclarationWorkflow workflow;

    @Autowired
    cn.batterycarbon.organization.OrganizationDirectory directory;

    @Autowired
    DeclarationCalculations calculations;

    @Autowired
    FactorReleaseService releases;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void registeringAnOrganizationAndItsUserPublishesEventsWithoutThePassword(Scenario scenario) {
        scenario.stimulate(() -> TestManufacturers.register(administration, users))
                .andWaitForEventOfType(UserChanged.class)
                .matching(e -> e.action().equals(UserChanged.CREATED))
                .toArriveAndVerify((event, manufacturer) -> {
                    assertThat(event.objectId()).isEqualTo(manufacturer.user().userId());
                    assertThat(event.tenantId())
                            .isEqualTo(manufacturer.organization().getId());
                    assertThat(event.changes()).containsKeys("username", "roles");
                    assertThat(event.changes().toString())
                            .doesNotContain(TestManufacturers.PASSWORD)
                            .doesNotContain("argon2");
                });
    }

    @Test
    void registeringAnOrganizationPublishesItsDetails(Scenario scenario) {
        scenario.stimulate(() -> TestManufacturers.register(administration, users))
                .andWaitForEventOfType(OrganizationRegistered.class)
                .toArriveAndVerify((event, manufacturer) -> {
                    assertThat(event.action()).isEqualTo("organization.registered");
                    assertThat(event.objectId())
                            .isEqualTo(manufacturer.organization().getId());
                    assertThat(event.changes().get("type").after()).isEqualTo("BATTERY_MANUFACTURER");
                });
    }

    @Test
    void deactivatingAUserPublishesTheChange(Scenario scenario) {
        PlatformUser maker = TestManufacturers.register(administration, users).user();
        scenario.stimulate(() -> administration.deactivateUser(maker.userId(), UUID.randomUUID()))
                .andWaitForEventOfType(UserChanged.class)
                .matching(e -> e.action().equals(UserChanged.DEACTIVATED))
                .toArriveAndVerify(event -> {
                    assertThat(event.objectId()).isEqualTo(maker.userId());
                    assertThat(event.changes().get("active").after()).isEqualTo("false");
                });
    }

    @Test
    void plantModelAndDeclarationChangesArePublished(Scenario scenario) {
        PlatformUser maker = TestManufacturers.register(administration, users).user();
        AtomicReference<PlantView> plantCreated = new AtomicReference<>();
        scenario.stimulate(() -> products.createPlant(maker, "事件测试工厂", "常州", Province.JIANGSU))
                .andWaitForEventOfType(PlantChanged.class)
                .matching(e -> e.action().equals(PlantChanged.CREATED))
                .toArriveAndVerify((event, created) -> {
                    assertThat(event.objectId()).isEqualTo(created.id());
                    assertThat(event.tenantId()).isEqualTo(maker.organizationId());
                    assertThat(event.changes().get("province").after()).isEqualTo("JIANGSU");
                    plantCreated.set(created);
                });
        PlantView plant = plantCreated.get();
        scenario.stimulate(() -> products.updatePlant(
                        plant.id(), plant.version(), maker, plant.name(), plant.address(), Province.SICHUAN))
                .andWaitForEventOfType(PlantChanged.class)
                .matching(e -> e.action().equals(PlantChanged.CHANGED))
                .toArriveAndVerify(event -> assertThat(event.changes())
                        .containsOnlyKeys("province")
                        .hasEntrySatisfying("province", c -> {
                            assertThat(c.before()).isEqualTo("JIANGSU");
                            assertThat(c.after()).isEqualTo("SICHUAN");
                        }));
        AtomicReference<BatteryModelView> modelCreated = new AtomicReference<>();
        scenario.stimulate(() -> products.createModel(maker, model()))
                .andWaitForEventOfType(BatteryModelChanged.class)
                .toArriveAndVerify((event, created) -> {
                    assertThat(event.changes().get("ratedEnergyKwh").after()).isEqualTo("62");
                    modelCreated.set(created);
                });
        BatteryModelView model = modelCreated.get();

        AtomicReference<DeclarationView> declarationCreated = new AtomicReference<>();
        scenario.stimulate(() -> declarations.create(maker, command(model, plant)))
                .andWaitForEventOfType(DeclarationChanged.class)
                .matching(e -> e.action().equals(DeclarationChanged.CREATED))
                .toArriveAndVerify((event, created) -> {
                    assertThat(event.objectId()).isEqualTo(created.id());
                    assertThat(event.objectType()).isEqualTo("DECLARATION");
                    assertThat(event.changes()).containsKeys("productionVolume", "factorRelease");
                    declarationCreated.set(created);
                });
        DeclarationView declaration = declarationCreated.get();

        scenario.stimulate(() -> declarations.upload(declaration.id(), maker, seed()))
                .andWaitForEventOfType(DeclarationLinesChanged.class)
                .toArriveAndVerify(event -> {
                    assertThat(event.action()).isEqualTo(DeclarationLinesChanged.UPLOADED);
                    assertThat(event.changes().get("lines").after()).isEqualTo(18);
                });
        calculations.calculate(declaration.id(), maker, false);
        java.util.UUID agency = directory
                .ofType(cn.batterycarbon.platform.security.OrganizationType.VERIFICATION_AGENCY)
                .get(0)
                .id();
        scenario.stimulate(() -> workflow.submit(declaration.id(), maker, agency, false))
                .andWaitForEventOfType(DeclarationSubmitted.class)
                .toArriveAndVerify(event -> {
                    assertThat(event.action()).isEqualTo("declaration.submitted");
                    assertThat(event.changes().get("status").before()).isEqualTo("CALCULATED");
                    assertThat(event.changes().get("status").after()).isEqualTo("SUBMITTED");
                });
    }

    @Test
    void aReleaseIsSubmittedAndPublishedAndTheRegistryRecordsTheListenerCompletion(Scenario scenario) {
        PlatformUser steward = (PlatformUser) users.loadUserByUsername("steward");
        PlatformUser expert = (PlatformUser) users.loadUserByUsername("expert");
        String code =
                "EVT-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase(Locale.ROOT);
        releases.createDraft(new NewRelease(code, "事件测试", "Event test", "events", true), steward);
        scenario.stimulate(() -> releases.submitForReview(code, steward))
                .andWaitForEventOfType(FactorReleaseChanged.class)
                .matching(e -> e.action().equals(FactorReleaseChanged.SUBMITTED))
                .toArriveAndVerify(event -> assertThat(event.releaseCode()).isEqualTo(code));
        scenario.stimulate(() -> releases.approve(code, "ok", expert))
                .andWaitForEventOfType(FactorReleasePublished.class)
                .toArriveAndVerify(event -> {
                    assertThat(event.releaseCode()).isEqualTo(code);
                    assertThat(event.changes().get("status").after()).isEqualTo("PUBLISHED");
                });
        // the footprint module's listener ran after commit and its publication was completed and archived
        scenario.stimulate(() -> code)
                .andWaitForStateChange(
                        () -> jdbc.queryForObject(
                                "select count(*) from event_publication_archive where serialized_event like ? and completion_date is not null",
                                Integer.class,
                                "%" + code + "%"),
                        archived -> archived > 0)
                .andVerify(archived -> assertThat(archived).isEqualTo(1));
        assertThat(jdbc.queryForObject(
                        "select count(*) from event_publication where serialized_event like ?",
                        Integer.class,
                        "%" + code + "%"))
                .isZero();
    }

    private static BatteryModelDetails model() {
        return new BatteryModelDetails(
                "EVT-" + UUID.randomUUID().toString().substring(0, 8),
                "事件测试电池包",
                Chemistry.LFP,
                BatteryFormat.PACK,
                new BigDecimal("62.00"),
                new BigDecimal("60"),
                new BigDecimal("384"),
                new BigDecimal("161"),
                new BigDecimal("385"),
                VehicleCategory.M1,
                new BigDecimal("8"),
                160_000,
                new BigDecimal("3000"),
                new BigDecimal("0.9"));
    }

    private static DeclarationCommand command(BatteryModelView model, PlantView plant) {
        return new DeclarationCommand(
                model.id(),
                plant.id(),
                LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31),
                12_000,
                FunctionalUnitMethod.EU_FEQC,
                ElectricityRule.LOCATION_BASED,
                "Passenger car pack: EU FEqC over the warranted life, as the vehicle maker requires.");
    }

    static byte[] seed() {
        try (InputStream in = DomainEventsIntegrationTests.class
                .getClassLoader()
                .getResourceAsStream("db/seed/declaration/lfp-worked-example.csv")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
