package cn.batterycarbon.product.domain;

import cn.batterycarbon.footprint.core.VehicleCategory;
import cn.batterycarbon.platform.persistence.AuditedEntity;
import cn.batterycarbon.product.BatteryFormat;
import cn.batterycarbon.product.BatteryModelDetails;
import cn.batterycarbon.product.BatteryModelView;
import cn.batterycarbon.product.Chemistry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/** A battery model (cell, module or pack) of one organization. */
@Entity
@Table(name = "battery_model")
public class BatteryModel extends AuditedEntity {

    @Column(name = "organization_id", nullable = false, updatable = false)
    private UUID organizationId;

    @Column(name = "model_code", nullable = false)
    private String modelCode;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Chemistry chemistry;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BatteryFormat format;

    @Column(name = "rated_energy_kwh", nullable = false)
    private BigDecimal ratedEnergyKwh;

    @Column(name = "usable_energy_kwh", nullable = false)
    private BigDecimal usableEnergyKwh;

    @Column(name = "nominal_voltage_v", nullable = false)
    private BigDecimal nominalVoltageV;

    @Column(name = "capacity_ah", nullable = false)
    private BigDecimal capacityAh;

    @Column(name = "mass_kg", nullable = false)
    private BigDecimal massKg;

    @Enumerated(EnumType.STRING)
    @Column(name = "vehicle_category", nullable = false)
    private VehicleCategory vehicleCategory;

    @Column(name = "warranty_years", nullable = false)
    private BigDecimal warrantyYears;

    @Column(name = "warranty_km")
    private Integer warrantyKm;

    @Column(name = "measured_cycles")
    private BigDecimal measuredCycles;

    @Column(name = "depth_of_discharge")
    private BigDecimal depthOfDischarge;

    /** Standard and edition of the cycle-life test, e.g. {@code GB/T 31484-2015}. */
    @Column(name = "cycle_test_basis")
    private String cycleTestBasis;

    protected BatteryModel() {}

    public BatteryModel(UUID organizationId, BatteryModelDetails details) {
        this.organizationId = Objects.requireNonNull(organizationId);
        update(details);
    }

    public void update(BatteryModelDetails d) {
        modelCode = Objects.requireNonNull(d.modelCode()).trim();
        name = Objects.requireNonNull(d.name());
        chemistry = Objects.requireNonNull(d.chemistry());
        format = Objects.requireNonNull(d.format());
        ratedEnergyKwh = Objects.requireNonNull(d.ratedEnergyKwh());
        usableEnergyKwh = Objects.requireNonNull(d.usableEnergyKwh());
        nominalVoltageV = Objects.requireNonNull(d.nominalVoltageV());
        capacityAh = Objects.requireNonNull(d.capacityAh());
        massKg = Objects.requireNonNull(d.massKg());
        vehicleCategory = Objects.requireNonNull(d.vehicleCategory());
        warrantyYears = Objects.requireNonNull(d.warrantyYears());
        warrantyKm = d.warrantyKm();
        measuredCycles = d.measuredCycles();
        depthOfDischarge = d.depthOfDischarge();
        cycleTestBasis = d.cycleTestBasis() == null || d.cycleTestBasis().isBlank()
                ? null
                : d.cycleTestBasis().strip();
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public String getModelCode() {
        return modelCode;
    }

    public BatteryModelView view() {
        return new BatteryModelView(
                getId(),
                organizationId,
                modelCode,
                name,
                chemistry,
                format,
                plain(ratedEnergyKwh),
                plain(usableEnergyKwh),
                plain(nominalVoltageV),
                plain(capacityAh),
                plain(massKg),
                vehicleCategory,
                plain(warrantyYears),
                warrantyKm,
                plain(measuredCycles),
                plain(depthOfDischarge),
                cycleTestBasis,
                getVersion());
    }

    /** numeric(14, 4) reads back as 60.0000; the maker wrote 60. */
    private static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
