package cn.batterycarbon.responsibility.application;

import cn.batterycarbon.platform.domain.DomainException;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.platform.security.TenantGuard;
import cn.batterycarbon.responsibility.TableFiles;
import cn.batterycarbon.responsibility.core.IoTable;
import cn.batterycarbon.responsibility.core.IoTableException;
import cn.batterycarbon.responsibility.core.IoTableReader;
import cn.batterycarbon.responsibility.core.SectorSplit;
import cn.batterycarbon.responsibility.domain.SectorRows;
import cn.batterycarbon.responsibility.domain.SectorRows.Industry;
import cn.batterycarbon.responsibility.domain.StoredIoTable;
import cn.batterycarbon.responsibility.domain.StoredIoTables;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Input-output tables of an organization: import (all or nothing), sector splits, industry
 * aggregations, and the in-memory tables that allocation runs work on. Every id is checked against
 * the caller's organization; other organizations' tables are not found.
 */
@Service
public class IoTables {

    private static final int CACHED_TABLES = 16;

    private final StoredIoTables tables;
    private final SectorRows sectorRows;
    private final long maxUploadBytes;
    private final Map<UUID, IoTable> cache = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, IoTable> eldest) {
            return size() > CACHED_TABLES;
        }
    });

    IoTables(
            StoredIoTables tables,
            SectorRows sectorRows,
            @Value("${bcf.responsibility.max-upload-bytes:10485760}") long maxUploadBytes) {
        this.tables = tables;
        this.sectorRows = sectorRows;
        this.maxUploadBytes = maxUploadBytes;
    }

    /** Runs a core operation, turning its refusal into a {@link DomainException} for the web layer. */
    public static <T> T refusing(Supplier<T> operation) {
        try {
            return operation.get();
        } catch (IoTableException e) {
            throw new DomainException(e.messageKey(), e.arguments());
        }
    }

    public long maxUploadBytes() {
        return maxUploadBytes;
    }

    @Transactional
    public StoredIoTable importTable(
            PlatformUser user, String name, String filename, long size, InputStream content, String moneyUnit)
            throws IOException {
        return importFor(user.organizationId(), name, filename, size, content, moneyUnit);
    }

    /** Demo data: whether the organization already has a table of this name. */
    public boolean hasTable(UUID organizationId, String name) {
        return tables.existsByOrganizationIdAndName(organizationId, name);
    }

    @Transactional
    public StoredIoTable importFor(
            UUID organizationId, String name, String filename, long size, InputStream content, String moneyUnit) {
        if (size <= 0) {
            throw new DomainException("responsibility.io.empty");
        }
        if (size > maxUploadBytes) {
            throw new DomainException("responsibility.io.tooLarge", megabytes(size), megabytes(maxUploadBytes));
        }
        IoTableReader.ReadTable read = refusing(() -> IoTableReader.read(TableFiles.read(content, filename)));
        String tableName = name == null || name.isBlank() ? (filename == null ? "IO table" : filename) : name.strip();
        StoredIoTable stored = new StoredIoTable(
                organizationId,
                truncate(tableName, 200),
                filename == null ? null : truncate(filename, 255),
                StoredIoTable.Layout.valueOf(read.layout().name()),
                moneyUnit == null || moneyUnit.isBlank() ? "10^4 CNY" : truncate(moneyUnit.strip(), 40),
                read.table().size());
        tables.saveAndFlush(stored);
        sectorRows.insert(stored.getId(), read.table(), null);
        cache.put(stored.getId(), read.table());
        return stored;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    public List<StoredIoTable> tablesOf(PlatformUser user) {
        return tables.findByOrganizationIdOrderByCreatedAtDesc(user.organizationId());
    }

    /** The table record when the caller's organization owns it; otherwise not found. */
    public StoredIoTable table(PlatformUser user, UUID id) {
        StoredIoTable table = tables.findById(id).orElse(null);
        return TenantGuard.requireVisible(table, table == null ? null : table.getOrganizationId(), user);
    }

    /** The in-memory table of a stored one the caller may see. */
    public IoTable model(PlatformUser user, UUID id) {
        table(user, id);
        return model(id);
    }

    public IoTable model(UUID id) {
        return cache.computeIfAbsent(id, sectorRows::load);
    }

    public List<Industry> industries(PlatformUser user, UUID id) {
        table(user, id);
        return sectorRows.industries(id);
    }

    @Transactional
    public StoredIoTable split(PlatformUser user, UUID id, SectorSplit.Request request, String newName) {
        StoredIoTable parent = table(user, id);
        IoTable parentModel = model(id);
        IoTable split = refusing(() -> SectorSplit.split(parentModel, request));
        String note = String.format(
                Locale.ROOT,
                "%s → %s (%.4g)",
                request.parentCode(),
                request.newCode().strip(),
                request.share());
        String name = newName == null || newName.isBlank()
                ? parent.getName() + " / " + request.newCode().strip()
                : newName.strip();
        StoredIoTable stored = StoredIoTable.splitFrom(parent, truncate(name, 200), split.size(), note);
        tables.saveAndFlush(stored);
        // the new table keeps the parent's aggregation; the new sector is reported on its own
        List<Industry> industries = new ArrayList<>(sectorRows.industries(id));
        industries.add(null);
        sectorRows.insert(stored.getId(), split, industries);
        cache.put(stored.getId(), split);
        return stored;
    }

    /**
     * Replaces the aggregation of a table. {@code byCode} maps sector codes to industries; sectors
     * not listed are reported on their own. Unknown codes and stages outside I-III are refused.
     */
    @Transactional
    public void updateIndustries(PlatformUser user, UUID id, Map<String, Industry> byCode) {
        table(user, id);
        IoTable model = model(id);
        List<Industry> industries = new ArrayList<>(Collections.nCopies(model.size(), (Industry) null));
        for (Map.Entry<String, Industry> e : byCode.entrySet()) {
            int i = model.indexOf(e.getKey());
            if (i < 0) {
                throw new DomainException("responsibility.aggregation.unknownSector", e.getKey());
            }
            Industry industry = e.getValue();
            if (industry == null || industry.name() == null || industry.name().isBlank()) {
                continue;
            }
            if (industry.stage() != null && (industry.stage() < 1 || industry.stage() > 3)) {
                throw new DomainException("responsibility.aggregation.stage", e.getKey(), industry.stage());
            }
            industries.set(i, new Industry(truncate(industry.name().strip(), 200), industry.stage()));
        }
        sectorRows.updateIndustries(id, industries);
    }

    /**
     * Imports an aggregation from CSV or XLSX: header {@code code,industry,stage}, one sector per
     * row, stage I/II/III or 1/2/3 or empty. Replaces the whole aggregation.
     */
    @Transactional
    public int importIndustries(PlatformUser user, UUID id, InputStream content, String filename) {
        table(user, id);
        List<List<String>> rows = refusing(() -> TableFiles.read(content, filename));
        if (rows.isEmpty()) {
            throw new DomainException("responsibility.io.empty");
        }
        List<String> header = rows.get(0).stream()
                .map(h -> h == null ? "" : h.strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT))
                .toList();
        int code = header.indexOf("code");
        int industry = header.indexOf("industry");
        int stage = header.indexOf("stage");
        if (code < 0 || industry < 0) {
            throw new DomainException("responsibility.io.missingColumn", code < 0 ? "code" : "industry");
        }
        Map<String, Industry> byCode = new HashMap<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            String sector = cell(row, code);
            if (sector.isEmpty() && cell(row, industry).isEmpty()) {
                continue;
            }
            if (byCode.containsKey(sector)) {
                throw new DomainException("responsibility.io.duplicateCode", sector);
            }
            byCode.put(
                    sector, new Industry(cell(row, industry), stage < 0 ? null : parseStage(cell(row, stage), r + 1)));
        }
        updateIndustries(user, id, byCode);
        return byCode.size();
    }

    /** Stage I-III from {@code I/II/III} or {@code 1/2/3}; empty is none; anything else is refused naming the row. */
    public static Integer parseStage(String text, int rowNumber) {
        String t = (text == null ? "" : text).strip().toUpperCase(Locale.ROOT);
        return switch (t) {
            case "" -> null;
            case "I", "1" -> 1;
            case "II", "2" -> 2;
            case "III", "3" -> 3;
            default -> throw new DomainException("responsibility.aggregation.stageText", rowNumber, text);
        };
    }

    private static String cell(List<String> row, int index) {
        return index < row.size() && row.get(index) != null ? row.get(index).strip() : "";
    }
}
