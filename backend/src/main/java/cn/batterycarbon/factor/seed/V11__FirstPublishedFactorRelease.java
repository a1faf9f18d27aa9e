package cn.batterycarbon.factor.seed;

import cn.batterycarbon.factor.core.FactorEntry;
import cn.batterycarbon.factor.core.FactorFiles;
import cn.batterycarbon.factor.core.FactorProblem;
import cn.batterycarbon.factor.core.FactorRowValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads the first release of the background database, {@value #RELEASE_CODE}, from the cited CSV
 * files under {@code db/seed/factor/} and publishes it. It is reference data, present on every
 * database (with or without demo data). The rows pass the same validation as a steward's import; a
 * row without a source cannot be loaded. Found by Flyway itself, not as a Spring bean: {@code
 * spring.flyway.locations} includes {@code classpath:cn/batterycarbon/factor/seed}, so every context
 * that runs Flyway (the application, a {@code @DataJpaTest} slice) applies it. Public with a public
 * constructor because Flyway instantiates it.
 */
public class V11__FirstPublishedFactorRelease extends BaseJavaMigration {

    static final String RELEASE_CODE = "CN-BCF-2026.1";

    static final List<String> FILES = List.of(
            "db/seed/factor/grid-electricity.csv",
            "db/seed/factor/energy-carriers.csv",
            "db/seed/factor/process-emissions.csv",
            "db/seed/factor/transport.csv");

    @Override
    public void migrate(Context context) throws Exception {
        List<FactorEntry> entries = readSeed();
        Connection connection = context.getConnection();
        UUID releaseId = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement release = connection.prepareStatement("insert into factor_release (id, version,"
                + " created_at, created_by, updated_at, updated_by, code, title_zh, title_en, description, status)"
                + " values (?, 0, ?, 'system', ?, 'system', ?, ?, ?, ?, 'DRAFT')")) {
            release.setObject(1, releaseId);
            release.setTimestamp(2, now);
            release.setTimestamp(3, now);
            release.setString(4, RELEASE_CODE);
            release.setString(5, "动力电池背景排放因子库 2026.1（首版）");
            release.setString(6, "Traction-battery background emission factors 2026.1 (first release)");
            release.setString(
                    7,
                    "MEE/NBS grid electricity CO2 factors 2022 and 2023 (national, residual, fossil, seven regional"
                            + " grids, provinces as verified), green electricity, IPCC 2006 default fuel and process"
                            + " factors, Defra/DECC road freight. Every value cites its source.");
            release.executeUpdate();
        }
        insertFactors(connection, releaseId, now, entries);
        try (PreparedStatement publish = connection.prepareStatement("update factor_release set status = 'PUBLISHED',"
                + " published_at = ?, published_by = 'system', reviewed_by = 'system', version = 1 where id = ?")) {
            publish.setTimestamp(1, now);
            publish.setObject(2, releaseId);
            publish.executeUpdate();
        }
    }

    static List<FactorEntry> readSeed() {
        List<FactorEntry> entries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<FactorEntry.FactorKey> keys = new HashSet<>();
        for (String file : FILES) {
            FactorFiles.ReadResult read = FactorFiles.read(resource(file));
            read.problems().forEach(p -> problems.add(file + ": " + p));
            for (FactorFiles.FileRow row : read.rows()) {
                FactorRowValidator.Result result = FactorRowValidator.validate(row.row(), row.cells());
                for (FactorProblem problem : result.problems()) {
                    problems.add(file + ": " + problem);
                }
                if (result.valid()) {
                    if (!keys.add(result.entry().key())) {
                        problems.add(file + ": duplicate " + result.entry().key());
                    }
                    entries.add(result.entry());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The factor seed files are invalid: " + problems);
        }
        return entries;
    }

    private static void insertFactors(Connection connection, UUID releaseId, Timestamp now, List<FactorEntry> entries)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into emission_factor (id, version,"
                + " created_at, created_by, updated_at, updated_by, release_id, code, category, name_zh, name_en,"
                + " value, unit, geography, reference_year, source_citation, source_url, pedigree_reliability,"
                + " pedigree_completeness, pedigree_temporal, pedigree_geographical, pedigree_technological,"
                + " uncertainty_distribution, uncertainty_a, uncertainty_b, retired, note)"
                + " values (?, 0, ?, 'system', ?, 'system', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " false, ?)")) {
            for (FactorEntry e : entries) {
                int i = 1;
                insert.setObject(i++, UUID.randomUUID());
                insert.setTimestamp(i++, now);
                insert.setTimestamp(i++, now);
                insert.setObject(i++, releaseId);
                insert.setString(i++, e.code());
                insert.setString(i++, e.category().name());
                insert.setString(i++, e.nameZh());
                insert.setString(i++, e.nameEn());
                insert.setBigDecimal(i++, e.value());
                insert.setString(i++, e.unit());
                insert.setString(i++, e.geography());
                insert.setInt(i++, e.year());
                insert.setString(i++, e.sourceCitation());
                insert.setString(i++, e.sourceUrl());
                setInteger(insert, i++, e.pedigree().reliability());
                setInteger(insert, i++, e.pedigree().completeness());
                setInteger(insert, i++, e.pedigree().temporal());
                setInteger(insert, i++, e.pedigree().geographical());
                setInteger(insert, i++, e.pedigree().technological());
                insert.setString(
                        i++, e.uncertainty() == null ? null : e.uncertainty().distribution());
                insert.setBigDecimal(
                        i++, e.uncertainty() == null ? null : e.uncertainty().a());
                insert.setBigDecimal(
                        i++, e.uncertainty() == null ? null : e.uncertainty().b());
                insert.setString(i, e.note());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    private static byte[] resource(String path) {
        try (InputStream in =
                V11__FirstPublishedFactorRelease.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Seed file missing from the classpath: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
