package cn.batterycarbon.benchmarks;

import cn.batterycarbon.BatteryCarbonApplication;
import cn.batterycarbon.factor.application.FactorReleaseService;
import cn.batterycarbon.factor.application.FactorReleaseService.NewRelease;
import cn.batterycarbon.factor.core.FactorColumn;
import cn.batterycarbon.factor.core.FactorFiles;
import cn.batterycarbon.platform.security.PlatformUser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A factor file of {@code rows} rows imported into a fresh draft release through {@link
 * FactorReleaseService#importFile} (read, validate, consistency check per code, insert), in-process
 * on a fresh embedded PostgreSQL. Each code appears in 10 geographies/years, as grid factors do.
 * Before the fix the consistency check compared every row with the whole release (5,000 rows 6.9
 * s, 20,000 rows 42 s, 40,000 rows 181 s); now the time grows linearly with the rows.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
public class FactorImportBenchmark {

    @Param({"5000", "20000", "40000"})
    public int rows;

    private ConfigurableApplicationContext context;
    private FactorReleaseService releases;
    private PlatformUser steward;
    private byte[] file;
    private String draft;
    private Path dataDirectory;
    private final AtomicInteger drafts = new AtomicInteger();

    @Setup(Level.Trial)
    public void start() throws IOException {
        dataDirectory = Files.createTempDirectory("bcf-bench-db");
        SpringApplication application = new SpringApplication(BatteryCarbonApplication.class);
        // Command-line arguments: application.yml sets the data directory (BCF_DATA_DIR, default
        // ./data/postgres) and would win over default properties, so the benchmark ran on whatever
        // database was left in the working directory instead of a fresh one.
        context = application.run(
                "--bcf.embedded-db.data-directory=" + dataDirectory,
                "--bcf.demo-data=true",
                "--server.address=127.0.0.1",
                "--server.port=0",
                "--logging.level.root=WARN");
        releases = context.getBean(FactorReleaseService.class);
        steward = (PlatformUser) context.getBean(UserDetailsService.class).loadUserByUsername("steward");
        file = file(rows);
    }

    @Setup(Level.Invocation)
    public void newDraft() {
        draft = "BENCH-" + rows + "-" + System.nanoTime() % 1_000_000 + "-" + drafts.incrementAndGet();
        releases.createDraft(new NewRelease(draft, "基准", "Bench", null, false), steward);
    }

    @Benchmark
    public FactorReleaseService.ImportReport importFactorFile() {
        return releases.importFile(draft, file, steward);
    }

    @TearDown(Level.Trial)
    public void stop() {
        context.close();
    }

    static byte[] file(int rows) {
        List<Map<FactorColumn, String>> lines = new ArrayList<>(rows);
        String[] geographies = {"CN", "CN-JS", "CN-GD", "CN-SC", "CN-QH", "CN-NM", "CN-FJ", "CN-YN", "CN-HB", "CN-SD"};
        for (int i = 0; i < rows; i++) {
            Map<FactorColumn, String> cells = new EnumMap<>(FactorColumn.class);
            cells.put(FactorColumn.CODE, "BENCH-" + (i / 10));
            cells.put(FactorColumn.CATEGORY, "RAW_MATERIAL");
            cells.put(FactorColumn.NAME_ZH, "材料 " + i);
            cells.put(FactorColumn.NAME_EN, "Material " + i);
            cells.put(FactorColumn.VALUE, Integer.toString(1 + i % 97) + ".25");
            cells.put(FactorColumn.UNIT, "kgCO2e/kg");
            cells.put(FactorColumn.GEOGRAPHY, geographies[i % 10]);
            cells.put(FactorColumn.YEAR, "2024");
            cells.put(FactorColumn.SOURCE, "Benchmark");
            lines.add(cells);
        }
        return FactorFiles.writeCsv(lines);
    }
}
