package cn.batterycarbon.footprint.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;

/**
 * The request of {@code POST /api/v1/footprint/calculations} as the OpenAPI document shows it. The
 * controller reads the JSON tree itself ({@link CalculationRequestReader}) so that it can name every
 * offending field, including numbers that are not numbers.
 */
final class CalculationApiSchema {

    private CalculationApiSchema() {}

    @Schema(name = "FootprintCalculationRequest")
    record Request(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            FunctionalUnit functionalUnit,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    allowableValues = {"LOCATION_BASED", "MARKET_BASED_CN", "EU_DRAFT_DA"})
            String electricityRule,

            @Schema(
                    description = "Plant province (name, pinyin or code such as CN-JS); decides the grid region",
                    example = "Jiangsu")
            String province,

            @Schema(description = "Published factor release code; null for the latest published release")
            String factorRelease,

            @Schema(description = "Reference year of background factors; null for the latest available")
            Integer referenceYear,

            @Schema(
                    description = "Background codes the electricity rule chooses between; defaults ELEC-GRID,"
                            + " ELEC-GRID-RESIDUAL, ELEC-GREEN")
            ElectricityFactorCodes electricityFactorCodes,

            @Schema(description = "When present, a Monte Carlo run (10,000 iterations) with this seed")
            Uncertainty uncertainty,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            List<Line> lines) {}

    @Schema(name = "FootprintFunctionalUnit")
    record FunctionalUnit(
            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    allowableValues = {"EU_FEQC", "MEASURED_CYCLES"})
            String method,

            @Schema(description = "EU_FEQC: usable energy at beginning of life")
            BigDecimal usableEnergyKwh,

            @Schema(description = "EU_FEQC: full equivalent cycles per year (or give vehicleCategory)")
            BigDecimal cyclesPerYear,

            @Schema(
                    description = "EU_FEQC: M1/N1 60, L 20, M2/M3/N2/N3 250 cycles per year",
                    allowableValues = {"M1", "N1", "L", "M2", "M3", "N2", "N3"})
            String vehicleCategory,

            @Schema(description = "EU_FEQC: service life (commercial warranty) in years")
            BigDecimal serviceLifeYears,

            @Schema(description = "MEASURED_CYCLES: rated energy")
            BigDecimal ratedEnergyKwh,

            @Schema(description = "MEASURED_CYCLES: equivalent full cycles measured")
            BigDecimal equivalentFullCycles,

            @Schema(description = "MEASURED_CYCLES: depth of discharge in (0, 1]")
            BigDecimal depthOfDischarge) {}

    @Schema(name = "FootprintActivityLine")
    record Line(
            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    allowableValues = {"RawMaterialExtraction", "MainProduction", "Distribution", "Recycling"})
            String stage,

            String description,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "0")
            BigDecimal quantity,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    example = "kg",
                    description = "g, kg, t, kWh, MWh, GWh, MJ, GJ, m3, L, t*km, kg*km, piece")
            String unit,

            @Schema(description = "Background factor code (exclusive with factor)")
            String factorCode,

            @Schema(description = "Supplier- or company-specific factor (exclusive with factorCode)")
            Factor factor,

            @Schema(description = "Marks the line as electricity; its factor then follows the electricity rule")
            Electricity electricity,

            @Schema(description = "Recycling stage only: a credit for recovered material, reported separately")
            Boolean recyclingCredit) {}

    @Schema(name = "FootprintInlineFactor")
    record Factor(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            BigDecimal value,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "kgCO2e/kg")
            String unit,

            @Schema(
                    allowableValues = {"COMPANY_SPECIFIC", "SUPPLIER_SPECIFIC"},
                    description = "default COMPANY_SPECIFIC")
            String source,

            String citation) {}

    @Schema(name = "FootprintElectricity")
    record Electricity(
            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    allowableValues = {"GRID", "GREEN_CERTIFICATE", "GREEN_DIRECT_LINE"})
            String supply,

            List<String> certificateIds) {}

    @Schema(name = "FootprintElectricityFactorCodes")
    record ElectricityFactorCodes(String grid, String residual, String green) {}

    @Schema(name = "FootprintUncertaintyRequest")
    record Uncertainty(Long seed) {}
}
