package cn.batterycarbon.responsibility.domain;

import cn.batterycarbon.responsibility.core.FinalDemandCategory;
import cn.batterycarbon.responsibility.core.IoTable;
import cn.batterycarbon.responsibility.core.Sector;
import cn.batterycarbon.responsibility.core.SparseMatrix;
import cn.batterycarbon.responsibility.core.ValueAddedComponent;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The sectors of a stored table, one row each with its sparse sales row as PostgreSQL arrays (see
 * migration V30 for why), written and read with plain JDBC because they are always handled as a
 * whole table.
 */
@Repository
public class SectorRows {

    /** How a sector is reported: the industry it is aggregated into and its stage (I-III). */
    public record Industry(String name, Integer stage) {}

    private final JdbcTemplate jdbc;

    SectorRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID tableId, IoTable table, List<Industry> industries) {
        int n = table.size();
        double[][] fd = table.finalDemandColumns();
        double[][] va = table.valueAddedRows();
        jdbc.execute(
                "insert into io_sector (table_id, position, code, name_zh, name_en, sales_columns, sales_values,"
                        + " final_demand, value_added, gross_output, industry, stage)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (PreparedStatement ps) -> {
                    for (int i = 0; i < n; i++) {
                        Sector sector = table.sector(i);
                        ps.setObject(1, tableId);
                        ps.setInt(2, i);
                        ps.setString(3, sector.code());
                        ps.setString(4, sector.nameZh());
                        ps.setString(5, sector.nameEn());
                        int[] columns = table.intermediate().rowColumns(i);
                        Integer[] boxedColumns = new Integer[columns.length];
                        for (int e = 0; e < columns.length; e++) {
                            boxedColumns[e] = columns[e];
                        }
                        ps.setArray(6, ps.getConnection().createArrayOf("integer", boxedColumns));
                        ps.setArray(7, doubles(ps, table.intermediate().rowValues(i)));
                        double[] fdRow = new double[fd.length];
                        for (int c = 0; c < fd.length; c++) {
                            fdRow[c] = fd[c][i];
                        }
                        ps.setArray(8, doubles(ps, fdRow));
                        double[] vaRow = new double[va.length];
                        for (int c = 0; c < va.length; c++) {
                            vaRow[c] = va[c][i];
                        }
                        ps.setArray(9, doubles(ps, vaRow));
                        ps.setDouble(10, table.grossOutput(i));
                        Industry industry = industries == null ? null : industries.get(i);
                        ps.setString(11, industry == null ? null : industry.name());
                        ps.setObject(12, industry == null ? null : industry.stage());
                        ps.addBatch();
                    }
                    ps.executeBatch();
                    return null;
                });
    }

    private static Array doubles(PreparedStatement ps, double[] values) throws SQLException {
        Double[] boxed = new Double[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return ps.getConnection().createArrayOf("float8", boxed);
    }

    public IoTable load(UUID tableId) {
        List<Sector> sectors = new ArrayList<>();
        List<int[]> columns = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        List<double[]> fdRows = new ArrayList<>();
        List<double[]> vaRows = new ArrayList<>();
        List<Double> output = new ArrayList<>();
        jdbc.query(
                "select code, name_zh, name_en, sales_columns, sales_values, final_demand, value_added, gross_output"
                        + " from io_sector where table_id = ? order by position",
                (ResultSet rs) -> {
                    sectors.add(new Sector(rs.getString(1), rs.getString(2), rs.getString(3)));
                    columns.add(ints(rs.getArray(4)));
                    values.add(doubles(rs.getArray(5)));
                    fdRows.add(doubles(rs.getArray(6)));
                    vaRows.add(doubles(rs.getArray(7)));
                    output.add(rs.getDouble(8));
                },
                tableId);
        int n = sectors.size();
        double[][] fd = new double[FinalDemandCategory.values().length][n];
        double[][] va = new double[ValueAddedComponent.values().length][n];
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < fd.length; c++) {
                fd[c][i] = fdRows.get(i)[c];
            }
            for (int c = 0; c < va.length; c++) {
                va[c][i] = vaRows.get(i)[c];
            }
            x[i] = output.get(i);
        }
        return new IoTable(
                sectors,
                SparseMatrix.ofRows(n, columns.toArray(int[][]::new), values.toArray(double[][]::new)),
                fd,
                va,
                x);
    }

    /** The industry of each sector by position; null where a sector is reported on its own. */
    public List<Industry> industries(UUID tableId) {
        return jdbc.query(
                "select industry, stage from io_sector where table_id = ? order by position",
                (rs, i) -> rs.getString(1) == null
                        ? null
                        : new Industry(rs.getString(1), rs.getObject(2) == null ? null : rs.getInt(2)),
                tableId);
    }

    /** Replaces the aggregation of a table; {@code industries} is by sector position. */
    public void updateIndustries(UUID tableId, List<Industry> industries) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < industries.size(); i++) {
            Industry industry = industries.get(i);
            rows.add(new Object[] {
                industry == null ? null : industry.name(), industry == null ? null : industry.stage(), tableId, i
            });
        }
        jdbc.batchUpdate("update io_sector set industry = ?, stage = ? where table_id = ? and position = ?", rows);
    }

    private static int[] ints(Array array) throws SQLException {
        Object[] boxed = (Object[]) array.getArray();
        int[] out = new int[boxed.length];
        for (int i = 0; i < boxed.length; i++) {
            out[i] = ((Number) boxed[i]).intValue();
        }
        return out;
    }

    private static double[] doubles(Array array) throws SQLException {
        Object[] boxed = (Object[]) array.getArray();
        double[] out = new double[boxed.length];
        for (int i = 0; i < boxed.length; i++) {
            out[i] = ((Number) boxed[i]).doubleValue();
        }
        return out;
    }
}
