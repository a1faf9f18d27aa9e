package cn.batterycarbon.product.web;

import cn.batterycarbon.footprint.core.VehicleCategory;
import cn.batterycarbon.product.BatteryFormat;
import cn.batterycarbon.product.BatteryModelDetails;
import cn.batterycarbon.product.BatteryModelView;
import cn.batterycarbon.product.Chemistry;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A battery model as the form and the API write it. */
public class BatteryModelForm {

    @NotBlank
    @Size(max = 80)
    private String modelCode;

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotNull
    private Chemistry chemistry;

    @NotNull
    private BatteryFormat format;

    @NotNull
    @Positive
    @Digits(integer = 10, fraction = 4)
    private BigDecimal ratedEnergyKwh;

    @NotNull
    @Positive
    @Digits(integer = 10, fraction = 4)
    private BigDecimal usableEnergyKwh;

    @NotNull
    @Positive
    @Digits(integer = 8, fraction = 2)
    private BigDecimal nominalVoltageV;

    @NotNull
    @Positive
    @Digits(integer = 9, fraction = 3)
    private BigDecimal capacityAh;

    @NotNull
    @Positive
    @Digits(integer = 9, fraction = 3)
    private BigDecimal massKg;

    @NotNull
    private VehicleCategory vehicleCategory;

    @NotNull
    @Positive
    @Digits(integer = 4, fraction = 2)
    private BigDecimal warrantyYears;

    @Positive
    private Integer warrantyKm;

    @Positive
    @Digits(integer = 9, fraction = 1)
    private BigDecimal measuredCycles;

    @Positive
    @DecimalMax("1")
    @Digits(integer = 1, fraction = 4)
    private BigDecimal depthOfDischarge;

    /** GB/T 31484 with its edition year; needed when measured cycles are given. */
    @Pattern(regexp = "^\\s*(GB/T 31484-(19|20)[0-9]{2})?\\s*$", message = "{product.model.cycleTestBasis.format}")
    @Size(max = 40)
    private String cycleTestBasis;

    private Long version;

    static BatteryModelForm of(BatteryModelView m) {
        BatteryModelForm f = new BatteryModelForm();
        f.modelCode = m.modelCode();
        f.name = m.name();
        f.chemistry = m.chemistry();
        f.format = m.format();
        f.ratedEnergyKwh = m.ratedEnergyKwh();
        f.usableEnergyKwh = m.usableEnergyKwh();
        f.nominalVoltageV = m.nominalVoltageV();
        f.capacityAh = m.capacityAh();
        f.massKg = m.massKg();
        f.vehicleCategory = m.vehicleCategory();
        f.warrantyYears = m.warrantyYears();
        f.warrantyKm = m.warrantyKm();
        f.measuredCycles = m.measuredCycles();
        f.depthOfDischarge = m.depthOfDischarge();
        f.cycleTestBasis = m.cycleTestBasis();
        f.version = m.version();
        return f;
    }

    BatteryModelDetails details() {
        return new BatteryModelDetails(
                modelCode,
                name,
                chemistry,
                format,
                ratedEnergyKwh,
                usableEnergyKwh,
                nominalVoltageV,
                capacityAh,
                massKg,
                vehicleCategory,
                warrantyYears,
                warrantyKm,
                measuredCycles,
                depthOfDischarge,
                cycleTestBasis == null || cycleTestBasis.isBlank() ? null : cycleTestBasis.strip());
    }

    public String getCycleTestBasis() {
        return cycleTestBasis;
    }

    public void setCycleTestBasis(String cycleTestBasis) {
        this.cycleTestBasis = cycleTestBasis;
    }

    public String getModelCode() {
        return modelCode;
    }

    public void setModelCode(String modelCode) {
        this.modelCode = modelCode;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Chemistry getChemistry() {
        return chemistry;
    }

    public void setChemistry(Chemistry chemistry) {
        this.chemistry = chemistry;
    }

    public BatteryFormat getFormat() {
        return format;
    }

    public void setFormat(BatteryFormat format) {
        this.format = format;
    }

    public BigDecimal getRatedEnergyKwh() {
        return ratedEnergyKwh;
    }

    public void setRatedEnergyKwh(BigDecimal ratedEnergyKwh) {
        this.ratedEnergyKwh = ratedEnergyKwh;
    }

    public BigDecimal getUsableEnergyKwh() {
        return usableEnergyKwh;
    }

    public void setUsableEnergyKwh(BigDecimal usableEnergyKwh) {
        this.usableEnergyKwh = usableEnergyKwh;
    }

    public BigDecimal getNominalVoltageV() {
        return nominalVoltageV;
    }

    public void setNominalVoltageV(BigDecimal nominalVoltageV) {
        this.nominalVoltageV = nominalVoltageV;
    }

    public BigDecimal getCapacityAh() {
        return capacityAh;
    }

    public void setCapacityAh(BigDecimal capacityAh) {
        this.capacityAh = capacityAh;
    }

    public BigDecimal getMassKg() {
        return massKg;
    }

    public void setMassKg(BigDecimal massKg) {
        this.massKg = massKg;
    }

    public VehicleCategory getVehicleCategory() {
        return vehicleCategory;
    }

    public void setVehicleCategory(VehicleCategory vehicleCategory) {
        this.vehicleCategory = vehicleCategory;
    }

    public BigDecimal getWarrantyYears() {
        return warrantyYears;
    }

    public void setWarrantyYears(BigDecimal warrantyYears) {
        this.warrantyYears = warrantyYears;
    }

    public Integer getWarrantyKm() {
        return warrantyKm;
    }

    public void setWarrantyKm(Integer warrantyKm) {
        this.warrantyKm = warrantyKm;
    }

    public BigDecimal getMeasuredCycles() {
        return measuredCycles;
    }

    public void setMeasuredCycles(BigDecimal measuredCycles) {
        this.measuredCycles = measuredCycles;
    }

    public BigDecimal getDepthOfDischarge() {
        return depthOfDischarge;
    }

    public void setDepthOfDischarge(BigDecimal depthOfDischarge) {
        this.depthOfDischarge = depthOfDischarge;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
