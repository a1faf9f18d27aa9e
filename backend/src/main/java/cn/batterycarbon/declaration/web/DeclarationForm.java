package cn.batterycarbon.declaration.web;

import cn.batterycarbon.declaration.DeclarationService.DeclarationCommand;
import cn.batterycarbon.declaration.DeclarationView;
import cn.batterycarbon.declaration.FunctionalUnitMethod;
import cn.batterycarbon.footprint.core.ElectricityRule;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/** A declaration's settings as the form and the API write them. */
public class DeclarationForm {

    @NotNull
    private UUID batteryModelId;

    @NotNull
    private UUID plantId;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate periodStart;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate periodEnd;

    @NotNull
    @Positive
    @Max(100_000_000)
    private Integer productionVolume;

    @NotNull
    private FunctionalUnitMethod functionalUnitMethod = FunctionalUnitMethod.EU_FEQC;

    @NotNull
    private ElectricityRule electricityRule = ElectricityRule.LOCATION_BASED;

    @jakarta.validation.constraints.Size(max = 2000)
    private String functionalUnitJustification;

    private Long version;

    static DeclarationForm of(DeclarationView d) {
        DeclarationForm f = new DeclarationForm();
        f.batteryModelId = d.model().id();
        f.plantId = d.plant().id();
        f.periodStart = d.periodStart();
        f.periodEnd = d.periodEnd();
        f.productionVolume = d.productionVolume();
        f.functionalUnitMethod = d.functionalUnitMethod();
        f.electricityRule = d.electricityRule();
        f.functionalUnitJustification = d.functionalUnitJustification();
        f.version = d.version();
        return f;
    }

    DeclarationCommand command() {
        return new DeclarationCommand(
                batteryModelId,
                plantId,
                periodStart,
                periodEnd,
                productionVolume,
                functionalUnitMethod,
                electricityRule,
                functionalUnitJustification);
    }

    public UUID getBatteryModelId() {
        return batteryModelId;
    }

    public void setBatteryModelId(UUID batteryModelId) {
        this.batteryModelId = batteryModelId;
    }

    public UUID getPlantId() {
        return plantId;
    }

    public void setPlantId(UUID plantId) {
        this.plantId = plantId;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public void setPeriodStart(LocalDate periodStart) {
        this.periodStart = periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public void setPeriodEnd(LocalDate periodEnd) {
        this.periodEnd = periodEnd;
    }

    public Integer getProductionVolume() {
        return productionVolume;
    }

    public void setProductionVolume(Integer productionVolume) {
        this.productionVolume = productionVolume;
    }

    public FunctionalUnitMethod getFunctionalUnitMethod() {
        return functionalUnitMethod;
    }

    public void setFunctionalUnitMethod(FunctionalUnitMethod functionalUnitMethod) {
        this.functionalUnitMethod = functionalUnitMethod;
    }

    public ElectricityRule getElectricityRule() {
        return electricityRule;
    }

    public void setElectricityRule(ElectricityRule electricityRule) {
        this.electricityRule = electricityRule;
    }

    public String getFunctionalUnitJustification() {
        return functionalUnitJustification;
    }

    public void setFunctionalUnitJustification(String functionalUnitJustification) {
        this.functionalUnitJustification = functionalUnitJustification;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
