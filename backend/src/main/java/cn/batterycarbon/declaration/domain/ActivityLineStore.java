package cn.batterycarbon.declaration.domain;

import cn.batterycarbon.declaration.LineCategory;
import cn.batterycarbon.declaration.LineData;
import cn.batterycarbon.declaration.RecyclingRoute;
import cn.batterycarbon.declaration.TransportMode;
import cn.batterycarbon.footprint.core.ElectricitySupply;
import cn.batterycarbon.footprint.core.FactorSource;
import cn.batterycarbon.footprint.core.LifeCycleStage;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/**
 * Activity lines, read and written with plain JDBC: an upload can bring 100,000 lines, which
 * PostgreSQL's COPY ingests in one round trip (inside the caller's transaction).
 */
@Repository
public class ActivityLineStore {

    private static final String COLUMNS = "id, declaration_id, stage, position, category, description, quantity, unit,"
            + " factor_code, factor_value, factor_unit, factor_source, factor_citation, recycled_share, origin,"
            + " electricity_supply, certificate_ids, transport_mode, distance_km, mass_kg, recycling_route,"
            + " recycling_credit";

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;

    ActivityLineStore(JdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** The declaration's lines in stage order, then position. */
    public List<StoredLine> linesOf(UUID declarationId) {
        List<StoredLine> lines = jdbc.query(
                "select " + COLUMNS + " from activity_line where declaration_id = ?",
                (rs, i) -> line(rs),
                declarationId);
        List<StoredLine> sorted = new ArrayList<>(lines);
        sorted.sort((a, b) -> a.data().stage() != b.data().stage()
                ? a.data().stage().compareTo(b.data().stage())
                : Integer.compare(a.position(), b.position()));
        return sorted;
    }

    /** One page of a stage's lines, by position. */
    public List<StoredLine> page(UUID declarationId, LifeCycleStage stage, int offset, int limit) {
        return jdbc.query(
                "select " + COLUMNS + " from activity_line where declaration_id = ? and stage = ?"
                        + " order by position, id limit ? offset ?",
                (rs, i) -> line(rs),
                declarationId,
                stage.name(),
                limit,
                offset);
    }

    /** How many lines each stage has (stages without lines are left out). */
    public java.util.Map<LifeCycleStage, Integer> countsByStage(UUID declarationId) {
        java.util.Map<LifeCycleStage, Integer> counts = new java.util.EnumMap<>(LifeCycleStage.class);
        jdbc.query(
                "select stage, count(*) from activity_line where declaration_id = ? group by stage",
                rs -> {
                    counts.put(LifeCycleStage.valueOf(rs.getString(1)), rs.getInt(2));
                },
                declarationId);
        return counts;
    }

    /**
     * Whether some line that is not a recycling credit has a specific factor value and one of the
     * (lower-case) words in its description.
     */
    public boolean hasPrimaryLineNaming(UUID declarationId, List<String> words) {
        StringBuilder sql = new StringBuilder("select exists (select 1 from activity_line where declaration_id = ?"
                + " and factor_value is not null and category <> 'RECOVERED_MATERIAL_CREDIT' and (");
        List<Object> args = new ArrayList<>();
        args.add(declarationId);
        for (int i = 0; i < words.size(); i++) {
            sql.append(i == 0 ? "" : " or ").append("strpos(lower(description), ?) > 0");
            args.add(words.get(i));
        }
        sql.append("))");
        return Boolean.TRUE.equals(jdbc.queryForObject(sql.toString(), Boolean.class, args.toArray()));
    }

    /** One line, or empty when the declaration has no such line. */
    public java.util.Optional<StoredLine> find(UUID declarationId, UUID lineId) {
        return jdbc
                .query(
                        "select " + COLUMNS + " from activity_line where declaration_id = ? and id = ?",
                        (rs, i) -> line(rs),
                        declarationId,
                        lineId)
                .stream()
                .findFirst();
    }

    public int count(UUID declarationId) {
        Integer n = jdbc.queryForObject(
                "select count(*) from activity_line where declaration_id = ?", Integer.class, declarationId);
        return n == null ? 0 : n;
    }

    public int nextPosition(UUID declarationId, LifeCycleStage stage) {
        Integer max = jdbc.queryForObject(
                "select max(position) from activity_line where declaration_id = ? and stage = ?",
                Integer.class,
                declarationId,
                stage.name());
        return max == null ? 0 : max + 1;
    }

    public int deleteStages(UUID declarationId, Collection<LifeCycleStage> stages) {
        int deleted = 0;
        for (LifeCycleStage stage : stages) {
            deleted += jdbc.update(
                    "delete from activity_line where declaration_id = ? and stage = ?", declarationId, stage.name());
        }
        return deleted;
    }

    public boolean delete(UUID declarationId, UUID lineId) {
        return jdbc.update("delete from activity_line where declaration_id = ? and id = ?", declarationId, lineId) == 1;
    }

    public boolean update(UUID declarationId, UUID lineId, LineData d) {
        return jdbc.update(
                        "update activity_line set stage = ?, category = ?, description = ?, quantity = ?, unit = ?,"
                                + " factor_code = ?, factor_value = ?, factor_unit = ?, factor_source = ?,"
                                + " factor_citation = ?, recycled_share = ?, origin = ?, electricity_supply = ?,"
                                + " certificate_ids = ?, transport_mode = ?, distance_km = ?, mass_kg = ?,"
                                + " recycling_route = ?, recycling_credit = ? where declaration_id = ? and id = ?",
                        d.stage().name(),
                        d.category().name(),
                        d.description(),
                        d.quantity(),
                        d.unit(),
                        d.factorCode(),
                        d.factorValue(),
                        d.factorUnit(),
                        name(d.factorSource()),
                        d.factorCitation(),
                        d.recycledShare(),
                        d.origin(),
                        name(d.electricitySupply()),
                        d.certificateIds(),
                        name(d.transportMode()),
                        d.distanceKm(),
                        d.massKg(),
                        name(d.recyclingRoute()),
                        d.recyclingCredit(),
                        declarationId,
                        lineId)
                == 1;
    }

    public void deleteAll(UUID declarationId) {
        jdbc.update("delete from activity_line where declaration_id = ?", declarationId);
    }

    /** Inserts the lines with PostgreSQL COPY on the transaction's connection. */
    public void insert(List<StoredLine> lines) {
        if (lines.isEmpty()) {
            return;
        }
        StringBuilder csv = new StringBuilder(lines.size() * 160);
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.POSTGRESQL_CSV)) {
            for (StoredLine line : lines) {
                LineData d = line.data();
                printer.printRecord(
                        line.id(),
                        line.declarationId(),
                        d.stage().name(),
                        line.position(),
                        d.category().name(),
                        d.description(),
                        plain(d.quantity()),
                        d.unit(),
                        d.factorCode(),
                        plain(d.factorValue()),
                        d.factorUnit(),
                        name(d.factorSource()),
                        d.factorCitation(),
                        plain(d.recycledShare()),
                        d.origin(),
                        name(d.electricitySupply()),
                        d.certificateIds(),
                        name(d.transportMode()),
                        plain(d.distanceKm()),
                        plain(d.massKg()),
                        name(d.recyclingRoute()),
                        d.recyclingCredit());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn(
                            "copy activity_line (" + COLUMNS + ") from stdin with (format csv)",
                            new StringReader(csv.toString()));
        } catch (SQLException e) {
            throw new IllegalStateException("COPY of activity lines failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static StoredLine line(ResultSet rs) throws SQLException {
        LineData data = new LineData(
                LifeCycleStage.valueOf(rs.getString("stage")),
                LineCategory.valueOf(rs.getString("category")),
                rs.getString("description"),
                strip(rs.getBigDecimal("quantity")),
                rs.getString("unit"),
                rs.getString("factor_code"),
                strip(rs.getBigDecimal("factor_value")),
                rs.getString("factor_unit"),
                rs.getString("factor_source") == null ? null : FactorSource.valueOf(rs.getString("factor_source")),
                rs.getString("factor_citation"),
                strip(rs.getBigDecimal("recycled_share")),
                rs.getString("origin"),
                rs.getString("electricity_supply") == null
                        ? null
                        : ElectricitySupply.valueOf(rs.getString("electricity_supply")),
                rs.getString("certificate_ids"),
                rs.getString("transport_mode") == null ? null : TransportMode.valueOf(rs.getString("transport_mode")),
                strip(rs.getBigDecimal("distance_km")),
                strip(rs.getBigDecimal("mass_kg")),
                rs.getString("recycling_route") == null
                        ? null
                        : RecyclingRoute.valueOf(rs.getString("recycling_route")));
        return new StoredLine(
                rs.getObject("id", UUID.class),
                rs.getObject("declaration_id", UUID.class),
                rs.getInt("position"),
                data);
    }

    /** numeric(24, 9) gives 120.000000000; the line was written 120. */
    private static BigDecimal strip(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
