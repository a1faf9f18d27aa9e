package cn.batterycarbon.benchmarks;

import cn.batterycarbon.BatteryCarbonApplication;
import cn.batterycarbon.platform.events.AuditableEvent;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What an audit entry adds to a write, with 16 concurrent writers, against the application's real
 * (durable: fsync and synchronous commit on) embedded PostgreSQL started in-process on a fresh
 * data directory. Both benchmarks run one small business write (an insert into a scratch table)
 * in its own transaction; {@link #writeWithAuditEntry} also publishes an {@link AuditableEvent}
 * inside that transaction, which the audit module's synchronous listener appends to the chain
 * exactly as for every real change. The overhead at the 95th percentile is the difference of the
 * two {@code p0.95} figures. Target: under 1 ms.
 *
 * <p>The connection pool is widened to 20 so that the 16 writers do not queue for connections.
 * Run with {@code backend/bench/audit-insert.sh} from the project root.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(16)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(1)
public class AuditInsertBenchmark {

    /** The audited change of the benchmark: the same shape as a small real one. */
    record BenchmarkWrite(UUID objectId, UUID tenantId, int n) implements AuditableEvent {
        public String action() {
            return "benchmark.write";
        }

        public String objectType() {
            return "BENCHMARK";
        }

        public Map<String, Change> changes() {
            return Map.of("n", Change.created(n), "status", Change.of("DRAFT", "CALCULATED"));
        }
    }

    private ConfigurableApplicationContext context;
    private JdbcTemplate jdbc;
    private TransactionTemplate transactions;
    private ApplicationEventPublisher events;
    private Path dataDirectory;
    private final UUID tenant = UUID.randomUUID();

    @Setup(Level.Trial)
    public void start() throws IOException {
        dataDirectory = Files.createTempDirectory("bcf-bench-audit");
        SpringApplication application = new SpringApplication(BatteryCarbonApplication.class);
        // as arguments: application.yml's own values would win over default properties
        context = application.run(
                "--bcf.embedded-db.data-directory=" + dataDirectory.resolve("postgres"),
                "--bcf.demo-data=false",
                "--bcf.audit.key-file=" + dataDirectory.resolve("audit-checkpoint.key"),
                "--server.address=127.0.0.1",
                "--server.port=18092",
                "--logging.level.root=WARN");
        jdbc = context.getBean(JdbcTemplate.class);
        transactions = context.getBean(TransactionTemplate.class);
        events = context;
        if (context.getBean(DataSource.class) instanceof HikariDataSource hikari) {
            hikari.getHikariConfigMXBean().setMaximumPoolSize(20);
        }
        jdbc.execute("create table if not exists benchmark_write (id uuid primary key, n int not null, payload text)");
    }

    @Benchmark
    public Object writeWithoutAuditEntry() {
        return transactions.execute(tx -> {
            write();
            return null;
        });
    }

    @Benchmark
    public Object writeWithAuditEntry() {
        return transactions.execute(tx -> {
            UUID id = write();
            events.publishEvent(new BenchmarkWrite(id, tenant, 1));
            return null;
        });
    }

    private UUID write() {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into benchmark_write (id, n, payload) values (?, ?, ?)", id, 1, "status CALCULATED");
        return id;
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        context.close();
        try (var files = Files.walk(dataDirectory)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        }
    }
}
