package cn.batterycarbon.product.domain;

import cn.batterycarbon.factor.Province;
import cn.batterycarbon.platform.persistence.AuditedEntity;
import cn.batterycarbon.product.PlantView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.UUID;

/** A production plant of one organization. */
@Entity
@Table(name = "plant")
public class Plant extends AuditedEntity {

    @Column(name = "organization_id", nullable = false, updatable = false)
    private UUID organizationId;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String address;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Province province;

    protected Plant() {}

    public Plant(UUID organizationId, String name, String address, Province province) {
        this.organizationId = Objects.requireNonNull(organizationId);
        update(name, address, province);
    }

    public void update(String name, String address, Province province) {
        this.name = Objects.requireNonNull(name);
        this.address = Objects.requireNonNull(address);
        this.province = Objects.requireNonNull(province);
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public PlantView view() {
        return new PlantView(getId(), organizationId, name, address, province, getVersion());
    }
}
