package cn.batterycarbon.supplier;

import cn.batterycarbon.declaration.ActivityLineView;
import cn.batterycarbon.declaration.DeclarationService;
import cn.batterycarbon.declaration.DeclarationService.DeclarationCommand;
import cn.batterycarbon.declaration.DeclarationView;
import cn.batterycarbon.declaration.FunctionalUnitMethod;
import cn.batterycarbon.declaration.imports.LineColumn;
import cn.batterycarbon.factor.Province;
import cn.batterycarbon.footprint.core.ElectricityRule;
import cn.batterycarbon.footprint.core.LifeCycleStage;
import cn.batterycarbon.footprint.core.VehicleCategory;
import cn.batterycarbon.organization.application.OrganizationAdministration;
import cn.batterycarbon.organization.domain.Organization;
import cn.batterycarbon.organization.domain.Organization.OrganizationDetails;
import cn.batterycarbon.platform.security.OrganizationType;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.platform.security.Role;
import cn.batterycarbon.product.BatteryFormat;
import cn.batterycarbon.product.BatteryModelDetails;
import cn.batterycarbon.product.BatteryModelView;
import cn.batterycarbon.product.Chemistry;
import cn.batterycarbon.product.PlantView;
import cn.batterycarbon.product.ProductCatalog;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.security.core.userdetails.UserDetailsService;

/** New organizations for supply-chain tests: a manufacturer with a declaration, and suppliers. */
final class SupplyChainFixture {

    static final String PASSWORD = "Batt3ry-Carbon-Test";
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private SupplyChainFixture() {}

    record Party(Organization organization, String username, PlatformUser user) {}

    record Maker(Party party, DeclarationView declaration, ActivityLineView cathode, ActivityLineView separator) {}

    static Party register(
            OrganizationAdministration administration, UserDetailsService users, OrganizationType type, Role role) {
        String suffix = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36)
                .toLowerCase(Locale.ROOT);
        Organization organization = administration.registerOrganization(
                type,
                creditCode(),
                new OrganizationDetails(
                        "测试企业" + suffix, "Test Co " + suffix, "湖南省长沙市", "测试员", null, "sc-" + suffix + "@example.com"));
        String username = role.name().toLowerCase(Locale.ROOT) + suffix;
        administration.createUser(new OrganizationAdministration.NewUser(
                organization.getId(), username, "测试 " + suffix, username + "@example.com", Set.of(role), PASSWORD));
        return new Party(organization, username, (PlatformUser) users.loadUserByUsername(username));
    }

    static Party supplier(OrganizationAdministration administration, UserDetailsService users) {
        return register(administration, users, OrganizationType.SUPPLIER, Role.SUPPLIER);
    }

    /**
     * A manufacturer with a declaration pinned to the seeded release: an aluminium casing with a
     * background factor (the line a supplier is asked about) and a separator with a company factor.
     */
    static Maker maker(
            OrganizationAdministration administration,
            UserDetailsService users,
            ProductCatalog products,
            DeclarationService declarations) {
        Party party = register(administration, users, OrganizationType.BATTERY_MANUFACTURER, Role.MANUFACTURER);
        PlatformUser user = party.user();
        PlantView plant = products.createPlant(user, "测试工厂", "江苏省常州市", Province.JIANGSU);
        BatteryModelView model = products.createModel(
                user,
                new BatteryModelDetails(
                        "SC-" + party.username(),
                        "Supply chain test pack",
                        Chemistry.LFP,
                        BatteryFormat.PACK,
                        new BigDecimal("62"),
                        new BigDecimal("60"),
                        new BigDecimal("384"),
                        new BigDecimal("161"),
                        new BigDecimal("385"),
                        VehicleCategory.M1,
                        new BigDecimal("8"),
                        null,
                        null,
                        null));
        DeclarationView declaration = declarations.create(
                user,
                new DeclarationCommand(
                        model.id(),
                        plant.id(),
                        LocalDate.of(2025, 1, 1),
                        LocalDate.of(2025, 12, 31),
                        1000,
                        FunctionalUnitMethod.EU_FEQC,
                        ElectricityRule.LOCATION_BASED,
                        "Passenger car pack: EU FEqC over the warranted life, as the vehicle maker requires."));
        ActivityLineView cathode = declarations.addLine(
                declaration.id(),
                user,
                DeclarationService.validate(
                                LifeCycleStage.RAW_MATERIAL_EXTRACTION,
                                Map.of(
                                        LineColumn.CATEGORY, "MATERIAL",
                                        LineColumn.DESCRIPTION, "Aluminium pack casing",
                                        LineColumn.QUANTITY, "50",
                                        LineColumn.UNIT, "kg",
                                        LineColumn.FACTOR_CODE, "AL-SMELTING-PREBAKE"))
                        .line());
        ActivityLineView separator = declarations.addLine(
                declaration.id(),
                user,
                DeclarationService.validate(
                                LifeCycleStage.RAW_MATERIAL_EXTRACTION,
                                Map.of(
                                        LineColumn.CATEGORY, "MATERIAL",
                                        LineColumn.DESCRIPTION, "Separator",
                                        LineColumn.QUANTITY, "6.5",
                                        LineColumn.UNIT, "kg",
                                        LineColumn.FACTOR_VALUE, "8.1",
                                        LineColumn.FACTOR_UNIT, "kgCO2e/kg"))
                        .line());
        declarations.pinRelease(declaration.id(), user, "CN-BCF-2026.1");
        return new Maker(party, declaration, cathode, separator);
    }

    static String creditCode() {
        StringBuilder code = new StringBuilder("91");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (code.length() < 17) {
            code.append(ALPHABET.charAt(random.nextInt(10)));
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(code.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return code.append(ALPHABET.charAt(check == 31 ? 0 : check)).toString();
    }

    static RecordInput record(String product, String pcf) {
        return new RecordInput(
                product,
                "XL-LFP-01",
                "NC-PN-778",
                null,
                "kg",
                pcf,
                "6.0",
                "1.5",
                "0.3",
                "6.0",
                "1.5",
                "0.3",
                "0",
                "960000",
                "0.62",
                "2",
                "1",
                "1",
                "2025-01-01",
                "2025-12-31",
                "CN",
                "湖南",
                "LOT-2025-07",
                "GB_T_24067",
                "CN-BCF-2026.1");
    }

    /** A minimal valid PDF (magic bytes are what Tika looks at). */
    static byte[] pdf(String text) {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% " + text + "\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
