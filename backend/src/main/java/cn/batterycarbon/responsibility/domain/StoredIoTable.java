package cn.batterycarbon.responsibility.domain;

import cn.batterycarbon.platform.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * An imported (or split) input-output table, owned by an organization. Its sectors and matrix are
 * stored by {@link SectorRows}; the table itself never changes after import.
 */
@Entity
@Table(name = "io_table")
public class StoredIoTable extends AuditedEntity {

    public enum Layout {
        NBS_COMPETITIVE,
        GENERIC,
        SPLIT
    }

    @Column(name = "organization_id", nullable = false, updatable = false)
    private UUID organizationId;

    @Column(nullable = false)
    private String name;

    @Column(name = "source_filename")
    private String sourceFilename;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Layout layout;

    @Column(name = "money_unit", nullable = false)
    private String moneyUnit;

    @Column(name = "sector_count", nullable = false)
    private int sectorCount;

    @Column(name = "derived_from")
    private UUID derivedFrom;

    @Column(name = "split_note")
    private String splitNote;

    protected StoredIoTable() {}

    public StoredIoTable(
            UUID organizationId, String name, String sourceFilename, Layout layout, String moneyUnit, int sectorCount) {
        this.organizationId = organizationId;
        this.name = name;
        this.sourceFilename = sourceFilename;
        this.layout = layout;
        this.moneyUnit = moneyUnit;
        this.sectorCount = sectorCount;
    }

    /** A table made by splitting a sector of {@code parent}. */
    public static StoredIoTable splitFrom(StoredIoTable parent, String name, int sectorCount, String note) {
        StoredIoTable table = new StoredIoTable(
                parent.organizationId, name, parent.sourceFilename, Layout.SPLIT, parent.moneyUnit, sectorCount);
        table.derivedFrom = parent.getId();
        table.splitNote = note;
        return table;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public String getName() {
        return name;
    }

    public String getSourceFilename() {
        return sourceFilename;
    }

    public Layout getLayout() {
        return layout;
    }

    public String getMoneyUnit() {
        return moneyUnit;
    }

    public int getSectorCount() {
        return sectorCount;
    }

    public UUID getDerivedFrom() {
        return derivedFrom;
    }

    public String getSplitNote() {
        return splitNote;
    }
}
